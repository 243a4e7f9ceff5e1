import { identifyItem, type ItemIdentity } from '../../../lambda/domain/item';
import { LIMITS, maxQuantityIn } from '../../../lambda/domain/limits';
import { chosenAmong, linesNamed } from '../../../lambda/domain/naming';
import { pageOf } from '../../../lambda/domain/reading';
import { apply, EMPTY_STATE, type ItemRequest, type TrolleyState } from '../../../lambda/domain/trolley';
import { usualUnitFor } from '../../../lambda/domain/usualUnits';
import { catalogueItemById } from '../../../lambda/catalogue';

function item(words: string, locale = 'en-GB'): ItemIdentity {
  const result = identifyItem(words, undefined, locale);
  if (!result.ok) throw new Error(`no item in "${words}"`);
  return result.item;
}

function add(state: TrolleyState, ...items: ItemRequest[]): TrolleyState {
  return apply(state, { kind: 'add', items }).state;
}

const keys = (state: TrolleyState) => state.trolley.lines.map((line) => line.key);
const semiSkimmed = item('semi skimmed milk');
const oatMilk = item('oat milk');
const redWine = item('red wine');
const crisps = item('salt and vinegar crisps');
const bread = item('bread');
const eggs = item('eggs');

describe('naming a line by part of it', () => {
  const stocked = add(
    EMPTY_STATE,
    { item: semiSkimmed, quantity: 2, unit: 'litre' },
    { item: redWine },
    { item: crisps },
  );

  it('acts on the one line whose name ends in the words said: the milk, the wine, the crisps', () => {
    for (const [said, key] of [
      ['the milk', 'semi-skimmed-milk'],
      ['the wine', 'red-wine'],
      ['the crisps', 'salt-and-vinegar-crisps'],
    ] as const) {
      expect(linesNamed(stocked.trolley.lines, item(said))).toEqual({ kind: 'one', key });
    }
  });

  it('"remove the milk" takes out 2 litres of semi skimmed milk, and nothing else', () => {
    const { state, outcome } = apply(stocked, { kind: 'remove', item: item('the milk') });
    expect(outcome).toMatchObject({ kind: 'removed', removed: { key: 'semi-skimmed-milk', quantity: 2 } });
    expect(keys(state)).toEqual(['red-wine', 'salt-and-vinegar-crisps']);
  });

  it('"change the milk to one litre" changes the semi skimmed milk', () => {
    const { state } = apply(stocked, { kind: 'change', item: item('milk'), quantity: 1, unit: 'litre' });
    expect(state.trolley.lines[0]).toMatchObject({ key: 'semi-skimmed-milk', quantity: 1, unit: 'litre' });
  });

  it('the item itself wins over lines that merely end in it', () => {
    const both = add(stocked, { item: item('milk') });
    expect(linesNamed(both.trolley.lines, item('milk'))).toEqual({ kind: 'one', key: 'milk' });
  });

  it('two or more fitting lines ask which one, changing nothing', () => {
    const twoMilks = add(stocked, { item: oatMilk });
    const result = apply(twoMilks, { kind: 'remove', item: item('milk') });
    expect(result.changed).toBe(false);
    expect(result.outcome).toMatchObject({
      kind: 'whichOne',
      candidates: [{ key: 'semi-skimmed-milk' }, { key: 'oat-milk' }],
    });
  });

  it('does not take a word in the middle for the item: "the milk" is not "milk chocolate"', () => {
    const chocolate = add(EMPTY_STATE, { item: item('milk chocolate') });
    expect(linesNamed(chocolate.trolley.lines, item('milk'))).toEqual({ kind: 'none' });
  });

  it('understands the answer to "which one?" by any of the line’s words, "both", or its place', () => {
    const candidates = add(EMPTY_STATE, { item: semiSkimmed }, { item: oatMilk }).trolley.lines;
    expect(chosenAmong(candidates, 'the oat milk').map((line) => line.key)).toEqual(['oat-milk']);
    expect(chosenAmong(candidates, 'semi skimmed').map((line) => line.key)).toEqual(['semi-skimmed-milk']);
    expect(chosenAmong(candidates, 'the oat one').map((line) => line.key)).toEqual(['oat-milk']);
    expect(chosenAmong(candidates, 'the second one').map((line) => line.key)).toEqual(['oat-milk']);
    expect(chosenAmong(candidates, 'both')).toHaveLength(2);
    expect(chosenAmong(candidates, 'bread')).toEqual([]);
  });
});

