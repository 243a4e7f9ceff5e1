import type { UnitId } from './units';
import type { ItemIdentity } from './item';
import { LIMITS, maxQuantityIn } from './limits';
import { linesNamed } from './naming';
import { usualUnitFor } from './usualUnits';

/** One line of the trolley: an item, how many, and in what. */
export interface TrolleyLine extends ItemIdentity {
  /** How many; absent when the person named the item without a number ("add tomatoes"). */
  readonly quantity?: number;
  readonly unit?: UnitId;
}

export interface Trolley {
  readonly lines: readonly TrolleyLine[];
}

export type ChangeKind = 'add' | 'remove' | 'change' | 'clear';

/**
 * How to reverse the last change: only the lines it touched, so undoing one device's change never takes
 * back what another device did meanwhile.
 */
export interface UndoPoint {
  readonly change: ChangeKind;
  /** The lines the change removed or altered, as they were before it. */
  readonly restore: readonly TrolleyLine[];
  /** The ids (`lineIdOf`) of lines the change created, which undo takes out again. */
  readonly drop: readonly string[];
}

/**
 * Which line of the trolley a line is: one item in one unit ("milk" and "2 pints of milk" are two lines
 * only when both are there at once). The store keys stored lines by it.
 */
export function lineIdOf(line: { readonly key: string; readonly unit?: UnitId | undefined }): string {
  return line.unit === undefined ? line.key : `${line.key}|${line.unit}`;
}

/** What a change did to the lines, line by line: the undo point for it. */
export function undoPointFor(
  change: ChangeKind,
  before: readonly TrolleyLine[],
  after: readonly TrolleyLine[],
): UndoPoint {
  const afterById = new Map(after.map((line) => [lineIdOf(line), line]));
  const beforeIds = new Set(before.map(lineIdOf));
  return {
    change,
    restore: before.filter((line) => !sameContent(afterById.get(lineIdOf(line)), line)),
    drop: after.map(lineIdOf).filter((id) => !beforeIds.has(id)),
  };
}

/** True when two lines hold the same thing in the same words and amount. */
export function sameContent(a: TrolleyLine | undefined, b: TrolleyLine | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof TrolleyLine>;
  return [...keys].every((key) => a[key] === b[key]);
}

/** Everything kept for one user. */
export interface TrolleyState {
  readonly trolley: Trolley;
  readonly undo?: UndoPoint;
  /**
   * The key of the line the last change was about, so "make that three" knows what "that" is, even in the
   * next one-shot request. Unset after a change that touched several lines, or none.
   */
  readonly thatKey?: string;
  /** Lines taken out lately, the latest first, so "put the rice back" re-adds one as it was. Bounded. */
  readonly removed?: readonly TrolleyLine[];
}

export const EMPTY_STATE: TrolleyState = { trolley: { lines: [] } };

/**
 * The one answer to what "that" means in "make that three": the line the conversation is about (the
 * session's, after "how many eggs have I got?"), or else the line the last change was about (kept with the
 * trolley, so the next one-shot request knows it too).
 */
export function thatKeyOf(state: TrolleyState, conversation?: string): string | undefined {
  return conversation ?? state.thatKey;
}

export interface ItemRequest {
  readonly item: ItemIdentity;
  readonly quantity?: number;
  readonly unit?: UnitId;
}

/** One thing to take out: all of it, or some ("one tin of tuna"). */
export interface RemoveRequest {
  readonly item: ItemIdentity;
  readonly quantity?: number;
  readonly unit?: UnitId;
  /**
   * Only the line in exactly this unit, "no unit" included: a touch on one line of the screen, or
   * "make that zero", means that line, where "remove the milk" means every line of milk.
   */
  readonly exactLine?: boolean;
}

