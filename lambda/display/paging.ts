import { createHash } from 'node:crypto';
import type { interfaces } from 'ask-sdk-model';
import type { Row } from './datasource';

export type SendIndexListData = interfaces.alexa.presentation.apl.SendIndexListDataDirective;

/**
 * The trolley on screen is an APL dynamic index list: the RenderDocument carries a first page of rows and
 * the device asks for the rest (Alexa.Presentation.APL.LoadIndexListData) as the list scrolls, so no
 * response carries the whole trolley. A full trolley of the longest names stays far below Alexa's 24 KB.
 *
 * The first page holds as many rows as fit FIRST_PAGE_BYTES (at most FIRST_PAGE_ROWS, at least one), and
 * leaves the rest of the response to the speech, the card and the document. Every later load answers with
 * PAGE_ROWS rows, whatever `count` the device asked for (it keeps what it is sent, more or fewer): with a
 * fixed step the n-th load always starts at the same index, so the list version it brings the list to
 * (`listVersion`, 1 for the first load) follows from its start index alone, with nothing kept between requests.
 */
export const FIRST_PAGE_ROWS = 16;
export const FIRST_PAGE_BYTES = 6_000;
export const PAGE_ROWS = 10;

/** The `dynamicIndexList` datasource: every row is in range, the first page is loaded. */
export interface TrolleyList {
  readonly type: 'dynamicIndexList';
  /** Names the rows as drawn (see listIdFor), so a load can tell whether the trolley has changed since. */
  readonly listId: string;
  readonly startIndex: 0;
  readonly minimumInclusiveIndex: 0;
  readonly maximumExclusiveIndex: number;
  readonly items: readonly Row[];
}

/** What a LoadIndexListData request asks for. */
export interface PageRequest {
  readonly correlationToken: string;
  readonly listId: string;
  readonly startIndex: number;
}

const bytesOf = (row: Row) => Buffer.byteLength(JSON.stringify(row), 'utf8') + 1;

/**
 * `trolley.<rows in the first page>.<digest of every row>`: the device sends it back with each load, so the
 * load knows where the pages fall and can check that it is reading the same rows that were drawn.
 */
function listIdFor(rows: readonly Row[], firstPageRows: number): string {
  const digest = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
  return `trolley.${firstPageRows}.${digest}`;
}

const LIST_ID = /^trolley\.(\d{1,3})\.[0-9a-f]{16}$/;

/** True for a list id this skill made; anything else a device sends is not a trolley list. */
export function isTrolleyListId(listId: unknown): listId is string {
  return typeof listId === 'string' && LIST_ID.test(listId);
}

export function firstPageOf(rows: readonly Row[]): TrolleyList {
  let end = 0;
  let bytes = 0;
  while (end < rows.length && end < FIRST_PAGE_ROWS) {
    const size = bytesOf(rows[end]!);
    if (end > 0 && bytes + size > FIRST_PAGE_BYTES) break;
    bytes += size;
    end += 1;
  }
  return {
    type: 'dynamicIndexList',
    listId: listIdFor(rows, end),
    startIndex: 0,
    minimumInclusiveIndex: 0,
    maximumExclusiveIndex: rows.length,
    items: rows.slice(0, end),
  };
}

/**
 * The answer to a load of the list `request.listId`, from the rows the trolley has now. When they are the
 * rows that were drawn, the next page of them. When the trolley has changed since (another device, say),
 * no row of the old list can be trusted to sit where the screen expects it: the list ends there with
 * `notice`, which says so, rather than showing lines that may be gone or repeating others.
 */
export function pageOfList(rows: readonly Row[], request: PageRequest, notice: Row): SendIndexListData {
  const firstPageRows = Number(LIST_ID.exec(request.listId)?.[1] ?? 0);
  const { startIndex } = request;
  const loadsBefore = (startIndex - firstPageRows) / PAGE_ROWS;
  const answer = {
    type: 'Alexa.Presentation.APL.SendIndexListData' as const,
    correlationToken: request.correlationToken,
    listId: request.listId,
    listVersion: Math.max(1, Math.floor(loadsBefore) + 1),
    startIndex,
    minimumInclusiveIndex: 0,
  };
  const unchanged = listIdFor(rows, firstPageRows) === request.listId;
  const whereAPageStarts = Number.isInteger(loadsBefore) && loadsBefore >= 0 && startIndex < rows.length;
  if (unchanged && whereAPageStarts) {
    return {
      ...answer,
      maximumExclusiveIndex: rows.length,
      items: rows.slice(startIndex, startIndex + PAGE_ROWS),
    };
  }
  return { ...answer, maximumExclusiveIndex: Math.max(0, startIndex) + 1, items: [notice] };
}
