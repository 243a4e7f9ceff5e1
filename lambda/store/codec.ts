import { LIMITS } from '../domain/limits';
import {
  EMPTY_STATE,
  lineIdOf,
  undoPointFor,
  type ChangeKind,
  type TrolleyLine,
  type TrolleyState,
  type UndoPoint,
} from '../domain/trolley';
import { isUnitId } from '../domain/units';
import { isRecord, readItemIdentity } from '../domain/untrusted';

/** A stored item's `attributes` map, as the official adapter's layout has it. */
export type Attributes = Record<string, unknown>;

/**
 * How a trolley sits in the attributes map, schema 2:
 *
 *   { schema: 2,
 *     lines: { <lineId>: { key, name, plural?, countable, aisle, quantity?, unit?, order } },
 *     undo?: { change, restore: [ <line with order> ], drop: [ <lineId> ] },
 *     lastKey?: <item key>,   (the line "that" refers to: `thatKey` in the domain)
 *     removed?: [ <line> ] }   (lines taken out lately, latest first, for "put the rice back")
 *
 * Lines are a map keyed by line id, so one change can update just its own lines (see updatePlan.ts);
 * `order` keeps the order lines were added in. Schema 1 kept `trolley: { lines: [ … ] }` and a whole-trolley
 * undo snapshot; it is read as it is and rewritten as schema 2 on the next change. Other keys in the map
 * (another feature's, or the official adapter's users') are kept untouched.
 *
 * Lines keep their wording (name, plural, aisle) as it was when added, rather than only the catalogue key:
 * the words are the person's own for uncatalogued items, they are in the locale the line was said in, and
 * any version of the skill (or the official adapter's users) can read them without the catalogue.
 */
export const SCHEMA = 2;
const CHANGE_KINDS: readonly ChangeKind[] = ['add', 'remove', 'change', 'clear'];
/** Where the trolley's `thatKey` is stored: its name from before it had that one, kept for stored data. */
export const THAT_KEY_ATTRIBUTE = 'lastKey';
const TROLLEY_KEYS = ['schema', 'trolley', 'lines', 'undo', THAT_KEY_ATTRIBUTE, 'removed'] as const;

export type StoredSchema = 'none' | 1 | 2;

/** A schema newer than this code knows: reading it is a guess and writing it would destroy it. */
export class UnknownSchemaError extends Error {
  constructor(readonly schema: unknown) {
    super(`The stored trolley has schema ${String(schema)}, newer than this skill knows`);
    this.name = 'UnknownSchemaError';
  }
}

/** Which layout an attributes map is in. */
export function schemaOf(attributes: Attributes): StoredSchema {
  const schema = attributes.schema;
  if (schema === SCHEMA) return 2;
  if (typeof schema === 'number' && schema > SCHEMA) throw new UnknownSchemaError(schema);
  if (schema === 1 || isRecord(attributes.trolley)) return 1;
  return 'none';
}

/** Reads what is stored defensively: anything malformed is dropped rather than crashing a conversation. */
export function decodeState(attributes: Attributes): TrolleyState {
  const schema = schemaOf(attributes);
  if (schema === 'none') return EMPTY_STATE;
  return schema === 2 ? decodeSchema2(attributes) : decodeSchema1(attributes);
}

function decodeSchema2(attributes: Attributes): TrolleyState {
  const lines = decodeLineMap(attributes.lines);
  const undo = decodeUndo(attributes.undo);
  return withMemory(lines, undo, attributes);
}

function decodeSchema1(attributes: Attributes): TrolleyState {
  const trolley = attributes.trolley;
  const lines = isRecord(trolley) ? decodeLines(trolley.lines) : [];
  const undo = attributes.undo;
  const change = isRecord(undo) ? undo.change : undefined;
  // Schema 1 kept the whole trolley as it was before the last change: the lines it touched are those that differ.
  const undoPoint =
    isRecord(undo) && CHANGE_KINDS.includes(change as ChangeKind)
      ? undoPointFor(change as ChangeKind, decodeLines(undo.lines), lines)
      : undefined;
  return withMemory(lines, undoPoint, attributes);
}

function withMemory(lines: TrolleyLine[], undo: UndoPoint | undefined, attributes: Attributes): TrolleyState {
  const thatKey = attributes[THAT_KEY_ATTRIBUTE];
  const remembered = typeof thatKey === 'string' && lines.some((line) => line.key === thatKey) ? { thatKey } : {};
  return { trolley: { lines }, ...(undo ? { undo } : {}), ...remembered, ...removedLines(attributes.removed) };
}

