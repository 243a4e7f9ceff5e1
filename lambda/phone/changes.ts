import { removeShownLine, type ShownLine } from '../domain/lineRemoval';
import { itemRequestsFor } from '../domain/itemRequests';
import { apply, type Applied, type TrolleyState } from '../domain/trolley';
import { isUnitId } from '../domain/units';

/** What the page asks of the trolley. Each carries the page's own id, so a change resent is applied once. */
export type PageChange =
  | { readonly kind: 'tick'; readonly id: string; readonly line: ShownLine }
  | { readonly kind: 'add'; readonly id: string; readonly text: string }
  /** The Undo after a tick: puts that line back, never anything else. */
  | { readonly kind: 'untick'; readonly id: string; readonly line: ShownLine }
  /** The trolley's own undo, as "undo" by voice: the last change, whoever made it. */
  | { readonly kind: 'undo'; readonly id: string };

/** Long enough for any line's key or a typed list; anything longer did not come from the page. */
const MAX_TEXT_LENGTH = 500;
const ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT_LENGTH;

function shownLineOf(body: Record<string, unknown>): ShownLine | undefined {
  const { key, unit, name } = body;
  if (!isText(key) || !key || !isText(name) || !name || !isText(unit)) return undefined;
  if (unit === '') return { key, name };
  return isUnitId(unit) ? { key, unit, name } : undefined;
}

/** Reads a change from the page's JSON body; undefined for anything that isn't one. Nothing in it is trusted. */
export function parsePageChange(kind: string, body: unknown): PageChange | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const fields = body as Record<string, unknown>;
  const id = fields.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return undefined;
  switch (kind) {
    case 'tick':
    case 'untick': {
      const line = shownLineOf(fields);
      return line ? { kind, id, line } : undefined;
    }
    case 'add':
      return isText(fields.text) ? { kind, id, text: fields.text } : undefined;
    case 'undo':
      return { kind, id };
    default:
      return undefined;
  }
}

/** Why typed words could not be added: the page says so, and nothing changes. */
export type AddRefusal = 'empty' | 'tooLong' | 'tooManyAtOnce';

/**
 * The change to the trolley, for `TrolleyStore.update`. Typed words are read the way spoken ones are;
 * a tick takes out exactly the line shown; an untick puts back only that line, and only if it is gone.
 */
export function changeFor(
  change: PageChange,
  locale: string,
): { ok: true; apply: (state: TrolleyState) => Applied } | { ok: false; reason: AddRefusal } {
  switch (change.kind) {
    case 'tick':
      return { ok: true, apply: (state) => removeShownLine(state, change.line) };
    case 'untick':
      return { ok: true, apply: (state) => putBackShownLine(state, change.line) };
    case 'undo':
      return { ok: true, apply: (state) => apply(state, { kind: 'undo' }) };
    case 'add': {
      const wanted = itemRequestsFor([{ words: change.text }], {}, locale);
      if (!wanted.ok) return { ok: false, reason: wanted.reason };
      return { ok: true, apply: (state) => apply(state, { kind: 'add', items: wanted.requests }) };
    }
  }
}

function putBackShownLine(state: TrolleyState, shown: ShownLine): Applied {
  const there = state.trolley.lines.some((line) => line.key === shown.key && line.unit === shown.unit);
  const taken = (state.removed ?? []).find((line) => line.key === shown.key && line.unit === shown.unit);
  if (there || !taken) {
    const item = { key: shown.key, name: shown.name, countable: false, aisle: 'other' as const };
    return { state, outcome: { kind: 'notFound', item }, changed: false };
  }
  return apply(state, { kind: 'putBack', item: { item: taken } });
}
