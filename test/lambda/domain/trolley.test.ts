import { apply, EMPTY_STATE, holdingOf, type ItemRequest, type TrolleyState } from '../../../lambda/domain/trolley';
import type { ItemIdentity } from '../../../lambda/domain/item';
import { LIMITS } from '../../../lambda/domain/limits';
import { pageOf } from '../../../lambda/domain/reading';

const tuna: ItemIdentity = { key: 'tuna', name: 'tuna', countable: false, aisle: 'pantry' };
const tomato: ItemIdentity = { key: 'tomato', name: 'tomato', plural: 'tomatoes', countable: true, aisle: 'produce' };
const milk: ItemIdentity = { key: 'milk', name: 'milk', countable: false, aisle: 'dairy' };
const oatMilk: ItemIdentity = { key: 'oat-milk', name: 'oat milk', countable: false, aisle: 'dairy' };

function add(state: TrolleyState, ...items: ItemRequest[]): TrolleyState {
  return apply(state, { kind: 'add', items }).state;
}

describe('adding', () => {
  it('merges the same item in the same unit: two tins then one tin is three tins', () => {
    const state = add(add(EMPTY_STATE, { item: tuna, quantity: 2, unit: 'tin' }), {
      item: tuna,
      quantity: 1,
      unit: 'tin',
    });
    expect(state.trolley.lines).toEqual([{ ...tuna, quantity: 3, unit: 'tin' }]);
  });

  it('keeps different units of one item as separate lines, losing neither', () => {
    const state = add(
      EMPTY_STATE,
      { item: milk, quantity: 1, unit: 'pint' },
      { item: milk, quantity: 2, unit: 'litre' },
    );
    expect(state.trolley.lines.map((line) => [line.unit, line.quantity])).toEqual([
      ['pint', 1],
      ['litre', 2],
    ]);
  });

  it('reports the delta and the line after the change, and what was there before', () => {
    const first = add(EMPTY_STATE, { item: tomato, quantity: 2 });
    const { outcome } = apply(first, { kind: 'add', items: [{ item: tomato, quantity: 1 }] });
    expect(outcome).toEqual({
      kind: 'added',
      lineCount: 1,
      changes: [{ line: { ...tomato, quantity: 3 }, delta: 1, before: { ...tomato, quantity: 2 } }],
    });
  });

  it('a number given later counts; naming an item again without one changes nothing', () => {
    const some = add(EMPTY_STATE, { item: tomato });
    expect(some.trolley.lines[0]?.quantity).toBeUndefined();
    const two = add(some, { item: tomato, quantity: 2 });
    expect(two.trolley.lines[0]?.quantity).toBe(2);
    expect(add(two, { item: tomato }).trolley.lines[0]?.quantity).toBe(2);
  });

  it('refuses quantities that are zero, negative or not numbers, changing nothing', () => {
    for (const quantity of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = apply(EMPTY_STATE, { kind: 'add', items: [{ item: tuna, quantity }] });
      expect(result.outcome.kind).toBe('badQuantity');
      expect(result.changed).toBe(false);
      expect(result.state).toBe(EMPTY_STATE);
    }
  });

  it('refuses a line above the largest quantity', () => {
    const state = add(EMPTY_STATE, { item: tuna, quantity: LIMITS.maxQuantity });
    const result = apply(state, { kind: 'add', items: [{ item: tuna, quantity: 1 }] });
    expect(result.outcome).toEqual({ kind: 'tooMany', item: tuna, most: { ...tuna, quantity: LIMITS.maxQuantity } });
    expect(result.state.trolley.lines[0]?.quantity).toBe(LIMITS.maxQuantity);
  });

  it('refuses a new line when the trolley is full, but still adds to a line already there', () => {
    let state: TrolleyState = EMPTY_STATE;
    for (let index = 0; index < LIMITS.maxLines; index += 1) {
      state = add(state, { item: { ...tuna, key: `thing-${index}`, name: `thing ${index}` } });
    }
    expect(apply(state, { kind: 'add', items: [{ item: milk }] }).outcome).toEqual({
      kind: 'trolleyFull',
      maxLines: LIMITS.maxLines,
    });
    const grown = apply(state, {
      kind: 'add',
      items: [{ item: { ...tuna, key: 'thing-0', name: 'thing 0' }, quantity: 2 }],
    });
    expect(grown.outcome.kind).toBe('added');
  });

  it('keeps decimals tidy: 0.1 + 0.2 kilos is 0.3 kilos', () => {
    const state = add(add(EMPTY_STATE, { item: tomato, quantity: 0.1, unit: 'kilo' }), {
      item: tomato,
      quantity: 0.2,
      unit: 'kilo',
    });
    expect(state.trolley.lines[0]?.quantity).toBe(0.3);
  });
});

