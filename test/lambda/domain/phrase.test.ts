import { readItemPhrase } from '../../../lambda/domain/phrase';

describe('reading the amount at the start of one spoken item', () => {
  it.each([
    ['two pints of milk', { words: 'milk', quantity: 2, unit: 'pint' }],
    ['2 pints of milk', { words: 'milk', quantity: 2, unit: 'pint' }],
    ['1.5 kilos of potatoes', { words: 'potatoes', quantity: 1.5, unit: 'kilo' }],
    ['twenty one eggs', { words: 'eggs', quantity: 21 }],
    ['three eggs', { words: 'eggs', quantity: 3 }],
    ['a tin of tuna', { words: 'tuna', quantity: 1, unit: 'tin' }],
    ['an bag of apples', { words: 'apples', quantity: 1, unit: 'bag' }],
    ['a dozen eggs', { words: 'eggs', quantity: 1, unit: 'dozen' }],
    ['two dozen eggs', { words: 'eggs', quantity: 2, unit: 'dozen' }],
    ['half a dozen eggs', { words: 'eggs', quantity: 6 }],
    ['a half dozen eggs', { words: 'eggs', quantity: 6 }],
    ['a couple of lemons', { words: 'lemons', quantity: 2 }],
    ['a couple of bags of crisps', { words: 'crisps', quantity: 2, unit: 'bag' }],
  ])('"%s"', (spoken, expected) => {
    expect(readItemPhrase(spoken)).toEqual(expected);
  });

  it('tidies case and spacing before reading', () => {
    expect(readItemPhrase('  Two   Tins of  Tuna ')).toEqual({ words: 'tuna', quantity: 2, unit: 'tin' });
  });

  it('a unit word not followed by "of" is part of the name: "two roll mop herrings"', () => {
    expect(readItemPhrase('two roll mop herrings')).toEqual({ words: 'roll mop herrings', quantity: 2 });
    expect(readItemPhrase('roll mop herrings')).toEqual({ words: 'roll mop herrings' });
    expect(readItemPhrase('two tin tuna')).toEqual({ words: 'tin tuna', quantity: 2 });
  });

  it('"a" or "an" alone is an article, not an amount: "an aubergine" is left for the item to count', () => {
    expect(readItemPhrase('an aubergine')).toEqual({ words: 'an aubergine' });
    expect(readItemPhrase('a lemon')).toEqual({ words: 'a lemon' });
  });

  it('never takes a catalogue item apart', () => {
    expect(readItemPhrase('five spice')).toEqual({ words: 'five spice' });
    expect(readItemPhrase('hundreds and thousands')).toEqual({ words: 'hundreds and thousands' });
    expect(readItemPhrase('salt and vinegar crisps')).toEqual({ words: 'salt and vinegar crisps' });
  });

  it('still reads an amount before a catalogue item: "two bags of salt and vinegar crisps"', () => {
    expect(readItemPhrase('two bags of salt and vinegar crisps')).toEqual({
      words: 'salt and vinegar crisps',
      quantity: 2,
      unit: 'bag',
    });
  });

  it('keeps words that are only an amount as they were said, so nothing becomes an empty item', () => {
    expect(readItemPhrase('two')).toEqual({ words: 'two' });
    expect(readItemPhrase('a dozen')).toEqual({ words: 'a dozen' });
    expect(readItemPhrase('   ')).toEqual({ words: '' });
  });

  it('a plain name has no amount', () => {
    expect(readItemPhrase('milk')).toEqual({ words: 'milk' });
    expect(readItemPhrase('dragon fruit jam')).toEqual({ words: 'dragon fruit jam' });
  });
});
