import { trolleyDatasources, trolleyRows } from '../../../lambda/display/datasource';
import { escapeAplText } from '../../../lambda/display/text';
import type { TrolleyLine } from '../../../lambda/domain/trolley';
import { textFor } from '../../../lambda/speech/i18n';
import { milkLine, tomatoLine } from '../../support/lines';

const milk = milkLine;
const tomato = tomatoLine(2);
const onion: TrolleyLine = {
  key: 'onion',
  name: 'onion',
  plural: 'onions',
  countable: true,
  aisle: 'produce',
  quantity: 1,
};

describe('what the screen shows', () => {
  it('groups lines by aisle in shopping order, with quantities, a title and a count', () => {
    const { trolley, trolleyList } = trolleyDatasources([milk, tomato, onion], textFor('en-GB'));
    expect(trolley.properties).toMatchObject({
      title: 'My Trolley',
      count: '3 things',
      empty: false,
      removeText: 'Remove',
    });
    expect(trolleyList.items.map((row) => `${row.kind}:${row.text}`)).toEqual([
      'aisle:Fruit and veg',
      'line:2 tomatoes',
      'line:an onion',
      'aisle:Dairy and eggs',
      'line:milk',
    ]);
    expect(trolleyList.items[1]).toMatchObject({ label: 'Remove 2 tomatoes', key: 'tomato', unit: '' });
  });

  it('uses the locale’s own aisle names', () => {
    const { trolley, trolleyList } = trolleyDatasources([tomato], textFor('en-US'));
    expect(trolleyList.items[0]).toEqual({ kind: 'aisle', text: 'Produce' });
    expect(trolley.properties.count).toBe('One thing');
  });

  it('has a friendly empty state', () => {
    const { trolley, trolleyList } = trolleyDatasources([], textFor('en-GB'));
    expect(trolley.properties).toMatchObject({ empty: true });
    expect(trolleyList).toMatchObject({ items: [], maximumExclusiveIndex: 0 });
    expect(trolley.properties.emptyText).toMatch(/empty.*add two tins of tuna/);
  });

  it('escapes APL text markup in names, but not in the plain screen-reader label or the event arguments', () => {
    const crisps: TrolleyLine = { key: 'said:m&s <crisp>', name: 'm&s <crisps>', countable: false, aisle: 'other' };
    const rows = trolleyRows([crisps], textFor('en-GB'));
    expect(rows[1]).toEqual({
      kind: 'line',
      text: 'm&amp;s &lt;crisps&gt;',
      label: 'Remove m&s <crisps>',
      key: 'said:m&s <crisp>',
      unit: '',
      name: 'm&s <crisps>',
    });
    expect(escapeAplText('fish & chips <b>')).toBe('fish &amp; chips &lt;b&gt;');
    expect(escapeAplText('children\'s "squash"')).toBe('children\'s "squash"');
  });
});