describe('removing', () => {
  const stocked = add(EMPTY_STATE, { item: tuna, quantity: 3, unit: 'tin' }, { item: milk, quantity: 1, unit: 'pint' });

  it('with a quantity, reduces the line', () => {
    const { state, outcome } = apply(stocked, { kind: 'remove', item: tuna, quantity: 1 });
    expect(state.trolley.lines[0]).toEqual({ ...tuna, quantity: 2, unit: 'tin' });
    expect(outcome).toMatchObject({ kind: 'removed', remaining: { quantity: 2 }, removed: { quantity: 1 } });
  });

  it('with a quantity as large as the line, removes the line', () => {
    const { state } = apply(stocked, { kind: 'remove', item: tuna, quantity: 5 });
    expect(state.trolley.lines.map((line) => line.key)).toEqual(['milk']);
  });

  it('without a quantity, removes every line of the item', () => {
    const twoMilks = add(stocked, { item: milk, quantity: 2, unit: 'litre' });
    const { state } = apply(twoMilks, { kind: 'remove', item: milk });
    expect(state.trolley.lines.map((line) => line.key)).toEqual(['tuna']);
  });

  it('says so when the item is not there, naming the closest line', () => {
    const withMilk = add(EMPTY_STATE, { item: milk });
    const { outcome, changed } = apply(withMilk, { kind: 'remove', item: oatMilk });
    expect(changed).toBe(false);
    expect(outcome).toEqual({ kind: 'notFound', item: oatMilk, closest: { ...milk } });
  });

  it('names no closest line when nothing is close', () => {
    const { outcome } = apply(stocked, { kind: 'remove', item: tomato });
    expect(outcome).toEqual({ kind: 'notFound', item: tomato });
  });
});

describe('clearing and undo', () => {
  const stocked = add(EMPTY_STATE, { item: tuna, quantity: 3, unit: 'tin' }, { item: milk });

  it('clears, and undo puts every line back', () => {
    const cleared = apply(stocked, { kind: 'clear' });
    expect(cleared.outcome).toEqual({ kind: 'cleared', count: 2 });
    expect(cleared.state.trolley.lines).toEqual([]);
    const undone = apply(cleared.state, { kind: 'undo' });
    expect(undone.outcome).toMatchObject({ kind: 'undone', change: 'clear', lineCount: 2 });
    expect(undone.state.trolley.lines).toEqual(stocked.trolley.lines);
  });

  it('clearing an empty trolley changes nothing', () => {
    expect(apply(EMPTY_STATE, { kind: 'clear' })).toEqual({
      state: EMPTY_STATE,
      outcome: { kind: 'alreadyEmpty' },
      changed: false,
    });
  });

  it('undo reverses only the last change, once', () => {
    const removed = apply(stocked, { kind: 'remove', item: milk }).state;
    const undone = apply(removed, { kind: 'undo' }).state;
    expect(undone.trolley.lines).toEqual(stocked.trolley.lines);
    expect(apply(undone, { kind: 'undo' }).outcome).toEqual({ kind: 'nothingToUndo' });
  });

  it('changing a quantity sets it and can be undone', () => {
    const changed = apply(stocked, { kind: 'change', item: tuna, quantity: 1 });
    expect(changed.state.trolley.lines[0]?.quantity).toBe(1);
    expect(apply(changed.state, { kind: 'undo' }).state.trolley.lines).toEqual(stocked.trolley.lines);
  });
});

describe('paging in shopping order', () => {
  it('reads produce before dairy before the pantry, and pages at the page size', () => {
    let state = add(EMPTY_STATE, { item: tuna }, { item: milk }, { item: tomato });
    expect(pageOf(state.trolley.lines, 0).lines.map((line) => line.key)).toEqual(['tomato', 'milk', 'tuna']);
    for (let index = 0; index < 10; index += 1) {
      state = add(state, { item: { ...tuna, key: `extra-${index}`, name: `extra ${index}`, aisle: 'other' } });
    }
    const first = pageOf(state.trolley.lines, 0);
    expect(first.lines).toHaveLength(LIMITS.pageSize);
    expect(first).toMatchObject({ total: 13, remaining: 13 - LIMITS.pageSize, nextOffset: LIMITS.pageSize });
    const second = pageOf(state.trolley.lines, LIMITS.pageSize);
    expect(second.lines).toHaveLength(13 - LIMITS.pageSize);
    expect(second.nextOffset).toBeUndefined();
  });
});