/** What a person asked the trolley to do, as `apply` takes it. */
export type Command =
  | { readonly kind: 'add'; readonly items: readonly ItemRequest[] }
  | ({ readonly kind: 'remove' } & RemoveRequest)
  /** "Remove the milk and the eggs": each comes out, in one change that one undo reverses. */
  | { readonly kind: 'removeSeveral'; readonly items: readonly RemoveRequest[] }
  /** "Put the rice back": the line as it was taken out; anything never taken out is simply added. */
  | { readonly kind: 'putBack'; readonly item: ItemRequest }
  /**
   * Sets how many of a line. Without an item ("make that three"), of the line "that" refers to (see
   * `thatKeyOf`): `thatKey` is the line the conversation is about, when it knows one.
   */
  | {
      readonly kind: 'change';
      readonly item?: ItemIdentity;
      readonly thatKey?: string;
      readonly quantity: number;
      readonly unit?: UnitId;
      /** Whose measures a bare number is read in, for things not counted one by one ("3 pints of milk"). */
      readonly locale?: string;
    }
  /** "Change the milk and the eggs to two": each set to the same amount, in one change. */
  | {
      readonly kind: 'changeSeveral';
      readonly items: readonly ItemIdentity[];
      readonly quantity: number;
      readonly unit?: UnitId;
      readonly locale?: string;
    }
  | { readonly kind: 'clear' }
  | { readonly kind: 'undo' };

/** A line as it was changed: the line afterwards and how much of it this change added or took away. */
export interface LineChange {
  readonly line: TrolleyLine;
  readonly delta: number | undefined;
  /** The line before this change, when the item was already in the trolley. */
  readonly before?: TrolleyLine;
}

/** What a command did, or why it did nothing: a union, never an exception, so every case gets its own words. */
export type Outcome =
  | { readonly kind: 'added'; readonly changes: readonly LineChange[]; readonly lineCount: number }
  | { readonly kind: 'trolleyFull'; readonly maxLines: number }
  /** Over the bound for its unit: `most` is the line as full as it may be ("10 kilos of mince"). */
  | { readonly kind: 'tooMany'; readonly item: ItemIdentity; readonly most: TrolleyLine }
  | { readonly kind: 'badQuantity'; readonly item: ItemIdentity }
  | {
      readonly kind: 'removed';
      readonly removed: TrolleyLine;
      readonly remaining?: TrolleyLine;
      readonly lineCount: number;
    }
  | {
      readonly kind: 'removedSeveral';
      readonly removals: readonly Removal[];
      /** What was named but is not in the trolley: said in the same answer. */
      readonly notFound: readonly ItemIdentity[];
      readonly lineCount: number;
    }
  /** Two or more lines fit what was said: nothing changed until the person says which. */
  | { readonly kind: 'whichOne'; readonly item: ItemIdentity; readonly candidates: readonly TrolleyLine[] }
  | { readonly kind: 'putBack'; readonly lines: readonly TrolleyLine[]; readonly lineCount: number }
  | { readonly kind: 'changed'; readonly line: TrolleyLine; readonly lineCount: number }
  | {
      readonly kind: 'changedSeveral';
      readonly lines: readonly TrolleyLine[];
      /** Lines "make that zero" took out. */
      readonly removed: readonly TrolleyLine[];
      readonly notFound: readonly ItemIdentity[];
      readonly lineCount: number;
    }
  /** "Make that three" with no line to refer to: nothing was changed yet, or that line has gone. */
  | { readonly kind: 'nothingToChange' }
  | { readonly kind: 'notFound'; readonly item: ItemIdentity; readonly closest?: TrolleyLine }
  | { readonly kind: 'cleared'; readonly count: number }
  | { readonly kind: 'alreadyEmpty' }
  | {
      readonly kind: 'undone';
      readonly change: ChangeKind;
      readonly lineCount: number;
      /** What the undo did, line by line, so it can say so ("the bread's back in your trolley"). */
      readonly restored: readonly TrolleyLine[];
      readonly takenOut: readonly TrolleyLine[];
      /** Lines as they are again after the undo ("3 tins of tuna"). */
      readonly reverted: readonly TrolleyLine[];
    }
  | { readonly kind: 'nothingToUndo' };

/** One line taken out, wholly or in part ("Took 1 tin of tuna out. You've got 2 tins left."). */
export interface Removal {
  readonly removed: TrolleyLine;
  readonly remaining?: TrolleyLine;
}

/** What `apply` returns: the state after the command, what happened, and whether anything needs writing. */
export interface Applied {
  readonly state: TrolleyState;
  readonly outcome: Outcome;
  /** False when the command changed nothing, so nothing needs writing. */
  readonly changed: boolean;
}

