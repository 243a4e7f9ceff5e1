import fc from 'fast-check';
import { CATALOGUE, findCatalogueItem, normaliseSpoken, spokenFormsOf } from '../../../lambda/catalogue';
import { identifyItem, keyForWords } from '../../../lambda/domain/item';
import { itemRequestsFor } from '../../../lambda/domain/itemRequests';

/** What people put before an item without it being part of its name. */
const FILLERS = ['the', 'a', 'an', 'some', 'any', 'more', 'my', 'our', 'your', 'of', 'some of the', 'any more'];

const catalogueForm = fc.constantFrom(
  ...CATALOGUE.flatMap((item) => spokenFormsOf(item).map((form) => ({ id: item.id, form }))),
);

describe('one normal form for spoken items', () => {
  it('any catalogue form with any leading filler resolves to the catalogue item, in every path', () => {
    fc.assert(
      fc.property(catalogueForm, fc.array(fc.constantFrom(...FILLERS), { maxLength: 3 }), ({ id, form }, filler) => {
        const said = [...filler, form].join(' ');
        expect(findCatalogueItem(said)?.id).toBe(id);
        const identified = identifyItem(said, undefined, 'en-GB');
        expect(identified.ok && identified.item.key).toBe(id);
        // en-IN lists are split by the skill itself: the same form must come out of that path too.
        const listed = itemRequestsFor([{ words: `${said} and bread` }], {}, 'en-IN');
        expect(listed.ok && listed.requests[0]?.item.key).toBe(id);
      }),
      { numRuns: 500 },
    );
  });

  it('"any milk", "some of the milk" and "milk please" are the catalogue milk, not a line of their own', () => {
    for (const said of ['any milk', 'some of the milk', 'milk please', 'any more milk', 'our milk']) {
      expect(identifyItem(said, undefined, 'en-GB')).toEqual({
        ok: true,
        item: expect.objectContaining({ key: 'milk' }),
      });
    }
  });

  it('"&" is "and": "salt & vinegar crisps" is the catalogue’s crisps, and M&S keeps its letters', () => {
    expect(identifyItem('salt & vinegar crisps', undefined, 'en-GB')).toEqual({
      ok: true,
      item: expect.objectContaining({ key: 'salt-and-vinegar-crisps', aisle: 'snacks' }),
    });
    expect(identifyItem('M&S sandwiches', undefined, 'en-GB')).toEqual({
      ok: true,
      item: expect.objectContaining({ name: 'm and s sandwich', plural: 'm and s sandwiches' }),
    });
  });

  it('derives the key of words the catalogue lacks from the same normal form and singular', () => {
    expect(keyForWords("the Granny's Biscuits")).toBe('said:grannys biscuit');
    expect(keyForWords('granny’s biscuit please')).toBe('said:grannys biscuit');
    expect(normaliseSpoken('  Some of the Crème Fraîche any more ')).toBe('creme fraiche');
  });
});

describe('keeping the words that make an item specific', () => {
  it('"free range eggs" stays on the egg line, in the dairy aisle, and counts as eggs', () => {
    const result = identifyItem('free range eggs', 'dairy:egg', 'en-GB');
    expect(result).toEqual({
      ok: true,
      item: { key: 'egg', name: 'free range egg', plural: 'free range eggs', countable: true, aisle: 'dairy' },
    });
  });

  it('a kind the catalogue does not list is filed with its head noun: "organic eggs", "jersey milk"', () => {
    expect(identifyItem('organic eggs', undefined, 'en-GB')).toEqual({
      ok: true,
      item: { key: 'said:organic egg', name: 'organic egg', plural: 'organic eggs', countable: true, aisle: 'dairy' },
    });
    expect(identifyItem('jersey milk', undefined, 'en-GB')).toEqual({
      ok: true,
      item: { key: 'said:jersey milk', name: 'jersey milk', countable: false, aisle: 'dairy' },
    });
  });

  it('a synonym that is another word altogether takes the locale’s wording: "doodh" is milk', () => {
    expect(identifyItem('doodh', undefined, 'en-IN')).toEqual({
      ok: true,
      item: expect.objectContaining({ key: 'milk', name: 'milk' }),
    });
  });

  it('"half a dozen free range eggs" is 6 free range eggs', () => {
    const result = itemRequestsFor([{ words: 'half a dozen free range eggs' }], {}, 'en-GB');
    expect(result).toEqual({
      ok: true,
      requests: [{ item: expect.objectContaining({ key: 'egg', plural: 'free range eggs' }), quantity: 6 }],
    });
  });
});

describe('how many a bare item names', () => {
  it('"an aubergine" is one; "zucchini", its own plural, and "some yogurt" say no number', () => {
    const quantity = (words: string, locale: string) => {
      const result = itemRequestsFor([{ words }], {}, locale);
      return result.ok ? result.requests[0]?.quantity : 'refused';
    };
    expect(quantity('an aubergine', 'en-US')).toBe(1);
    expect(quantity('zucchini', 'en-US')).toBeUndefined();
    expect(quantity('some yogurt', 'en-US')).toBeUndefined();
    expect(quantity('yogurt', 'en-US')).toBe(1);
  });
});