describe('changing how many', () => {
  const egg: ItemIdentity = { key: 'egg', name: 'egg', plural: 'eggs', countable: true, aisle: 'dairy' };

  it('"make that three" changes the line just added, keeping its unit: two tins become three tins', () => {
    const state = add(add(EMPTY_STATE, { item: milk }), { item: tuna, quantity: 2, unit: 'tin' });
    expect(state.thatKey).toBe('tuna');
    const { state: after, outcome } = apply(state, { kind: 'change', quantity: 3 });
    expect(outcome).toEqual({ kind: 'changed', line: { ...tuna, quantity: 3, unit: 'tin' }, lineCount: 2 });
    expect(after.trolley.lines).toEqual([{ ...milk }, { ...tuna, quantity: 3, unit: 'tin' }]);
    expect(after.thatKey).toBe('tuna');
  });

  it('the line the conversation is about (thatKey) wins over the last change', () => {
    const state = add(add(EMPTY_STATE, { item: milk, quantity: 1, unit: 'pint' }), { item: tuna, quantity: 2 });
    const { state: after } = apply(state, { kind: 'change', thatKey: 'milk', quantity: 4 });
    expect(after.trolley.lines).toEqual([
      { ...milk, quantity: 4, unit: 'pint' },
      { ...tuna, quantity: 2 },
    ]);
    expect(after.thatKey).toBe('milk');
  });

  it('a named item wins over both', () => {
    const state = add(add(EMPTY_STATE, { item: milk }), { item: tuna, quantity: 2 });
    const { state: after } = apply(state, { kind: 'change', item: milk, thatKey: 'tuna', quantity: 2, unit: 'pint' });
    expect(after.trolley.lines).toEqual([
      { ...milk, quantity: 2, unit: 'pint' },
      { ...tuna, quantity: 2 },
    ]);
  });

  it('"I only need six eggs" on a dozen eggs is six eggs, not six dozen', () => {
    const state = add(EMPTY_STATE, { item: egg, quantity: 1, unit: 'dozen' });
    expect(apply(state, { kind: 'change', item: egg, quantity: 6 }).state.trolley.lines).toEqual([
      { ...egg, quantity: 6 },
    ]);
  });

  it('a dozen is a number, not a container: "make that eighteen" on a dozen eggs is eighteen eggs', () => {
    const state = add(EMPTY_STATE, { item: egg, quantity: 1, unit: 'dozen' });
    expect(apply(state, { kind: 'change', quantity: 18 }).state.trolley.lines).toEqual([{ ...egg, quantity: 18 }]);
    expect(apply(state, { kind: 'change', quantity: 2, unit: 'dozen' }).state.trolley.lines).toEqual([
      { ...egg, quantity: 2, unit: 'dozen' },
    ]);
  });

  it('a mass noun keeps its unit when named with a bare number: "change the milk to two" is two pints', () => {
    const state = add(EMPTY_STATE, { item: milk, quantity: 4, unit: 'pint' });
    expect(apply(state, { kind: 'change', item: milk, quantity: 2 }).state.trolley.lines).toEqual([
      { ...milk, quantity: 2, unit: 'pint' },
    ]);
  });

  it('a unit said wins: "make that two litres"', () => {
    const state = add(EMPTY_STATE, { item: milk, quantity: 4, unit: 'pint' });
    expect(apply(state, { kind: 'change', quantity: 2, unit: 'litre' }).state.trolley.lines).toEqual([
      { ...milk, quantity: 2, unit: 'litre' },
    ]);
  });

  it('zero takes the line out, and undo puts it back', () => {
    const state = add(add(EMPTY_STATE, { item: milk }), { item: tuna, quantity: 2, unit: 'tin' });
    const zero = apply(state, { kind: 'change', quantity: 0 });
    expect(zero.outcome).toEqual({ kind: 'removed', removed: { ...tuna, quantity: 2, unit: 'tin' }, lineCount: 1 });
    expect(zero.state.trolley.lines).toEqual([{ ...milk }]);
    expect(zero.state.thatKey).toBeUndefined();
    const undone = apply(zero.state, { kind: 'undo' });
    expect(undone.outcome).toEqual({
      kind: 'undone',
      change: 'remove',
      lineCount: 2,
      restored: [{ ...tuna, quantity: 2, unit: 'tin' }],
      takenOut: [],
      reverted: [],
    });
    expect(undone.state.trolley.lines).toEqual(state.trolley.lines);
  });

  it('undo after a change restores the line as it was', () => {
    const state = add(EMPTY_STATE, { item: tuna, quantity: 2, unit: 'tin' });
    const changed = apply(state, { kind: 'change', quantity: 5 }).state;
    const undone = apply(changed, { kind: 'undo' });
    expect(undone.outcome).toEqual({
      kind: 'undone',
      change: 'change',
      lineCount: 1,
      restored: [],
      takenOut: [],
      reverted: [{ ...tuna, quantity: 2, unit: 'tin' }],
    });
    expect(undone.state.trolley.lines).toEqual([{ ...tuna, quantity: 2, unit: 'tin' }]);
  });

  it('with nothing remembered, or the remembered line gone, there is nothing to change', () => {
    const nothing = apply(add(EMPTY_STATE, { item: milk }, { item: tuna }), { kind: 'change', quantity: 3 });
    expect(nothing).toMatchObject({ outcome: { kind: 'nothingToChange' }, changed: false });
    const gone: TrolleyState = { ...add(EMPTY_STATE, { item: milk }), thatKey: 'tuna' };
    expect(apply(gone, { kind: 'change', quantity: 3 })).toEqual({
      state: gone,
      outcome: { kind: 'nothingToChange' },
      changed: false,
    });
  });

  it('a named item that is not there is not found, naming the closest line', () => {
    const state = add(EMPTY_STATE, { item: milk });
    expect(apply(state, { kind: 'change', item: oatMilk, quantity: 2 })).toMatchObject({
      outcome: { kind: 'notFound', item: oatMilk, closest: milk },
      changed: false,
    });
  });

  it('refuses more than one line can hold, and quantities that are not numbers, changing nothing', () => {
    const state = add(EMPTY_STATE, { item: tuna, quantity: 2 });
    expect(apply(state, { kind: 'change', quantity: LIMITS.maxQuantity + 1 })).toEqual({
      state,
      outcome: {
        kind: 'tooMany',
        item: { ...tuna, quantity: 2 },
        most: { ...tuna, quantity: LIMITS.maxQuantity, unit: 'tin' },
      },
      changed: false,
    });
    expect(apply(state, { kind: 'change', quantity: Number.NaN })).toMatchObject({
      outcome: { kind: 'badQuantity' },
      changed: false,
    });
  });
});