/** Applies one spoken command to a trolley. Pure: the same state and command always give the same result. */
export function apply(state: TrolleyState, command: Command): Applied {
  switch (command.kind) {
    case 'add':
      return addItems(state, command.items);
    case 'remove':
      return removeOne(state, command);
    case 'removeSeveral':
      return removeSeveral(state, command.items);
    case 'putBack':
      return putBack(state, command.item);
    case 'change':
      return changeItem(state, command);
    case 'changeSeveral':
      return changeSeveral(state, command);
    case 'clear':
      return clearTrolley(state);
    case 'undo':
      return undoLastChange(state);
  }
}

/** Quantities are kept to two decimals so "1.5 kilos" stays 1.5 and float noise never reaches speech. */
export function tidy(quantity: number): number {
  return Math.round(quantity * 100) / 100;
}

/** The smallest amount a line can hold: quantities are kept to two decimals. */
export const SMALLEST_QUANTITY = 0.01;

/** True for a whole or decimal number a trolley can hold: at least 0.01, so rounding never leaves nothing. */
export function isValidQuantity(quantity: number | undefined): boolean {
  return quantity === undefined || (Number.isFinite(quantity) && tidy(quantity) >= SMALLEST_QUANTITY);
}

function unchanged(state: TrolleyState, outcome: Outcome): Applied {
  return { state, outcome, changed: false };
}

function changedTo(
  state: TrolleyState,
  change: ChangeKind,
  lines: readonly TrolleyLine[],
  outcome: Outcome,
  thatKey?: string,
  takenOut: readonly TrolleyLine[] = [],
): Applied {
  const removed = remembered([...takenOut, ...(state.removed ?? [])]);
  return {
    state: {
      trolley: { lines },
      undo: undoPointFor(change, state.trolley.lines, lines),
      ...(thatKey === undefined ? {} : { thatKey }),
      ...(removed.length === 0 ? {} : { removed }),
    },
    outcome,
    changed: true,
  };
}

/** The latest removal of each item, bounded. */
function remembered(lines: readonly TrolleyLine[]): TrolleyLine[] {
  const seen = new Set<string>();
  return lines
    .filter((line) => !seen.has(line.key) && Boolean(seen.add(line.key)))
    .slice(0, LIMITS.maxRememberedRemovals);
}

function tooMany(item: ItemIdentity, unit: UnitId | undefined): Outcome {
  const most = maxQuantityIn(unit);
  return { kind: 'tooMany', item, most: { ...item, quantity: most, ...(unit === undefined ? {} : { unit }) } };
}

const sameLine = (line: TrolleyLine, key: string, unit: UnitId | undefined) => line.key === key && line.unit === unit;

function addQuantities(existing: number | undefined, added: number | undefined): number | undefined {
  if (existing === undefined) return added;
  if (added === undefined) return existing;
  return tidy(existing + added);
}

function addItems(state: TrolleyState, requests: readonly ItemRequest[]): Applied {
  const lines = [...state.trolley.lines];
  const changes: LineChange[] = [];
  for (const request of requests) {
    if (!isValidQuantity(request.quantity)) return unchanged(state, { kind: 'badQuantity', item: request.item });
    const index = lineToAddTo(lines, request);
    const existing = index >= 0 ? lines[index] : undefined;
    const quantity = addQuantities(
      existing?.quantity,
      request.quantity === undefined ? undefined : tidy(request.quantity),
    );
    const unitOfLine = existing?.unit ?? request.unit;
    if (quantity !== undefined && quantity > maxQuantityIn(unitOfLine)) {
      return unchanged(state, tooMany(request.item, unitOfLine));
    }
    const line: TrolleyLine = {
      ...request.item,
      ...(quantity === undefined ? {} : { quantity }),
      ...(request.unit === undefined ? {} : { unit: request.unit }),
    };
    if (existing) {
      // Keep the wording the trolley already uses, so a line is not renamed by how it was said this time.
      lines[index] = {
        ...existing,
        ...(quantity === undefined ? {} : { quantity }),
        ...(existing.unit === undefined && request.unit !== undefined ? { unit: request.unit } : {}),
      };
    } else {
      if (lines.length >= LIMITS.maxLines) return unchanged(state, { kind: 'trolleyFull', maxLines: LIMITS.maxLines });
      lines.push(line);
    }
    const after = lines[index >= 0 ? index : lines.length - 1] as TrolleyLine;
    changes.push({ line: after, delta: request.quantity, ...(existing ? { before: existing } : {}) });
  }
  const only = changes.length === 1 ? changes[0]?.line.key : undefined;
  return changedTo(state, 'add', lines, { kind: 'added', changes, lineCount: lines.length }, only);
}

