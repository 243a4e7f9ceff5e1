import type { UnitId } from './units';

/**
 * Bounds that keep one user's DynamoDB item far below the 400 KB item limit (200 lines of at most 60
 * characters, twice over for the undo snapshot, plus 10 lines taken out, stays under 65 KB) and keep answers
 * short enough to hear.
 */
export const LIMITS = {
  maxLines: 200,
  maxNameLength: 60,
  /** The most of anything counted one by one, or in packs, tins, bottles: a line is still a line. */
  maxQuantity: 100,
  /** Different things added in one breath ("milk, eggs and bread" is three). */
  maxItemsPerRequest: 20,
  /** Lines read in one breath before offering the rest. */
  pageSize: 8,
  /** Lines taken out that "put the rice back" can still find. */
  maxRememberedRemovals: 10,
} as const;

/**
 * Measures are bounded by what a household buys, not by the number said: 500 grams and 750 millilitres
 * are ordinary, 10 kilos is a lot. Anything else is bounded by `maxQuantity`.
 */
const MAX_BY_UNIT: Partial<Readonly<Record<UnitId, number>>> = {
  gram: 10_000,
  kilo: 10,
  ounce: 350,
  pound: 25,
  millilitre: 10_000,
  litre: 20,
  pint: 40,
  gallon: 10,
  dozen: 10,
};

/** The most one line may hold, in its unit. */
export function maxQuantityIn(unit: UnitId | undefined): number {
  return (unit && MAX_BY_UNIT[unit]) ?? LIMITS.maxQuantity;
}