describe('several at once', () => {
  const stocked = add(EMPTY_STATE, { item: item('milk') }, { item: eggs, quantity: 6 }, { item: bread });

  it('"remove the milk and the eggs" takes both out in one change that one undo reverses', () => {
    const removed = apply(stocked, { kind: 'removeSeveral', items: [{ item: item('the milk') }, { item: eggs }] });
    expect(removed.outcome).toMatchObject({ kind: 'removedSeveral', notFound: [], lineCount: 1 });
    expect(keys(removed.state)).toEqual(['bread']);
    const undone = apply(removed.state, { kind: 'undo' });
    // Lines put back come last here; the store keeps their place in the shopping order.
    expect(keys(undone.state)).toEqual(['bread', 'milk', 'egg']);
    expect(undone.outcome).toMatchObject({ kind: 'undone', restored: [{ key: 'milk' }, { key: 'egg' }] });
  });

  it('names what is not there in the same outcome, and still takes out what is', () => {
    const jam = item('jam');
    const removed = apply(stocked, { kind: 'removeSeveral', items: [{ item: bread }, { item: jam }] });
    expect(removed.outcome).toMatchObject({ kind: 'removedSeveral', notFound: [{ key: 'jam' }] });
    expect(keys(removed.state)).toEqual(['milk', 'egg']);
  });

  it('changes nothing when none of them is there', () => {
    const removed = apply(stocked, { kind: 'removeSeveral', items: [{ item: item('jam') }, { item: item('honey') }] });
    expect(removed.changed).toBe(false);
  });
});

describe('putting back what was taken out', () => {
  const stocked = add(EMPTY_STATE, { item: item('rice'), quantity: 2, unit: 'bag' }, { item: item('pasta') });

  it('right after taking it out, it is the same as undo', () => {
    const removed = apply(stocked, { kind: 'remove', item: item('rice') }).state;
    const back = apply(removed, { kind: 'putBack', item: { item: item('the rice') } });
    expect(back.outcome).toMatchObject({ kind: 'putBack', lines: [{ key: 'rice', quantity: 2, unit: 'bag' }] });
    expect(back.state.trolley.lines).toEqual([...stocked.trolley.lines].reverse());
    expect(back.state.undo).toBeUndefined();
  });

  it('later, re-adds the line as it was removed, and that can be undone', () => {
    const removed = apply(stocked, { kind: 'remove', item: item('rice') }).state;
    const later = add(removed, { item: bread });
    const back = apply(later, { kind: 'putBack', item: { item: item('rice') } });
    expect(back.state.trolley.lines.at(-1)).toMatchObject({ key: 'rice', quantity: 2, unit: 'bag' });
    expect(keys(apply(back.state, { kind: 'undo' }).state)).toEqual(['pasta', 'bread']);
  });

  it('something never taken out is simply added: "actually I do need milk"', () => {
    const back = apply(stocked, { kind: 'putBack', item: { item: item('milk') } });
    expect(back.outcome.kind).toBe('added');
    expect(keys(back.state)).toEqual(['rice', 'pasta', 'milk']);
  });

  it('remembers only the latest few removals', () => {
    let state = EMPTY_STATE;
    for (let index = 0; index < LIMITS.maxRememberedRemovals + 5; index += 1) {
      const thing = item(`thing number ${index}`);
      state = apply(add(state, { item: thing }), { kind: 'remove', item: thing }).state;
    }
    expect(state.removed).toHaveLength(LIMITS.maxRememberedRemovals);
    expect(state.removed?.[0]?.name).toBe(`thing number ${LIMITS.maxRememberedRemovals + 4}`);
  });
});