/**
 * The line an add goes to: the same item in the same unit; else, for an item named with no amount
 * ("milk" when there are 2 pints), any line of it; else a line of it that has no amount yet, which takes
 * the one now said ("milk", then "two pints of milk", is one line of 2 pints). -1 for a new line.
 */
function lineToAddTo(lines: readonly TrolleyLine[], request: ItemRequest): number {
  const key = request.item.key;
  const same = lines.findIndex((line) => sameLine(line, key, request.unit));
  if (same >= 0) return same;
  if (request.quantity === undefined && request.unit === undefined) return lines.findIndex((line) => line.key === key);
  return lines.findIndex((line) => line.key === key && line.quantity === undefined && line.unit === undefined);
}

function findLines(lines: readonly TrolleyLine[], key: string, unit: UnitId | undefined): number[] {
  const sameItem = lines.flatMap((line, index) => (line.key === key ? [index] : []));
  const sameUnit = sameItem.filter((index) => lines[index]?.unit === unit);
  return unit !== undefined && sameUnit.length > 0 ? sameUnit : sameItem;
}

/** What one request takes out of `lines`, or why it can't: not there, or "which one?". */
type Taken =
  | { readonly kind: 'taken'; readonly lines: readonly TrolleyLine[]; readonly removal: Removal }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'whichOne'; readonly candidates: readonly TrolleyLine[] };

function take(lines: readonly TrolleyLine[], request: RemoveRequest): Taken {
  const { item, quantity, unit } = request;
  let matches: number[];
  if (request.exactLine) {
    matches = lines.flatMap((line, index) => (sameLine(line, item.key, unit) ? [index] : []));
  } else {
    const named = linesNamed(lines, item);
    if (named.kind === 'several') return { kind: 'whichOne', candidates: named.candidates };
    matches = named.kind === 'one' ? findLines(lines, named.key, unit) : [];
  }
  const first = matches[0];
  if (first === undefined) return { kind: 'notFound' };
  const target = lines[first] as TrolleyLine;
  if (
    quantity !== undefined &&
    target.quantity !== undefined &&
    tidy(target.quantity - quantity) >= SMALLEST_QUANTITY
  ) {
    const remaining: TrolleyLine = { ...target, quantity: tidy(target.quantity - quantity) };
    return {
      kind: 'taken',
      lines: lines.map((line, index) => (index === first ? remaining : line)),
      removal: { removed: { ...target, quantity }, remaining },
    };
  }
  // Without a quantity, "remove the milk" takes every line of milk, whatever it is counted in.
  const dropped = quantity === undefined ? new Set(matches) : new Set([first]);
  return { kind: 'taken', lines: lines.filter((_, index) => !dropped.has(index)), removal: { removed: target } };
}

function removeOne(state: TrolleyState, request: RemoveRequest): Applied {
  if (!isValidQuantity(request.quantity)) return unchanged(state, { kind: 'badQuantity', item: request.item });
  const lines = state.trolley.lines;
  const taken = take(lines, request);
  if (taken.kind === 'notFound') return unchanged(state, notFound(lines, request.item));
  if (taken.kind === 'whichOne') {
    return unchanged(state, { kind: 'whichOne', item: request.item, candidates: taken.candidates });
  }
  const { removal } = taken;
  const outcome: Outcome = { kind: 'removed', ...removal, lineCount: taken.lines.length };
  if (removal.remaining) return changedTo(state, 'remove', taken.lines, outcome, removal.remaining.key);
  return changedTo(state, 'remove', taken.lines, outcome, undefined, [removal.removed]);
}

