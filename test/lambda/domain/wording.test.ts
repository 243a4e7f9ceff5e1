import { cleanSpokenItem, indefiniteArticle, pluralOf, singularOf } from '../../../lambda/domain/wording';
import { describeLine } from '../../../lambda/speech/describe';
import type { TrolleyLine } from '../../../lambda/domain/trolley';

describe('English word forms for items the catalogue lacks', () => {
  it.each([
    ['tomatoes', 'tomato'],
    ['berries', 'berry'],
    ['fancy biscuits', 'fancy biscuit'],
    ['peaches', 'peach'],
    ['loaves', 'loaf'],
    ['hummus', 'hummus'],
    ['couscous', 'couscous'],
    ['glass', 'glass'],
    ['peas', 'pea'],
  ])('the singular of %s is %s', (plural, singular) => {
    expect(singularOf(plural)).toBe(singular);
  });

  it.each([
    ['tomato', 'tomatoes'],
    ['berry', 'berries'],
    ['peach', 'peaches'],
    ['fancy biscuit', 'fancy biscuits'],
    ['key', 'keys'],
  ])('the plural of %s is %s', (singular, plural) => {
    expect(pluralOf(singular)).toBe(plural);
  });

  it.each([
    ['aubergine', 'an'],
    ['egg', 'an'],
    ['tomato', 'a'],
    ['hour', 'an'],
    ['unicorn cake', 'a'],
  ])('"%s" takes "%s"', (word, article) => {
    expect(indefiniteArticle(word)).toBe(article);
  });

  it('cleans what was heard: filler words, symbols, spacing', () => {
    expect(cleanSpokenItem('  The   Tomatoes please ')).toBe('tomatoes');
    expect(cleanSpokenItem('some of my <b>crisps</b>!')).toBe('b crisps b');
    expect(cleanSpokenItem('M&S sandwiches')).toBe('m and s sandwiches');
    expect(cleanSpokenItem('any more wine any more')).toBe('wine');
    // "&" alone is only "and", which names nothing.
    expect(cleanSpokenItem(' & & ')).toBe('');
    expect(cleanSpokenItem('🍅🍅')).toBe('');
  });
});

describe('how a line is said', () => {
  const line = (fields: Partial<TrolleyLine>): TrolleyLine => ({
    key: 'x',
    name: 'tomato',
    plural: 'tomatoes',
    countable: true,
    aisle: 'produce',
    ...fields,
  });

  it.each<[Partial<TrolleyLine>, string]>([
    [{ quantity: 3, unit: 'tin', name: 'tuna', plural: undefined, countable: false }, '3 tins of tuna'],
    [{ quantity: 1, unit: 'pint', name: 'milk', plural: undefined, countable: false }, 'a pint of milk'],
    [{ quantity: 1, unit: 'dozen', name: 'egg', plural: 'eggs' }, 'a dozen eggs'],
    [{ quantity: 2, unit: 'dozen', name: 'egg', plural: 'eggs' }, '2 dozen eggs'],
    [{ quantity: 2, unit: 'loaf', name: 'bread', plural: undefined, countable: false }, '2 loaves of bread'],
    [{ quantity: 1, name: 'aubergine', plural: 'aubergines' }, 'an aubergine'],
    [{ quantity: 2 }, '2 tomatoes'],
    [{}, 'tomatoes'],
    [{ name: 'milk', plural: undefined, countable: false }, 'milk'],
    [{ quantity: 2, name: 'milk', plural: undefined, countable: false }, '2 milk'],
    [{ quantity: 1.5, unit: 'kilo', name: 'potato', plural: 'potatoes' }, '1.5 kilos of potatoes'],
    [{ quantity: 1, unit: 'bag', name: 'apple', plural: 'apples' }, 'a bag of apples'],
  ])('%j reads "%s"', (fields, words) => {
    expect(describeLine(line(fields))).toBe(words);
  });
});
