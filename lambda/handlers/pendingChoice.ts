import type { ItemRequest } from '../domain/trolley';
import { isUnitId } from '../domain/units';
import { isRecord, readItemIdentity } from '../domain/untrusted';

/**
 * "The semi skimmed milk or the oat milk?" waiting for its answer: which intent asked, the lines it asked
 * between, and the rest of the request, so the answer finishes what was asked in one change.
 */
export interface WhichOnePending {
  readonly kind: 'whichOne';
  readonly intent: 'RemoveItemIntent' | 'ChangeItemIntent';
  /** Keys of the lines asked between, in the order they were offered. */
  readonly candidates: readonly string[];
  /** How much of the chosen line: "take one of the milks out", "change the milk to two litres". */
  readonly amount: Omit<ItemRequest, 'item'>;
  /** Everything else said in the same breath ("remove the milk and the bread": the bread). */
  readonly others: readonly ItemRequest[];
  /** Where among them the line asked about was said, so the answer is confirmed in the order spoken. */
  readonly at: number;
}

function amountOf(raw: Record<string, unknown>): Omit<ItemRequest, 'item'> {
  const { quantity, unit } = raw;
  return {
    ...(typeof quantity === 'number' && Number.isFinite(quantity) ? { quantity } : {}),
    ...(typeof unit === 'string' && isUnitId(unit) ? { unit } : {}),
  };
}

/** Reads the question back from session attributes defensively: a request is only as sound as its sender. */
export function readWhichOne(raw: unknown): WhichOnePending | undefined {
  if (!isRecord(raw) || raw.kind !== 'whichOne') return undefined;
  const { intent, candidates, amount, others, at } = raw;
  if (intent !== 'RemoveItemIntent' && intent !== 'ChangeItemIntent') return undefined;
  if (!Array.isArray(candidates)) return undefined;
  return {
    kind: 'whichOne',
    intent,
    candidates: candidates.filter((key): key is string => typeof key === 'string'),
    amount: isRecord(amount) ? amountOf(amount) : {},
    at: typeof at === 'number' && Number.isInteger(at) && at >= 0 ? at : 0,
    others: (Array.isArray(others) ? others : []).flatMap((other) => {
      const item = isRecord(other) ? readItemIdentity(other.item) : undefined;
      return item && isRecord(other) ? [{ item, ...amountOf(other) }] : [];
    }),
  };
}