/**
 * Takes out each thing named, in one change. Anything that isn't there is named in the answer; if any
 * one of them fits two or more lines, nothing changes until the person says which.
 */
function removeSeveral(state: TrolleyState, requests: readonly RemoveRequest[]): Applied {
  const [only] = requests;
  if (requests.length === 1 && only) return removeOne(state, only);
  let lines = state.trolley.lines;
  const removals: Removal[] = [];
  const missing: ItemIdentity[] = [];
  for (const request of requests) {
    if (!isValidQuantity(request.quantity)) return unchanged(state, { kind: 'badQuantity', item: request.item });
    const taken = take(lines, request);
    if (taken.kind === 'whichOne') {
      return unchanged(state, { kind: 'whichOne', item: request.item, candidates: taken.candidates });
    }
    if (taken.kind === 'notFound') missing.push(request.item);
    else {
      lines = taken.lines;
      removals.push(taken.removal);
    }
  }
  const outcome: Outcome = { kind: 'removedSeveral', removals, notFound: missing, lineCount: lines.length };
  if (removals.length === 0) return unchanged(state, outcome);
  const whole = removals.filter((removal) => !removal.remaining).map((removal) => removal.removed);
  return changedTo(state, 'remove', lines, outcome, undefined, whole);
}

/**
 * "Put the rice back", "actually I do need the rice": the line as it was taken out. When taking it out
 * was the last change, that is exactly undo; something never taken out is simply added.
 */
function putBack(state: TrolleyState, request: ItemRequest): Applied {
  const lines = state.trolley.lines;
  const gone = (state.removed ?? []).filter((line) => !lines.some((present) => present.key === line.key));
  const named = linesNamed(gone, request.item);
  // Of several that fit, the one taken out last: the memory is latest first.
  const line =
    named.kind === 'one'
      ? gone.find((candidate) => candidate.key === named.key)
      : named.kind === 'several'
        ? named.candidates[0]
        : undefined;
  if (!line) return addItems(state, [request]);
  const undo = state.undo;
  const stillThere = (old: TrolleyLine) => lines.some((now) => sameLine(now, old.key, old.unit));
  const lastRemoval = undo?.change === 'remove' ? undo.restore.filter((old) => !stillThere(old)) : [];
  if (lastRemoval.length > 0 && lastRemoval.every((old) => old.key === line.key)) {
    const restored = undoLastChange(state);
    const count = restored.state.trolley.lines.length;
    return { ...restored, outcome: { kind: 'putBack', lines: lastRemoval, lineCount: count } };
  }
  if (lines.length >= LIMITS.maxLines) return unchanged(state, { kind: 'trolleyFull', maxLines: LIMITS.maxLines });
  const next = [...lines, line];
  return changedTo(state, 'add', next, { kind: 'putBack', lines: [line], lineCount: next.length }, line.key);
}

function changeItem(state: TrolleyState, command: Extract<Command, { kind: 'change' }>): Applied {
  const { item, quantity, unit } = command;
  const lines = state.trolley.lines;
  const named = item ? linesNamed(lines, item) : undefined;
  if (item && named?.kind === 'several') {
    return unchanged(state, { kind: 'whichOne', item, candidates: named.candidates });
  }
  const key = named?.kind === 'one' ? named.key : (item?.key ?? thatKeyOf(state, command.thatKey));
  const first = key === undefined ? undefined : lines.findIndex((line) => line.key === key);
  if (first === undefined || (first < 0 && !item)) return unchanged(state, { kind: 'nothingToChange' });
  if (first < 0) return unchanged(state, notFound(lines, item as ItemIdentity));
  const target = lines[first] as TrolleyLine;
  // "Make that none" means it's not needed at all.
  if (quantity === 0) return removeOne(state, { item: target, exactLine: true, ...unitOf(target) });
  if (!isValidQuantity(quantity)) return unchanged(state, { kind: 'badQuantity', item: target });
  const counted = unitAfterChange(target, item, unit, command.locale);
  if (quantity > maxQuantityIn(counted.unit)) return unchanged(state, tooMany(target, counted.unit));
  const changedLine: TrolleyLine = { ...withoutUnit(target), quantity: tidy(quantity), ...counted };
  const next = lines.map((line, index) => (index === first ? changedLine : line));
  return changedTo(state, 'change', next, { kind: 'changed', line: changedLine, lineCount: next.length }, key);
}

