import { groupByAisle, inShoppingOrder } from '../domain/reading';
import type { TrolleyLine } from '../domain/trolley';
import { describeItem, describeLine } from '../speech/describe';
import type { Write } from '../speech/i18n';
import { aisleKey } from '../speech/reading';
import { firstPageOf, pageOfList, type PageRequest, type SendIndexListData, type TrolleyList } from './paging';
import { escapeAplText } from './text';

/** An aisle heading in the list on screen. */
export interface AisleRow {
  readonly kind: 'aisle';
  /** APL text (escaped). */
  readonly text: string;
}

/** One trolley line on screen, with what its remove control sends back. */
export interface LineRow {
  readonly kind: 'line';
  /** APL text (escaped): "2 tins of tuna". */
  readonly text: string;
  /** Plain text for screen readers: "Remove 2 tins of tuna". */
  readonly label: string;
  readonly key: string;
  /** The line's unit, or "" for none: SendEvent arguments are strings. */
  readonly unit: string;
  /** Plain text: the item as named when it is not there any more ("tins of tuna"). */
  readonly name: string;
}

/** Said in the list itself when rows were asked for a list the trolley has moved on from. */
export interface NoticeRow {
  readonly kind: 'notice';
  /** APL text (escaped). */
  readonly text: string;
}

export type Row = AisleRow | LineRow | NoticeRow;

/** The words around the list: a title, a count, the empty state and the remove controls' label. */
export interface TrolleyProperties {
  readonly title: string;
  readonly count: string;
  readonly empty: boolean;
  readonly emptyText: string;
  readonly removeText: string;
}

export interface TrolleyDatasources {
  readonly trolley: { readonly type: 'object'; readonly properties: TrolleyProperties };
  /** The rows, a first page of them now and the rest as the list scrolls (paging.ts). */
  readonly trolleyList: TrolleyList;
}

/**
 * Every row the trolley shows: aisle headings and lines in shopping order. The words come from the locale;
 * everything bound into APL text is escaped here.
 */
export function trolleyRows(lines: readonly TrolleyLine[], write: Write): Row[] {
  return groupByAisle(inShoppingOrder(lines)).flatMap((group): Row[] => [
    { kind: 'aisle', text: escapeAplText(write(aisleKey(group.aisle))) },
    ...group.lines.map((line): LineRow => {
      const described = describeLine(line);
      return {
        kind: 'line',
        text: escapeAplText(described),
        label: write('screen_remove_line', { line: described }),
        key: line.key,
        unit: line.unit ?? '',
        name: describeItem(line),
      };
    }),
  ]);
}

/** What the trolley document shows, in its two datasources: the words around the list, and the list. */
export function trolleyDatasources(lines: readonly TrolleyLine[], write: Write): TrolleyDatasources {
  return {
    trolley: {
      type: 'object',
      properties: {
        title: escapeAplText(write('card_title')),
        count: escapeAplText(write('screen_count', { count: lines.length })),
        empty: lines.length === 0,
        emptyText: escapeAplText(write('screen_empty')),
        removeText: escapeAplText(write('screen_remove')),
      },
    },
    trolleyList: firstPageOf(trolleyRows(lines, write)),
  };
}

/**
 * The answer to a LoadIndexListData for the trolley list: the next page of the rows the trolley has now,
 * or, when the trolley has changed since the list was drawn, a notice that says so (see pageOfList).
 */
export function trolleyPage(lines: readonly TrolleyLine[], write: Write, request: PageRequest): SendIndexListData {
  const notice: NoticeRow = { kind: 'notice', text: escapeAplText(write('screen_changed')) };
  return pageOfList(trolleyRows(lines, write), request, notice);
}
