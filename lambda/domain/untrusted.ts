import { AISLES, type AisleId } from '../catalogue/types';
import type { ItemIdentity } from './item';
import { LIMITS } from './limits';

/**
 * Reading what came from outside (a stored item, session attributes a request sent back): a value is only
 * as sound as whatever wrote it, so these read it field by field and never trust its shape.
 */

/** True for a plain object (not null, not an array): the only shape a record can be read from. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What an item is, read from a record written earlier; undefined when it has no key or name. Names are
 * bounded as the domain bounds them, and an unknown aisle is "other".
 */
export function readItemIdentity(raw: unknown): ItemIdentity | undefined {
  if (!isRecord(raw)) return undefined;
  const { key, name, plural, countable, aisle } = raw;
  if (typeof key !== 'string' || typeof name !== 'string' || !key || !name) return undefined;
  return {
    key,
    name: name.slice(0, LIMITS.maxNameLength),
    ...(typeof plural === 'string' ? { plural: plural.slice(0, LIMITS.maxNameLength + 4) } : {}),
    countable: countable === true,
    aisle: AISLES.includes(aisle as AisleId) ? (aisle as AisleId) : 'other',
  };
}
