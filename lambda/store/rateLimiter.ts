import type { RateLimit } from '../household/limits';
import type { HouseholdTable } from './householdTable';
import { Condition, numberOf, RefusedError } from './householdTable';
import { householdKeys } from './householdKeys';
import type { CallOptions } from './trolleyTable';

/**
 * Counts attempts per subject (an account, an address; kept only as a hash) in a fixed window that starts
 * with the first attempt in it. One item per subject and kind, reset in place when its window is over, so
 * nothing piles up without TTL.
 */
export class RateLimiter {
  constructor(private readonly table: HouseholdTable) {}

  /** True, and counted, when the subject may try again; false when it has used up this window. */
  async allow(kind: string, subject: string, limit: RateLimit, options: CallOptions = {}): Promise<boolean> {
    const key = householdKeys.rate(kind, subject);
    const now = Date.now();
    const floor = now - limit.windowMs;
    try {
      await this.table.update(
        key,
        Condition.of({
          update: 'ADD #hits :one',
          condition: '#start > :floor AND #hits < :limit',
          names: { '#hits': 'hits', '#start': 'windowStart' },
          values: { ':one': 1, ':floor': floor, ':limit': limit.attempts },
        }),
        options,
      );
      return true;
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
    }
    // Refused: either this window is used up, or there is no window yet (or only an old one) to count in.
    const current = await this.table.get(key, options);
    const start = numberOf(current, 'windowStart');
    if (start !== undefined && start > floor) return false;
    try {
      await this.table.put(
        { id: key, windowStart: now, hits: 1 },
        Condition.of({
          condition: 'attribute_not_exists(#id) OR #start <= :floor',
          names: { '#id': 'id', '#start': 'windowStart' },
          values: { ':floor': floor },
        }),
        options,
      );
      return true;
    } catch (error) {
      // Another attempt opened the window a moment ago: count in it instead.
      if (error instanceof RefusedError) return this.allow(kind, subject, limit, options);
      throw error;
    }
  }
}