describe('what the last change was about (thatKey)', () => {
  it('is set by an add touching one line, and cleared by one touching several', () => {
    const one = add(EMPTY_STATE, { item: milk });
    expect(one.thatKey).toBe('milk');
    expect(add(one, { item: tuna }, { item: tomato }).thatKey).toBeUndefined();
  });

  it('is set by taking some of a line out, and cleared by taking a line out', () => {
    const state = add(EMPTY_STATE, { item: milk }, { item: tuna, quantity: 3, unit: 'tin' });
    expect(apply(state, { kind: 'remove', item: tuna, quantity: 1 }).state.thatKey).toBe('tuna');
    expect(apply(add(state, { item: tuna }), { kind: 'remove', item: tuna }).state.thatKey).toBeUndefined();
  });

  it('is cleared by clearing and by undo', () => {
    const state = add(EMPTY_STATE, { item: milk });
    expect(apply(state, { kind: 'clear' }).state.thatKey).toBeUndefined();
    expect(apply(state, { kind: 'undo' }).state.thatKey).toBeUndefined();
  });
});

describe('what the trolley holds of an item', () => {
  const stocked = add(
    EMPTY_STATE,
    { item: milk, quantity: 2, unit: 'pint' },
    { item: milk, quantity: 1, unit: 'litre' },
    { item: oatMilk },
  );

  it('every line of it, in every unit', () => {
    expect(holdingOf(stocked.trolley, milk)).toEqual({
      kind: 'has',
      lines: [
        { ...milk, quantity: 2, unit: 'pint' },
        { ...milk, quantity: 1, unit: 'litre' },
      ],
    });
  });

  it('none, naming the closest line when there is one', () => {
    const onlyMilk = add(EMPTY_STATE, { item: milk });
    expect(holdingOf(onlyMilk.trolley, oatMilk)).toEqual({ kind: 'hasNone', item: oatMilk, closest: { ...milk } });
    expect(holdingOf(stocked.trolley, tomato)).toEqual({ kind: 'hasNone', item: tomato });
  });
});