/** Each named line set to the same amount, one after another, as one change that one undo reverses. */
function changeSeveral(state: TrolleyState, command: Extract<Command, { kind: 'changeSeveral' }>): Applied {
  const { items, kind: _kind, ...amount } = command;
  let current = state;
  const lines: TrolleyLine[] = [];
  const removed: TrolleyLine[] = [];
  const missing: ItemIdentity[] = [];
  for (const item of items) {
    const step = changeItem(current, { kind: 'change', item, ...amount });
    const { outcome } = step;
    if (outcome.kind === 'whichOne' || outcome.kind === 'badQuantity' || outcome.kind === 'tooMany') {
      return unchanged(state, outcome);
    }
    if (outcome.kind === 'changed') lines.push(outcome.line);
    else if (outcome.kind === 'removed') removed.push(outcome.removed);
    else missing.push(item);
    current = step.state;
  }
  const count = current.trolley.lines.length;
  const outcome: Outcome = { kind: 'changedSeveral', lines, removed, notFound: missing, lineCount: count };
  if (lines.length === 0 && removed.length === 0) return unchanged(state, outcome);
  const { thatKey: _thatKey, ...after } = current;
  const undo = undoPointFor('change', state.trolley.lines, current.trolley.lines);
  return { state: { ...after, undo }, outcome, changed: true };
}

function unitOf(line: TrolleyLine): { unit?: UnitId } {
  return line.unit === undefined ? {} : { unit: line.unit };
}

function withoutUnit(line: TrolleyLine): TrolleyLine {
  const { unit: _unit, ...rest } = line;
  return rest;
}

/**
 * The unit a changed line is counted in. A unit said wins ("two pints"). "Make that three" keeps the line's
 * ("three tins"); but naming a countable thing with a bare number ("I only need six eggs") counts the
 * things themselves. Mass nouns keep theirs: "change the milk to two" is two pints. A dozen is a number,
 * not a container, so a bare number after "a dozen eggs" counts eggs ("two dozen" is said as such).
 */
function unitAfterChange(
  target: TrolleyLine,
  named: ItemIdentity | undefined,
  unit: UnitId | undefined,
  locale: string | undefined,
): { unit?: UnitId } {
  if (unit !== undefined) return { unit };
  if (target.unit === undefined && target.plural === undefined) return { unit: usualUnitFor(target, locale) };
  if (target.unit === undefined || target.unit === 'dozen' || (named !== undefined && target.countable)) return {};
  return { unit: target.unit };
}

function clearTrolley(state: TrolleyState): Applied {
  const count = state.trolley.lines.length;
  if (count === 0) return unchanged(state, { kind: 'alreadyEmpty' });
  return changedTo(state, 'clear', [], { kind: 'cleared', count }, undefined, state.trolley.lines);
}

/**
 * Puts back the lines the last change touched, as they were, and takes out the ones it created; lines it
 * did not touch stay as they are now. Lines it had removed come back at the end: the store keeps their
 * place in the shopping order.
 */
function undoLastChange(state: TrolleyState): Applied {
  if (!state.undo) return unchanged(state, { kind: 'nothingToUndo' });
  const { restore, drop } = state.undo;
  const touched = new Set([...drop, ...restore.map(lineIdOf)]);
  const restoring = new Map(restore.map((line) => [lineIdOf(line), line]));
  const kept = state.trolley.lines.flatMap((line) => {
    const id = lineIdOf(line);
    if (!touched.has(id)) return [line];
    const previous = restoring.get(id);
    restoring.delete(id);
    return previous ? [previous] : [];
  });
  const lines = [...kept, ...restoring.values()].slice(0, LIMITS.maxLines);
  const touchedNow = state.trolley.lines.filter((line) => touched.has(lineIdOf(line)));
  const { restored, takenOut, reverted } = differences(restore, touchedNow);
  const removed = (state.removed ?? []).filter((line) => !lines.some((back) => back.key === line.key));
  return {
    state: { trolley: { lines }, ...(removed.length === 0 ? {} : { removed }) },
    outcome: { kind: 'undone', change: state.undo.change, lineCount: lines.length, restored, takenOut, reverted },
    changed: true,
  };
}