function decodeUndo(value: unknown): UndoPoint | undefined {
  if (!isRecord(value) || !CHANGE_KINDS.includes(value.change as ChangeKind)) return undefined;
  const drop = Array.isArray(value.drop) ? value.drop.filter((id): id is string => typeof id === 'string') : [];
  return { change: value.change as ChangeKind, restore: decodeLines(value.restore), drop };
}

export interface StoredOrder {
  readonly key: string;
  readonly order: number;
}

/** The stored order of every line, and of every line the undo record would put back, by line id. */
export function storedOrders(attributes: Attributes): Map<string, StoredOrder> {
  const orders = new Map<string, StoredOrder>();
  const undo = attributes.undo;
  const records = [
    ...(isRecord(attributes.lines) ? Object.values(attributes.lines) : []),
    ...(isRecord(undo) && Array.isArray(undo.restore) ? undo.restore : []),
  ];
  for (const raw of records) {
    const line = decodeLine(raw);
    if (line && isRecord(raw) && typeof raw.order === 'number') {
      orders.set(lineIdOf(line), { key: line.key, order: raw.order });
    }
  }
  return orders;
}

/**
 * The whole trolley as schema 2, over what was stored before (whose other keys are kept). Lines keep the
 * order they had; lines new to the trolley are ordered after it, in the order given.
 */
export function encodeState(state: TrolleyState, previous: Attributes, now: number): Attributes {
  const others = Object.fromEntries(
    Object.entries(previous).filter(([key]) => !(TROLLEY_KEYS as readonly string[]).includes(key)),
  );
  const orders = orderFor(state, previous, now);
  return {
    ...others,
    schema: SCHEMA,
    lines: Object.fromEntries(state.trolley.lines.map((line) => [lineIdOf(line), encodeLine(line, orders(line))])),
    ...(state.undo ? { undo: encodeUndo(state.undo, orders) } : {}),
    ...(state.thatKey === undefined ? {} : { [THAT_KEY_ATTRIBUTE]: state.thatKey }),
    ...(state.removed && state.removed.length > 0 ? { removed: encodeRemoved(state.removed) } : {}),
  };
}

/** Lines taken out keep no order: they are no longer in the trolley. */
export function encodeRemoved(removed: readonly TrolleyLine[]): Attributes[] {
  return removed.map((line) => ({ ...line }));
}

/**
 * How a line's order is chosen: the one stored for it; else that of the line of the same item it replaces
 * ("milk", then "two pints of milk", keeps its place); else the next after everything stored, and now.
 */
export function orderFor(
  state: TrolleyState,
  previous: Attributes,
  now: number,
  known: ReadonlyMap<string, StoredOrder> = storedOrders(previous),
): (line: TrolleyLine) => number {
  const ids = new Set(state.trolley.lines.map(lineIdOf));
  const replaced = new Map<string, number>();
  for (const [id, stored] of known) if (!ids.has(id)) replaced.set(stored.key, stored.order);
  const fresh = new Map<string, number>();
  const start = Math.max(now, ...[...known.values()].map((stored) => stored.order + 1));
  for (const line of state.trolley.lines) {
    const id = lineIdOf(line);
    if (known.has(id)) continue;
    const inherited = replaced.get(line.key);
    replaced.delete(line.key);
    fresh.set(id, inherited ?? start + fresh.size / 1000);
  }
  return (line) => known.get(lineIdOf(line))?.order ?? fresh.get(lineIdOf(line)) ?? start;
}

export function encodeLine(line: TrolleyLine, order: number): Attributes {
  return { ...line, order };
}

export function encodeUndo(undo: UndoPoint, orders: (line: TrolleyLine) => number): Attributes {
  return { change: undo.change, restore: undo.restore.map((line) => encodeLine(line, orders(line))), drop: undo.drop };
}

function decodeLineMap(value: unknown): TrolleyLine[] {
  if (!isRecord(value)) return [];
  const entries = Object.values(value).flatMap((raw) => {
    const line = decodeLine(raw);
    const order = isRecord(raw) && typeof raw.order === 'number' ? raw.order : Number.MAX_SAFE_INTEGER;
    return line ? [{ line, order }] : [];
  });
  entries.sort((a, b) => a.order - b.order || lineIdOf(a.line).localeCompare(lineIdOf(b.line)));
  return entries.map(({ line }) => line).slice(0, LIMITS.maxLines);
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
  const identity = readItemIdentity(raw);
  if (!identity || !isRecord(raw)) return undefined;
  const { quantity, unit } = raw;
  return {
    ...identity,
    ...(typeof quantity === 'number' && Number.isFinite(quantity) && quantity > 0 ? { quantity } : {}),
    ...(typeof unit === 'string' && isUnitId(unit) ? { unit } : {}),
  };
}
