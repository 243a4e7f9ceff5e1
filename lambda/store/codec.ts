import { AISLES, type AisleId } from '../catalogue/types';
import { LIMITS } from '../domain/limits';
import { EMPTY_STATE, type ChangeKind, type TrolleyLine, type TrolleyState } from '../domain/trolley';
import { isUnitId } from '../domain/units';
import type { Attributes } from './dynamoDbPersistenceAdapter';

/**
 * How a trolley sits in the persistent attributes map. `schema` lets later versions migrate old items.
 * Other keys in the map (another feature's, or the official adapter's users') are kept untouched.
 */
const SCHEMA = 1;
const CHANGE_KINDS: readonly ChangeKind[] = ['add', 'remove', 'change', 'clear'];

export function encodeState(state: TrolleyState, previous: Attributes = {}): Attributes {
  const { undo: _oldUndo, lastKey: _oldLastKey, removed: _oldRemoved, ...others } = previous;
  return {
    ...others,
    schema: SCHEMA,
    trolley: { lines: state.trolley.lines.map(encodeLine) },
    ...(state.undo ? { undo: { change: state.undo.change, lines: state.undo.lines.map(encodeLine) } } : {}),
    ...(state.lastKey === undefined ? {} : { lastKey: state.lastKey }),
    ...(state.removed && state.removed.length > 0 ? { removed: state.removed.map(encodeLine) } : {}),
  };
}

function encodeLine(line: TrolleyLine): Attributes {
  return { ...line };
}

/** Reads what is stored defensively: anything malformed is dropped rather than crashing a conversation. */
export function decodeState(attributes: Attributes): TrolleyState {
  const trolley = attributes.trolley;
  if (!isRecord(trolley)) return EMPTY_STATE;
  const lines = decodeLines(trolley.lines);
  const lastKey = attributes.lastKey;
  const remembered = {
    ...(typeof lastKey === 'string' && lines.some((line) => line.key === lastKey) ? { lastKey } : {}),
    ...removedLines(attributes.removed),
  };
  const undo = attributes.undo;
  const change = isRecord(undo) ? undo.change : undefined;
  if (isRecord(undo) && CHANGE_KINDS.includes(change as ChangeKind)) {
    return {
      trolley: { lines },
      undo: { change: change as ChangeKind, lines: decodeLines(undo.lines) },
      ...remembered,
    };
  }
  return { trolley: { lines }, ...remembered };
}

/** Lines taken out lately, for "put the rice back": bounded like everything else read back. */
function removedLines(value: unknown): { removed?: TrolleyLine[] } {
  const removed = decodeLines(value).slice(0, LIMITS.maxRememberedRemovals);
  return removed.length > 0 ? { removed } : {};
}

function decodeLines(value: unknown): TrolleyLine[] {
  if (!Array.isArray(value)) return [];
  return value
    .flatMap((raw) => {
      const line = decodeLine(raw);
      return line ? [line] : [];
    })
    .slice(0, LIMITS.maxLines);
}

function decodeLine(raw: unknown): TrolleyLine | undefined {
  if (!isRecord(raw)) return undefined;
  const { key, name, plural, countable, aisle, quantity, unit } = raw;
  if (typeof key !== 'string' || typeof name !== 'string' || !key || !name) return undefined;
  return {
    key,
    name: name.slice(0, LIMITS.maxNameLength),
    ...(typeof plural === 'string' ? { plural: plural.slice(0, LIMITS.maxNameLength + 4) } : {}),
    countable: countable === true,
    aisle: AISLES.includes(aisle as AisleId) ? (aisle as AisleId) : 'other',
    ...(typeof quantity === 'number' && Number.isFinite(quantity) && quantity > 0 ? { quantity } : {}),
    ...(typeof unit === 'string' && isUnitId(unit) ? { unit } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
