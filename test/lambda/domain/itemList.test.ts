import { separateItems, type HeardItem } from '../../../lambda/domain/itemList';

const words = (items: readonly HeardItem[]) => items.map((item) => item.words);

describe('separating the things in what was said', () => {
  it('splits on commas and "and": "milk, eggs and bread" is three', () => {
    expect(separateItems([{ words: 'milk, eggs and bread' }])).toEqual([
      { words: 'milk' },
      { words: 'eggs' },
      { words: 'bread' },
    ]);
  });

  it('a comma before "and" is one break, not an item called "and bread": "milk, eggs, and bread"', () => {
    expect(words(separateItems([{ words: 'milk, eggs, and bread' }]))).toEqual(['milk', 'eggs', 'bread']);
  });

  it('keeps list values apart when each is its own thing', () => {
    expect(words(separateItems([{ words: 'milk' }, { words: 'bread' }]))).toEqual(['milk', 'bread']);
  });

  it('joins again what Alexa tore apart: ["salt", "vinegar crisps"] is salt and vinegar crisps', () => {
    expect(separateItems([{ words: 'salt', slotId: 'pantry:salt' }, { words: 'vinegar crisps' }])).toEqual([
      { words: 'salt and vinegar crisps' },
    ]);
  });

  it.each([
    [
      ['fish', 'chips', 'milk'],
      ['fish and chips', 'milk'],
    ],
    [['mac', 'cheese'], ['mac and cheese']],
    [['bread', 'butter pickles'], ['bread and butter pickles']],
    [['hundreds', 'thousands'], ['hundreds and thousands']],
    [
      ['milk', 'salt', 'vinegar crisps', 'eggs'],
      ['milk', 'salt and vinegar crisps', 'eggs'],
    ],
  ])('joins neighbours that name one catalogue item: %j', (values, expected) => {
    expect(words(separateItems(values.map((value) => ({ words: value }))))).toEqual(expected);
  });

  it('does the same for one value holding the whole list: "fish and chips and milk" is two', () => {
    expect(words(separateItems([{ words: 'fish and chips and milk' }]))).toEqual(['fish and chips', 'milk']);
    expect(words(separateItems([{ words: 'bread and butter pickles and milk' }]))).toEqual([
      'bread and butter pickles',
      'milk',
    ]);
  });

  it('the longest run wins: "bread and butter pickles" rather than bread, then butter pickles', () => {
    expect(words(separateItems([{ words: 'bread' }, { words: 'butter pickles' }, { words: 'jam' }]))).toEqual([
      'bread and butter pickles',
      'jam',
    ]);
  });

  it('keeps an amount with the item it was joined to: "two bags of salt", "vinegar crisps"', () => {
    expect(words(separateItems([{ words: 'two bags of salt' }, { words: 'vinegar crisps' }]))).toEqual([
      'two bags of salt and vinegar crisps',
    ]);
  });

  it('a value Alexa resolved to a catalogue item stays whole, with its id', () => {
    expect(separateItems([{ words: 'fish and chips', slotId: 'frozen:fish-and-chips' }])).toEqual([
      { words: 'fish and chips', slotId: 'frozen:fish-and-chips' },
    ]);
  });

  it('drops empty pieces and trims the rest', () => {
    expect(separateItems([{ words: ' milk ,, and bread ' }, { words: '   ' }])).toEqual([
      { words: 'milk' },
      { words: 'bread' },
    ]);
  });
});
