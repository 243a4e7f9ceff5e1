import { apply, EMPTY_STATE, type ItemRequest, type TrolleyState } from '../../lambda/domain/trolley';
import type { ItemIdentity } from '../../lambda/domain/item';
import { LIMITS } from '../../lambda/domain/limits';
import { pageOf } from '../../lambda/domain/reading';

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
    expect(result.outcome).toEqual({ kind: 'tooMany', item: tuna, maxQuantity: LIMITS.maxQuantity });
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
    const withOatMilk = add(EMPTY_STATE, { item: oatMilk });
    const { outcome, changed } = apply(withOatMilk, { kind: 'remove', item: milk });
    expect(changed).toBe(false);
    expect(outcome).toEqual({ kind: 'notFound', item: milk, closest: { ...oatMilk } });
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
    expect(undone.outcome).toEqual({ kind: 'undone', change: 'clear', lineCount: 2 });
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