describe('limits by unit', () => {
  const mince = item('beef mince');

  it('500 grams, 2 kilos, 750 millilitres and 24 cans are all fine', () => {
    const requests: ItemRequest[] = [
      { item: mince, quantity: 500, unit: 'gram' },
      { item: item('lamb mince'), quantity: 2, unit: 'kilo' },
      { item: item('milk'), quantity: 750, unit: 'millilitre' },
      { item: item('cola'), quantity: 24, unit: 'can' },
    ];
    const { outcome, state } = apply(EMPTY_STATE, { kind: 'add', items: requests });
    expect(outcome.kind).toBe('added');
    expect(state.trolley.lines).toHaveLength(4);
  });

  it('a line is still bounded, and the bound is given in the unit: 10 kilos of mince', () => {
    const { outcome, changed } = apply(EMPTY_STATE, {
      kind: 'add',
      items: [{ item: mince, quantity: 20, unit: 'kilo' }],
    });
    expect(changed).toBe(false);
    expect(outcome).toMatchObject({ kind: 'tooMany', most: { name: 'beef mince', quantity: 10, unit: 'kilo' } });
    expect(maxQuantityIn('gram')).toBeGreaterThanOrEqual(500);
    expect(maxQuantityIn(undefined)).toBe(LIMITS.maxQuantity);
  });
});

describe('a bare number for things not counted one by one', () => {
  it('counts the locale’s usual unit: pints of milk in Britain, gallons in the US, loaves of bread', () => {
    const milk = item('milk');
    expect(usualUnitFor(milk, 'en-GB')).toBe('pint');
    expect(usualUnitFor(milk, 'en-US')).toBe('gallon');
    expect(usualUnitFor(item('bread'), 'en-GB')).toBe('loaf');
    expect(usualUnitFor(item('tuna'), 'en-GB')).toBe('tin');
  });

  it('"make that three" after "milk" is 3 pints of milk', () => {
    const state = add(EMPTY_STATE, { item: item('milk') });
    const { state: after } = apply(state, { kind: 'change', quantity: 3, locale: 'en-GB' });
    expect(after.trolley.lines).toEqual([expect.objectContaining({ key: 'milk', quantity: 3, unit: 'pint' })]);
  });

  it('names only catalogue items in its list of usual units', async () => {
    const source = await import('node:fs').then((fs) => fs.readFileSync('lambda/domain/usualUnits.ts', 'utf8'));
    const table = source.slice(source.indexOf('BY_ITEM'), source.indexOf('};', source.indexOf('BY_ITEM')));
    const ids = [...table.matchAll(/^\s+'?([a-z-]+)'?: '/gm)].map((match) => match[1] as string);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id) => !catalogueItemById(id))).toEqual([]);
  });
});

describe('a listing page', () => {
  it('does not end in the middle of an aisle when the aisle fits on the next page', () => {
    const fruit = ['apples', 'bananas', 'oranges', 'lemons', 'limes'].map((words) => ({ item: item(words) }));
    const dairy = ['milk', 'butter', 'cheese', 'yoghurt'].map((words) => ({ item: item(words) }));
    const lines = add(EMPTY_STATE, ...fruit, ...dairy).trolley.lines;
    const first = pageOf(lines, 0);
    expect(first.lines.map((line) => line.aisle)).toEqual(['produce', 'produce', 'produce', 'produce', 'produce']);
    expect(pageOf(lines, first.nextOffset ?? 0).lines.map((line) => line.key)).toEqual([
      'milk',
      'butter',
      'cheese',
      'yoghurt',
    ]);
  });

  it('still splits an aisle too long for one page', () => {
    const fruit = ['apple', 'banana', 'orange', 'lemon', 'lime', 'pear', 'plum', 'grape', 'kiwi', 'mango'];
    const lines = add(EMPTY_STATE, ...fruit.map((words) => ({ item: item(words) }))).trolley.lines;
    expect(pageOf(lines, 0).lines).toHaveLength(LIMITS.pageSize);
  });
});
