import { identifyItem, type ItemIdentity } from '../../../lambda/domain/item';
import { apply, EMPTY_STATE, type TrolleyState } from '../../../lambda/domain/trolley';
import { LIMITS } from '../../../lambda/domain/limits';

/** One spoken change: "add 3 lemons" or "remove 2 lemons". */
export interface Change {
  readonly kind: 'add' | 'remove';
  readonly item: string;
  readonly quantity: number;
}

/** Items every device adds to, so devices keep changing the very same lines at once. */
const SHARED_ITEMS = ['lemons', 'rice cakes', 'oat biscuits'] as const;
/** One item only each device adds to. */
const OWN_ITEMS = ['pears', 'plums', 'figs', 'kiwis', 'apricots', 'peaches', 'mangoes', 'nectarines'] as const;

/** A small seeded generator (mulberry32), so every run replays the same plan. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Each device's own sequence of changes. The plan is built so that the final trolley does not depend on
 * how the devices interleave: a device only removes fewer of an item than it has itself added and not yet
 * removed (so a remove never empties a line that another device might still be adding to), and no line
 * ever totals more than the per-line limit (so no add is refused in one interleaving but not another).
 */
export function devicePlans(devices: number, changesPerDevice: number, seed = 20_240_601): Change[][] {
  if (devices > OWN_ITEMS.length) throw new Error(`At most ${OWN_ITEMS.length} devices`);
  const random = seeded(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const plannedTotal = new Map<string, number>();

  return Array.from({ length: devices }, (_, device) => {
    const own = OWN_ITEMS[device] as string;
    const net = new Map<string, number>();
    const changes: Change[] = [];
    while (changes.length < changesPerDevice) {
      const removable = [...net].filter(([, quantity]) => quantity >= 2);
      if (removable.length > 0 && random() < 0.25) {
        const [item, quantity] = pick(removable);
        const taken = 1 + Math.floor(random() * (quantity - 1));
        net.set(item, quantity - taken);
        changes.push({ kind: 'remove', item, quantity: taken });
        continue;
      }
      const item = random() < 0.75 ? pick(SHARED_ITEMS) : own;
      const quantity = 1 + Math.floor(random() * 3);
      const total = (plannedTotal.get(item) ?? 0) + quantity;
      if (total > LIMITS.maxQuantity) continue;
      plannedTotal.set(item, total);
      net.set(item, (net.get(item) ?? 0) + quantity);
      changes.push({ kind: 'add', item, quantity });
    }
    return changes;
  });
}

export function identityOf(spoken: string): ItemIdentity {
  const identified = identifyItem(spoken, undefined, 'en-GB');
  if (!identified.ok) throw new Error(`Not an item: ${spoken}`);
  return identified.item;
}

/** The trolley the plan must leave: every change applied once, in sequence, by the pure domain. */
export function expectedTrolley(plans: readonly (readonly Change[])[]): TrolleyState {
  let state = EMPTY_STATE;
  for (const change of plans.flat()) {
    const item = identityOf(change.item);
    const applied =
      change.kind === 'add'
        ? apply(state, { kind: 'add', items: [{ item, quantity: change.quantity }] })
        : apply(state, { kind: 'remove', item, quantity: change.quantity });
    if (!applied.changed) throw new Error(`The plan has a change that changes nothing: ${JSON.stringify(change)}`);
    state = applied.state;
  }
  return state;
}

/** Quantity by line key: what a person would check the trolley for, whatever order the lines are in. */
export function quantitiesOf(state: TrolleyState): Map<string, number> {
  return new Map(state.trolley.lines.map((line) => [line.key, line.quantity ?? 0]));
}

/** How far a trolley is from the expected one: units missing or extra, and lines that differ. */
export function discrepancy(
  expected: ReadonlyMap<string, number>,
  actual: ReadonlyMap<string, number>,
): { unitsOff: number; linesWrong: number } {
  let unitsOff = 0;
  let linesWrong = 0;
  for (const key of new Set([...expected.keys(), ...actual.keys()])) {
    const off = Math.abs((expected.get(key) ?? 0) - (actual.get(key) ?? 0));
    unitsOff += off;
    if (off > 0) linesWrong += 1;
  }
  return { unitsOff, linesWrong };
}
