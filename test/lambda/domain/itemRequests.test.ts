import { itemRequestsFor } from '../../../lambda/domain/itemRequests';
import { LIMITS } from '../../../lambda/domain/limits';
import type { ItemRequest } from '../../../lambda/domain/trolley';

/** What each request comes to, in the terms a person would check: which item, how many, in what. */
function summary(requests: readonly ItemRequest[]) {
  return requests.map(({ item, quantity, unit }) => ({
    key: item.key,
    ...(quantity === undefined ? {} : { quantity }),
    ...(unit === undefined ? {} : { unit }),
  }));
}

function wanted(...args: Parameters<typeof itemRequestsFor>) {
  const result = itemRequestsFor(...args);
  if (!result.ok) throw new Error(`expected requests, got ${result.reason}`);
  return summary(result.requests);
}

describe('what to add for everything heard', () => {
  it('en-IN, one value: "two pints of milk and a dozen eggs" is two lines, each with its amount', () => {
    expect(wanted([{ words: 'two pints of milk and a dozen eggs' }], {}, 'en-IN')).toEqual([
      { key: 'milk', quantity: 2, unit: 'pint' },
      { key: 'egg', quantity: 1, unit: 'dozen' },
    ]);
  });

  it('the quantity and unit slots belong to the first thing only', () => {
    expect(
      wanted(
        [{ words: 'milk', slotId: 'dairy:milk' }, { words: 'a dozen eggs' }, { words: 'bread' }],
        {
          quantity: 2,
          unit: 'pint',
        },
        'en-GB',
      ),
    ).toEqual([
      { key: 'milk', quantity: 2, unit: 'pint' },
      { key: 'egg', quantity: 1, unit: 'dozen' },
      { key: 'bread' },
    ]);
  });

  it('a unit slot without a number is one of it: "add a tin of tuna"', () => {
    expect(wanted([{ words: 'tuna', slotId: 'pantry:tuna' }], { unit: 'tin' }, 'en-GB')).toEqual([
      { key: 'tuna', quantity: 1, unit: 'tin' },
    ]);
  });

  it('a unit word the skill does not know stays in the first item’s name', () => {
    const result = itemRequestsFor(
      [{ words: 'saffron' }, { words: 'milk' }],
      { quantity: 2, unknownUnitWord: 'sachets' },
      'en-GB',
    );
    expect(result.ok && result.requests.map((request) => [request.item.name, request.quantity])).toEqual([
      ['sachets of saffron', 2],
      ['milk', undefined],
    ]);
  });

  it('an amount the unit slot caught whole ("a couple of bottles of red wine") is read as the amount', () => {
    expect(
      wanted([{ words: 'red wine', slotId: 'drinks:red-wine' }], { unknownUnitWord: 'couple of bottles' }, 'en-GB'),
    ).toEqual([{ key: 'red-wine', quantity: 2, unit: 'bottle' }]);
  });

  it('a countable thing said in the singular counts as one; said in the plural, it has no number', () => {
    expect(wanted([{ words: 'an aubergine and tomatoes' }], {}, 'en-GB')).toEqual([
      { key: 'aubergine', quantity: 1 },
      { key: 'tomato' },
    ]);
  });

  it('reads no amount inside a value Alexa resolved to a catalogue item', () => {
    expect(wanted([{ words: 'hundreds and thousands', slotId: 'baking:sprinkles' }], {}, 'en-GB')).toEqual([
      { key: 'sprinkles' },
    ]);
    expect(wanted([{ words: 'five spice' }], {}, 'en-GB')).toEqual([{ key: 'five-spice' }]);
  });

  it(`refuses more than ${LIMITS.maxItemsPerRequest} things at once, and takes exactly that many`, () => {
    const things = (count: number) => Array.from({ length: count }, (_, index) => ({ words: `thing ${index}` }));
    expect(itemRequestsFor(things(LIMITS.maxItemsPerRequest + 1), {}, 'en-GB')).toEqual({
      ok: false,
      reason: 'tooManyAtOnce',
    });
    expect(wanted(things(LIMITS.maxItemsPerRequest), {}, 'en-GB')).toHaveLength(LIMITS.maxItemsPerRequest);
  });

  it('nothing heard is empty; one name too long refuses the whole list', () => {
    expect(itemRequestsFor([], {}, 'en-GB')).toEqual({ ok: false, reason: 'empty' });
    expect(itemRequestsFor([{ words: '  ' }], {}, 'en-GB')).toEqual({ ok: false, reason: 'empty' });
    const long = 'very '.repeat(LIMITS.maxNameLength) + 'long jam';
    expect(itemRequestsFor([{ words: 'milk' }, { words: long }], {}, 'en-GB')).toEqual({
      ok: false,
      reason: 'tooLong',
    });
  });

  it('a singular in either variety of English counts as one: "an aubergine" is one eggplant in en-US', () => {
    expect(wanted([{ words: 'an aubergine' }], {}, 'en-US')).toEqual([{ key: 'aubergine', quantity: 1 }]);
    expect(wanted([{ words: 'an eggplant' }], {}, 'en-GB')).toEqual([{ key: 'aubergine', quantity: 1 }]);
    expect(wanted([{ words: 'aubergines' }], {}, 'en-US')).toEqual([{ key: 'aubergine' }]);
  });
});
