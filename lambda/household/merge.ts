import { LIMITS, maxQuantityIn } from '../domain/limits';
import { apply, type ItemRequest, type TrolleyLine, type TrolleyState } from '../domain/trolley';

export type Merge =
  | { readonly ok: true; readonly state: TrolleyState; readonly merged: number }
  | { readonly ok: false; readonly reason: 'full'; readonly maxLines: number };

/**
 * The trolley a household has once an account joins it: the joiner's lines added to the household's by the
 * trolley's own add, so "2 tins of tuna" and "a tin of tuna" make 3, and "milk" and "milk" stay one line.
 * A line that would pass its bound is kept at the most a line holds, rather than dropped. When the two
 * trolleys together hold more different things than a trolley may, nothing is merged: the caller refuses the
 * join, so nothing is lost. The merge is nobody's change to undo: the household's undo point is dropped, so
 * "undo" never takes a joiner's lines back out, nor puts back what the merge added to.
 */
export function mergeInto(household: TrolleyState, joining: readonly TrolleyLine[]): Merge {
  let state: TrolleyState = household;
  for (const line of joining) {
    const added = apply(state, { kind: 'add', items: [requestFor(line)] });
    if (added.outcome.kind === 'trolleyFull') return { ok: false, reason: 'full', maxLines: LIMITS.maxLines };
    if (added.outcome.kind === 'tooMany') {
      state = apply(state, { kind: 'change', item: line, quantity: maxQuantityIn(line.unit), ...unitOf(line) }).state;
    } else if (added.changed) state = added.state;
  }
  const { trolley, thatKey, removed } = state;
  const kept = { ...(thatKey === undefined ? {} : { thatKey }), ...(removed === undefined ? {} : { removed }) };
  return { ok: true, state: { trolley, ...kept }, merged: joining.length };
}

function requestFor(line: TrolleyLine): ItemRequest {
  const { quantity, unit, ...item } = line;
  return { item, ...(quantity === undefined ? {} : { quantity }), ...(unit === undefined ? {} : { unit }) };
}

function unitOf(line: TrolleyLine): { unit?: NonNullable<TrolleyLine['unit']> } {
  return line.unit === undefined ? {} : { unit: line.unit };
}
