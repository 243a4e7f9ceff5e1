import { AISLES, type AisleId } from '../catalogue/types';
import { LIMITS } from './limits';
import type { TrolleyLine } from './trolley';

const AISLE_ORDER: ReadonlyMap<AisleId, number> = new Map(AISLES.map((aisle, index) => [aisle, index]));

/** Lines in the order people walk a shop; within an aisle, in the order they were added. */
export function inShoppingOrder(lines: readonly TrolleyLine[]): TrolleyLine[] {
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => (AISLE_ORDER.get(a.line.aisle) ?? 0) - (AISLE_ORDER.get(b.line.aisle) ?? 0) || a.index - b.index)
    .map(({ line }) => line);
}

export interface AisleGroup {
  readonly aisle: AisleId;
  readonly lines: readonly TrolleyLine[];
}

/** Consecutive lines of the same aisle, grouped; expects lines already in shopping order. */
export function groupByAisle(lines: readonly TrolleyLine[]): AisleGroup[] {
  const groups: { aisle: AisleId; lines: TrolleyLine[] }[] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last && last.aisle === line.aisle) last.lines.push(line);
    else groups.push({ aisle: line.aisle, lines: [line] });
  }
  return groups;
}

export interface Page {
  readonly lines: readonly TrolleyLine[];
  readonly total: number;
  /** Where the next page starts, or undefined when this page reaches the end. */
  readonly nextOffset?: number;
  readonly remaining: number;
}

/**
 * Where a page that would stop inside an aisle ends instead: where that aisle starts, when the aisle fits
 * on the next page whole and this page still has something before it. Otherwise where it would.
 */
function pageEnd(ordered: readonly TrolleyLine[], start: number, size: number): number {
  const end = Math.min(start + size, ordered.length);
  const cut = ordered[end - 1];
  if (end >= ordered.length || !cut || ordered[end]?.aisle !== cut.aisle) return end;
  let aisleStart = end - 1;
  while (aisleStart > start && ordered[aisleStart - 1]?.aisle === cut.aisle) aisleStart -= 1;
  let aisleEnd = end;
  while (aisleEnd < ordered.length && ordered[aisleEnd]?.aisle === cut.aisle) aisleEnd += 1;
  return aisleStart > start && aisleEnd - aisleStart <= size ? aisleStart : end;
}

/** One page of the trolley in shopping order, starting at `offset`; it ends between aisles where it can. */
export function pageOf(lines: readonly TrolleyLine[], offset: number, size: number = LIMITS.pageSize): Page {
  const ordered = inShoppingOrder(lines);
  const start = Math.min(Math.max(0, Math.trunc(offset)), ordered.length);
  const end = pageEnd(ordered, start, size);
  const remaining = ordered.length - end;
  return {
    lines: ordered.slice(start, end),
    total: ordered.length,
    remaining,
    ...(remaining > 0 ? { nextOffset: end } : {}),
  };
}
