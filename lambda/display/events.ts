import { isUnitId, type UnitId } from '../domain/units';

/** The token of the trolley document: a UserEvent carrying any other token is not from this screen. */
export const TROLLEY_TOKEN = 'trolley';

/** The first SendEvent argument of a line's remove control; the rest are the line's key, unit and name. */
export const REMOVE_EVENT = 'remove';

/** Long enough for any line's name; a longer argument did not come from our document. */
const MAX_ARGUMENT_LENGTH = 200;

/** The line a touch on its remove control names: `["remove", key, unit or "", name as shown]`. */
export interface RemoveTarget {
  readonly key: string;
  readonly unit?: UnitId;
  /** How the item is named ("tins of tuna"), so a line another device already took out can be named. */
  readonly name: string;
}

const isShortString = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ARGUMENT_LENGTH;

/**
 * Reads the arguments of a UserEvent sent by a remove control; undefined for anything else. The arguments
 * come from a device, so nothing about them is trusted: wrong types, lengths or units are not a remove.
 */
export function parseRemoveArguments(args: unknown): RemoveTarget | undefined {
  if (!Array.isArray(args) || args.length !== 4) return undefined;
  const [event, key, unit, name] = args as unknown[];
  if (event !== REMOVE_EVENT || !isShortString(key) || !isShortString(unit) || !isShortString(name)) return undefined;
  if (!key || !name) return undefined;
  if (unit === '') return { key, name };
  return isUnitId(unit) ? { key, unit, name } : undefined;
}
