import { randomUUID } from 'node:crypto';
import { restated, type Applied, type TrolleyState } from '../domain/trolley';
import { TimeBudget } from './budget';
import { decodeState, encodeState, schemaOf } from './codec';
import type { StoreConfig } from './config';
import { StoreUnavailableError, UncertainWriteError, WriteConflictError } from './errors';
import type { CallOptions, StoredItem, TrolleyTable } from './trolleyTable';
import { planLineUpdate } from './updatePlan';

/** The one interface the handlers use to keep a trolley: nothing above it knows DynamoDB. */
export interface TrolleyStore {
  load(userKey: string): Promise<TrolleyState>;
  /**
   * Reads the trolley, applies `change`, and writes what it changed, conditionally on it being as read.
   * When another device wrote in between, it re-applies to what refused the write, so no change is lost,
   * and none is applied twice.
   * @throws StoreUnavailableError when DynamoDB could not be reached in time: nothing was written.
   * @throws UncertainWriteError when a write was sent and whether it landed could not be found out.
   */
  update(userKey: string, change: (state: TrolleyState) => Applied, options?: UpdateOptions): Promise<Applied>;
  /** Removes everything kept for the user (the skill was disabled). */
  erase(userKey: string): Promise<void>;
}

export interface UpdateOptions {
  /**
   * The change's own id, for a caller that may send the same change again (a phone resending what it queued
   * offline): a change whose id the trolley already recorded is not applied again. Unset: a new id.
   */
  readonly writeId?: string;
}

export type TimingConfig = Pick<StoreConfig, 'budgetMs' | 'maxConflictRetries' | 'settleBudgetMs'>;

/** Full-jitter back-off between conflict retries: devices that collided spread out instead of colliding again. */
export function backoffMs(attempt: number): number {
  return Math.random() * Math.min(200, 10 * 2 ** attempt);
}

/**
 * The TrolleyStore over DynamoDB: one read, the domain's change applied, and one conditional write of what it
 * changed (see updatePlan.ts); a conflict is retried, bounded, within the request's time budget.
 */
export class DynamoDbTrolleyStore implements TrolleyStore {
  constructor(
    private readonly table: TrolleyTable,
    private readonly timing: TimingConfig,
  ) {}

  async load(userKey: string): Promise<TrolleyState> {
    return this.withBudget(this.timing.budgetMs, async (budget) => {
      const { item } = await this.readTrolley(userKey, { abortSignal: budget.signal });
      return decodeState(item.attributes);
    });
  }

  /**
   * The trolley item a key opens: its own, or, for a household member, the household's. Someone who has
   * never shared pays one read, as before; a member pays one more, to follow the pointer.
   */
  private async readTrolley(key: string, options: CallOptions): Promise<{ key: string; item: StoredItem }> {
    return this.follow(key, await this.table.read(key, options), options);
  }

  /** An item already read, or the household trolley it points to. */
  private async follow(
    key: string,
    item: StoredItem,
    options: CallOptions,
  ): Promise<{ key: string; item: StoredItem }> {
    if (!item.trolleyKey) return { key, item };
    return { key: item.trolleyKey, item: await this.table.read(item.trolleyKey, options) };
  }

  update(userKey: string, change: (state: TrolleyState) => Applied, options: UpdateOptions = {}): Promise<Applied> {
    return this.withBudget(this.timing.budgetMs, (budget) =>
      this.updateWithin(budget, userKey, change, options.writeId ?? randomUUID()),
    );
  }

  async erase(userKey: string): Promise<void> {
    await this.withBudget(this.timing.budgetMs, (budget) => this.table.delete(userKey, { abortSignal: budget.signal }));
  }

  private async withBudget<T>(ms: number, operation: (budget: TimeBudget) => Promise<T>): Promise<T> {
    const budget = TimeBudget.start(ms);
    try {
      return await operation(budget);
    } finally {
      budget.end();
    }
  }

  private async updateWithin(
    budget: TimeBudget,
    userKey: string,
    change: (state: TrolleyState) => Applied,
    givenWriteId: string,
  ): Promise<Applied> {
    const abortSignal = budget.signal;
    let { key, item } = await this.readTrolley(userKey, { abortSignal });
    // One id for this change, whatever the retries: a write the SDK retried after it had landed is refused
    // as already there, and recognised as ours. An id fenced earlier never landed and never can: a resend
    // of it goes on under the next id of a chain every resend derives alike.
    let writeId = givenWriteId;
    while ((item.writes.get(writeId) ?? 0) < 0) writeId = `${writeId}'`;
    for (let attempt = 0; ; attempt += 1) {
      const before = decodeState(item.attributes);
      const applied = change(before);
      if (!applied.changed) return applied;
      // Sent again by its caller after it had landed: told as it was written, not applied twice.
      if ((item.writes.get(writeId) ?? 0) > 0) return { ...settled(applied, item), changed: false };
      const now = Date.now();
      // Line by line where the item is already schema 2; a whole-item write for a new user, a migration, or a
      // change too big for one update expression.
      const plan =
        schemaOf(item.attributes) === 2 && item.hasWrites
          ? planLineUpdate({ before, stored: item, applied, writeId, now })
          : undefined;
      try {
        const written = plan
          ? await this.table.update(key, plan, { abortSignal })
          : await this.table.put(key, encodeState(applied.state, item.attributes, now), item, writeId, {
              abortSignal,
            });
        return settled(applied, written);
      } catch (error) {
        if (error instanceof StoreUnavailableError && error.mayHaveLanded) {
          return this.settleLostAnswer(key, writeId, plan ? 'update' : 'put', applied, error);
        }
        if (!(error instanceof WriteConflictError)) throw error;
        if ((error.current.writes.get(writeId) ?? 0) > 0) return settled(applied, error.current);
        if (attempt >= this.timing.maxConflictRetries) throw new StoreUnavailableError('UpdateItem', error);
        // The budget, not a clock of our own, ends the wait: a spent budget means the apology, now.
        await budget.wait(backoffMs(attempt)).catch((spent: unknown) => {
          throw new StoreUnavailableError('UpdateItem', spent);
        });
        // The account joined a household meanwhile: the refusal returned its item, which now points to the
        // trolley to change.
        ({ key, item } = await this.follow(key, error.current, { abortSignal }));
      }
    }
  }

  /**
   * A write was sent but its answer was lost. Rather than guess, the store settles it within a short budget
   * of its own: it either landed (the change is confirmed) or now never can (nothing was written, truly).
   */
  private async settleLostAnswer(
    userKey: string,
    writeId: string,
    pending: 'put' | 'update',
    applied: Applied,
    cause: StoreUnavailableError,
  ): Promise<Applied> {
    const settledAs = await this.withBudget(this.timing.settleBudgetMs, (budget) =>
      this.table.fence(userKey, writeId, pending, { abortSignal: budget.signal }),
    ).catch((error: unknown): never => {
      throw new UncertainWriteError(error);
    });
    if (settledAs.landed) return settled(applied, settledAs.item);
    throw cause;
  }
}

/** The change as written, told against the trolley DynamoDB returned, with whatever others added. */
function settled(applied: Applied, written: StoredItem): Applied {
  const state = decodeState(written.attributes);
  return { state, outcome: restated(applied.outcome, state.trolley.lines), changed: true };
}
