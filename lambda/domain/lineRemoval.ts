import { apply, type Applied, type TrolleyState } from './trolley';
import type { UnitId } from './units';

/** One line as a screen showed it: a touch on an Echo Show, a tick on the phone page. */
export interface ShownLine {
  readonly key: string;
  readonly unit?: UnitId | undefined;
  /** How the item is named ("tins of tuna"), so a line another device already took out can be named. */
  readonly name: string;
}

/**
 * Takes out exactly the line a screen showed, read from what is stored now: another device may have changed
 * or removed it since. A line already gone changes nothing, so a touch or tick sent twice takes out one line.
 */
export function removeShownLine(state: TrolleyState, shown: ShownLine): Applied {
  const line = state.trolley.lines.find((candidate) => candidate.key === shown.key && candidate.unit === shown.unit);
  if (!line) {
    const item = { key: shown.key, name: shown.name, countable: false, aisle: 'other' as const };
    return { state, outcome: { kind: 'notFound', item }, changed: false };
  }
  return apply(state, {
    kind: 'remove',
    item: line,
    exactLine: true,
    ...(line.unit === undefined ? {} : { unit: line.unit }),
  });
}
