import {
  CATALOGUE,
  catalogueItemById,
  catalogueItemBySlotId,
  findCatalogueItem,
  normaliseSpoken,
  slotIdFor,
  spokenFormsOf,
  wordingFor,
} from '../../../lambda/catalogue';
import { AISLES } from '../../../lambda/catalogue/types';
import { UNITS } from '../../../lambda/domain/units';

const UNIT_WORDS = new Set(Object.values(UNITS).flatMap((unit) => [unit.singular, unit.plural, ...unit.synonyms]));

/** English words whose plural is not simply + "s": each needs an explicit plural, or to be a mass noun. */
const NEEDS_OWN_PLURAL = /(s|x|z|ch|sh|[^aeiou]y|o|f|fe)$/;

function idOf(spoken: string): string | undefined {
  return findCatalogueItem(spoken)?.id;
}

describe('the grocery catalogue', () => {
  it('holds at least 400 items, with something in every aisle', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(400);
    for (const aisle of AISLES) expect(CATALOGUE.filter((item) => item.aisle === aisle).length).toBeGreaterThan(0);
  });

  it('gives every item a unique kebab-case id', () => {
    const ids = CATALOGUE.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lets every spoken form name exactly one item', () => {
    const owners = new Map<string, Set<string>>();
    for (const item of CATALOGUE) {
      for (const form of spokenFormsOf(item)) {
        const key = normaliseSpoken(form);
        owners.set(key, (owners.get(key) ?? new Set()).add(item.id));
      }
    }
    const shared = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([form, ids]) => `${form}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('writes spoken forms as Alexa slot values need them: lowercase words, no article, no unit in front', () => {
    const bad: string[] = [];
    for (const item of CATALOGUE) {
      for (const form of spokenFormsOf(item)) {
        const words = form.split(' ');
        const startsWithUnit = words.length > 2 && UNIT_WORDS.has(words[0] ?? '') && words[1] === 'of';
        const wellFormed = /^[a-z][a-z']*( [a-z][a-z']*)*$/.test(form);
        // findCatalogueItem drops a leading article, so a form starting with one could never be matched.
        const startsWithArticle = /^(the|a|an|some|my) /.test(form);
        if (!wellFormed || startsWithArticle || startsWithUnit) bad.push(`${item.id}: "${form}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives an explicit plural to every countable name that is not pluralised with a plain "s"', () => {
    const missing = CATALOGUE.flatMap((item) =>
      (item.us ? [item, item.us] : [item])
        .filter((wording) => !item.mass && wording.plural === undefined && NEEDS_OWN_PLURAL.test(wording.name))
        .map((wording) => `${item.id}: ${wording.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('never pluralises a mass noun, and only gives US wording where it differs', () => {
    for (const item of CATALOGUE) {
      if (item.mass) expect([item.id, item.plural, item.us?.plural]).toEqual([item.id, undefined, undefined]);
      if (item.us) expect([item.id, item.us.name]).not.toEqual([item.id, item.name]);
    }
  });

  it('keeps things that are one thing though they contain "and" as single items', () => {
    for (const name of [
      'fish and chips',
      'salt and vinegar crisps',
      'salt and vinegar chips',
      'cheese and onion crisps',
      'mac and cheese',
      'macaroni and cheese',
      'sweet and sour sauce',
      'bread and butter pickles',
      'hundreds and thousands',
      'half and half',
    ]) {
      expect([name, findCatalogueItem(name)]).toEqual([name, expect.anything()]);
    }
    expect(findCatalogueItem('salt and pepper')).toBeUndefined();
  });

  it('leaves out words that mean different things in different Englishes', () => {
    for (const word of ['chips', 'jelly', 'pickle', 'squash', 'tomato sauce'])
      expect([word, idOf(word)]).toEqual([word, undefined]);
  });
});

describe('findCatalogueItem', () => {
  it('finds plurals, US and British names, and synonyms', () => {
    expect(idOf('eggplants')).toBe('aubergine');
    expect(idOf('aubergine')).toBe('aubergine');
    expect(idOf('courgettes')).toBe('courgette');
    expect(idOf('zucchini')).toBe('courgette');
    expect(idOf('tomatoes')).toBe('tomato');
    expect(idOf('loaves')).toBe('bread');
    expect(idOf('strawberries')).toBe('strawberry');
    expect(idOf('bay leaves')).toBe('bay-leaf');
    expect(idOf('garbanzo beans')).toBe('chickpea');
    expect(idOf('shrimp')).toBe('prawn');
    expect(idOf('ground beef')).toBe('mince');
    expect(idOf('cookies')).toBe('biscuit');
    expect(idOf('candy')).toBe('sweets');
    expect(idOf('fries')).toBe('oven-chips');
    expect(idOf('potato chips')).toBe('crisps');
    expect(idOf('diapers')).toBe('nappy');
  });

  it('understands Australian, Canadian and Indian words', () => {
    expect(idOf('capsicum')).toBe('pepper');
    expect(idOf('rockmelon')).toBe('cantaloupe');
    expect(idOf('lollies')).toBe('sweets');
    expect(idOf('homo milk')).toBe('whole-milk');
    expect(idOf('kraft dinner')).toBe('mac-and-cheese');
    expect(idOf('curd')).toBe('curd');
    expect(idOf('dahi')).toBe('curd');
    expect(idOf('daal')).toBe('lentil');
    expect(idOf('atta')).toBe('atta');
    expect(idOf('brinjal')).toBe('aubergine');
  });

  it('ignores case, spacing, punctuation and a leading article', () => {
    expect(idOf('the milk')).toBe('milk');
    expect(idOf('  Some   MILK ')).toBe('milk');
    expect(idOf('my bread')).toBe('bread');
    expect(idOf('an onion')).toBe('onion');
    expect(idOf('Salt & Vinegar Crisps')).toBe('salt-and-vinegar-crisps');
    expect(idOf('all-purpose flour')).toBe('plain-flour');
    expect(idOf("goat's cheese")).toBe('goats-cheese');
    expect(idOf('crème fraîche')).toBe('creme-fraiche');
  });

  it('finds nothing for words that are not an item', () => {
    expect(findCatalogueItem('')).toBeUndefined();
    expect(findCatalogueItem('the')).toBeUndefined();
    expect(findCatalogueItem('unicorn steaks')).toBeUndefined();
  });
});

describe('ids and wording', () => {
  it('looks items up by id and by slot value id', () => {
    const aubergine = catalogueItemById('aubergine');
    expect(aubergine?.aisle).toBe('produce');
    expect(aubergine && slotIdFor(aubergine)).toBe('produce:aubergine');
    expect(catalogueItemBySlotId('produce:aubergine')).toBe(aubergine);
    expect(catalogueItemBySlotId('dairy:aubergine')).toBeUndefined();
    for (const item of CATALOGUE) expect(catalogueItemBySlotId(slotIdFor(item))).toBe(item);
  });

  it('uses US wording in en-US and en-CA, British everywhere else', () => {
    const aubergine = catalogueItemById('aubergine');
    if (!aubergine) throw new Error('aubergine is missing');
    expect(wordingFor(aubergine, 'en-US')).toEqual({ name: 'eggplant', plural: 'eggplants' });
    expect(wordingFor(aubergine, 'en-CA')).toEqual({ name: 'eggplant', plural: 'eggplants' });
    for (const locale of ['en-GB', 'en-AU', 'en-IN']) {
      expect(wordingFor(aubergine, locale)).toEqual({ name: 'aubergine', plural: 'aubergines' });
    }
  });

  it('gives irregular plurals, and none for mass nouns', () => {
    const wording = (id: string, locale: string) => {
      const item = catalogueItemById(id);
      if (!item) throw new Error(`${id} is missing`);
      return wordingFor(item, locale);
    };
    expect(wording('tomato', 'en-GB')).toEqual({ name: 'tomato', plural: 'tomatoes' });
    expect(wording('courgette', 'en-US')).toEqual({ name: 'zucchini', plural: 'zucchini' });
    expect(wording('prawn', 'en-US')).toEqual({ name: 'shrimp', plural: 'shrimp' });
    expect(wording('milk', 'en-US')).toEqual({ name: 'milk', plural: undefined });
    expect(wording('crisps', 'en-US')).toEqual({ name: 'potato chips', plural: undefined });
  });
});