/**
 * How `before` differs from `now`, line by line: lines only before, lines only now, and lines in both
 * whose amount differs (as they were before). A line is the same line in the same unit, or failing that
 * the one line of its item left over ("milk" that became "3 pints of milk").
 */
function differences(before: readonly TrolleyLine[], now: readonly TrolleyLine[]) {
  const exact = (a: TrolleyLine, b: TrolleyLine) => a.key === b.key && a.unit === b.unit;
  const oldLeft = before.filter((line) => !now.some((current) => exact(current, line)));
  const newLeft = now.filter((current) => !before.some((line) => exact(current, line)));
  const moved = oldLeft.filter((line) => newLeft.some((current) => current.key === line.key));
  return {
    restored: oldLeft.filter((line) => !moved.includes(line)),
    takenOut: newLeft.filter((current) => !moved.some((line) => line.key === current.key)),
    reverted: before.filter(
      (line) =>
        moved.includes(line) || now.some((current) => exact(current, line) && current.quantity !== line.quantity),
    ),
  };
}

/** What the trolley holds of an item: the answer to "is there milk?" and "how many eggs have I got?". */
export type Holding =
  | { readonly kind: 'has'; readonly lines: readonly TrolleyLine[] }
  | { readonly kind: 'hasNone'; readonly item: ItemIdentity; readonly closest?: TrolleyLine };

/** Every line the words name: "is there milk?" with semi skimmed and oat milk in it is answered with both. */
export function holdingOf(trolley: Trolley, item: ItemIdentity): Holding {
  const named = linesNamed(trolley.lines, item);
  const keys = named.kind === 'one' ? [named.key] : named.kind === 'several' ? named.candidates.map((l) => l.key) : [];
  const lines = trolley.lines.filter((line) => keys.includes(line.key));
  if (lines.length > 0) return { kind: 'has', lines };
  const closest = closestLine(trolley.lines, item.name);
  return closest ? { kind: 'hasNone', item, closest } : { kind: 'hasNone', item };
}

function notFound(lines: readonly TrolleyLine[], item: ItemIdentity): Outcome {
  const closest = closestLine(lines, item.name);
  return closest ? { kind: 'notFound', item, closest } : { kind: 'notFound', item };
}

/**
 * The line a person most likely meant when what they named is not in the trolley: one whose name contains
 * theirs as a word ("milk" → "oat milk"), or one spelled nearly the same.
 */
export function closestLine(lines: readonly TrolleyLine[], name: string): TrolleyLine | undefined {
  let best: { line: TrolleyLine; score: number } | undefined;
  for (const line of lines) {
    const score = Math.max(similarity(line.name, name), line.plural ? similarity(line.plural, name) : 0);
    if (score >= 0.6 && (!best || score > best.score)) best = { line, score };
  }
  return best?.line;
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  if (wordsA.some((word) => wordsB.includes(word) && word.length > 2)) return 0.8;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - editDistance(a, b) / longest;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * An outcome retold against the trolley as it really is after the write, which may hold what other devices
 * added meanwhile: "You've got 7 things" counts theirs too, and a line that grew says its real amount.
 */
export function restated(outcome: Outcome, lines: readonly TrolleyLine[]): Outcome {
  const byId = new Map(lines.map((line) => [lineIdOf(line), line]));
  const current = (line: TrolleyLine) => byId.get(lineIdOf(line)) ?? line;
  switch (outcome.kind) {
    case 'added':
      return {
        ...outcome,
        changes: outcome.changes.map((change) => ({ ...change, line: current(change.line) })),
        lineCount: lines.length,
      };
    case 'removed':
      return {
        ...outcome,
        ...(outcome.remaining ? { remaining: current(outcome.remaining) } : {}),
        lineCount: lines.length,
      };
    case 'changed':
    case 'undone':
    case 'removedSeveral':
    case 'changedSeveral':
    case 'putBack':
      return { ...outcome, lineCount: lines.length };
    default:
      return outcome;
  }
}
