import type { Row } from '../../../lambda/display/datasource';
import {
  FIRST_PAGE_BYTES,
  FIRST_PAGE_ROWS,
  firstPageOf,
  isTrolleyListId,
  PAGE_ROWS,
  pageOfList,
} from '../../../lambda/display/paging';

const line = (index: number, name = `thing ${index}`): Row => ({
  kind: 'line',
  text: name,
  label: `Remove ${name}`,
  key: `said:${name}`,
  unit: '',
  name,
});
const rowsOf = (count: number, name?: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => line(index, name?.(index)));
const notice: Row = { kind: 'notice', text: 'It changed.' };
const bytes = (rows: readonly Row[]) => Buffer.byteLength(JSON.stringify(rows), 'utf8');

describe('the first page of the trolley list', () => {
  it('holds a short trolley whole, and says there is nothing more to load', () => {
    const list = firstPageOf(rowsOf(5));
    expect(list).toMatchObject({
      type: 'dynamicIndexList',
      startIndex: 0,
      minimumInclusiveIndex: 0,
      maximumExclusiveIndex: 5,
    });
    expect(list.items).toHaveLength(5);
  });

  it('holds at most its number of rows of a long trolley, and at most its bytes of long rows', () => {
    expect(firstPageOf(rowsOf(200)).items).toHaveLength(FIRST_PAGE_ROWS);
    const long = firstPageOf(rowsOf(200, (index) => `${index} ${'茶'.repeat(60)}`));
    expect(long.items.length).toBeLessThan(FIRST_PAGE_ROWS);
    expect(long.items.length).toBeGreaterThan(1);
    expect(bytes(long.items)).toBeLessThanOrEqual(FIRST_PAGE_BYTES);
    expect(long.maximumExclusiveIndex).toBe(200);
  });

  it('names the rows it was drawn from, so the same rows make the same list and others another', () => {
    const list = firstPageOf(rowsOf(30));
    expect(isTrolleyListId(list.listId)).toBe(true);
    expect(firstPageOf(rowsOf(30)).listId).toBe(list.listId);
    expect(firstPageOf(rowsOf(31)).listId).not.toBe(list.listId);
    expect(firstPageOf(rowsOf(30, (index) => `other ${index}`)).listId).not.toBe(list.listId);
    for (const foreign of ['colours', 'trolley.1.xyz', `${list.listId}x`, 7])
      expect(isTrolleyListId(foreign)).toBe(false);
  });
});

describe('a page loaded as the list scrolls', () => {
  const rows = rowsOf(45);
  const { listId, items } = firstPageOf(rows);

  it('comes in fixed steps, each bringing the list to the next version', () => {
    const pages = [];
    for (let startIndex = items.length; startIndex < rows.length;) {
      const page = pageOfList(rows, { correlationToken: `c${startIndex}`, listId, startIndex }, notice);
      expect(page).toMatchObject({
        type: 'Alexa.Presentation.APL.SendIndexListData',
        correlationToken: `c${startIndex}`,
      });
      pages.push(page);
      startIndex += page.items!.length;
    }
    expect(pages.map((page) => page.listVersion)).toEqual([1, 2, 3]);
    expect(pages.map((page) => page.items!.length)).toEqual([
      PAGE_ROWS,
      PAGE_ROWS,
      rows.length - items.length - 2 * PAGE_ROWS,
    ]);
    expect([...items, ...pages.flatMap((page) => page.items as Row[])]).toEqual(rows);
    expect(pages.every((page) => page.maximumExclusiveIndex === rows.length)).toBe(true);
  });

  it('ends the list with the notice when the rows are not the ones drawn, or the load is not where a page starts', () => {
    const changed = pageOfList(rows.slice(1), { correlationToken: 'c', listId, startIndex: items.length }, notice);
    expect(changed).toMatchObject({
      listVersion: 1,
      startIndex: items.length,
      maximumExclusiveIndex: items.length + 1,
    });
    expect(changed.items).toEqual([notice]);
    const oddPlace = pageOfList(rows, { correlationToken: 'c', listId, startIndex: items.length + 3 }, notice);
    expect(oddPlace.items).toEqual([notice]);
  });
});
