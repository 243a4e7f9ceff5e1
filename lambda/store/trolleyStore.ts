import { randomUUID } from 'node:crypto';
import type { Applied, TrolleyState } from '../domain/trolley';
import { TimeBudget } from './budget';
import type { StoreConfig } from './config';
import { decodeState, encodeState } from './codec';
import type { DynamoDbPersistenceAdapter } from './dynamoDbPersistenceAdapter';
import { StoreUnavailableError, WriteConflictError } from './errors';

/** The one interface the handlers use to keep a trolley: nothing above it knows DynamoDB. */
export interface TrolleyStore {
  load(userKey: string): Promise<TrolleyState>;
  /**
   * Reads the trolley, applies `change`, and writes the result if it changed, conditionally on the version
   * read. When another device wrote in between, it reads again and re-applies, so no change is lost.
   */
  update(userKey: string, change: (state: TrolleyState) => Applied): Promise<Applied>;
  /** Removes everything kept for the user (the skill was disabled). */
  erase(userKey: string): Promise<void>;
}

export type TimingConfig = Pick<StoreConfig, 'budgetMs' | 'maxConflictRetries'>;

/** Full-jitter back-off between conflict retries: devices that collided spread out instead of colliding again. */
function backoffMs(attempt: number): number {
  return Math.random() * Math.min(200, 10 * 2 ** attempt);
}

export class DynamoDbTrolleyStore implements TrolleyStore {
  constructor(
    private readonly adapter: DynamoDbPersistenceAdapter,
    private readonly timing: TimingConfig,
  ) {}

  async load(userKey: string): Promise<TrolleyState> {
    return this.withBudget(async (budget) => {
      const { attributes } = await this.adapter.read(userKey, { abortSignal: budget.signal });
      return decodeState(attributes);
    });
  }

  update(userKey: string, change: (state: TrolleyState) => Applied): Promise<Applied> {
    return this.withBudget((budget) => this.updateWithin(budget, userKey, change));
  }

  async erase(userKey: string): Promise<void> {
    await this.withBudget((budget) => this.adapter.delete(userKey, { abortSignal: budget.signal }));
  }

  private async withBudget<T>(operation: (budget: TimeBudget) => Promise<T>): Promise<T> {
    const budget = TimeBudget.start(this.timing.budgetMs);
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
  ): Promise<Applied> {
    const abortSignal = budget.signal;
    // One id for this change, whatever the retries: if the SDK retried a write that had in fact landed,
    // the conflict it then meets is our own, and re-applying would count the change twice.
    const writeId = randomUUID();
    let written: Applied | undefined;
    for (let attempt = 0; ; attempt += 1) {
      const { attributes, version, writeId: lastWriteId } = await this.adapter.read(userKey, { abortSignal });
      if (written && lastWriteId === writeId) return written;
      const applied = change(decodeState(attributes));
      if (!applied.changed) return applied;
      try {
        written = applied;
        const encoded = encodeState(applied.state, attributes);
        await this.adapter.write(userKey, encoded, version, { abortSignal, writeId });
        return applied;
      } catch (error) {
        if (!(error instanceof WriteConflictError)) throw error;
        if (attempt >= this.timing.maxConflictRetries) throw new StoreUnavailableError('PutItem', error);
        // The budget, not a clock of our own, ends the wait: a spent budget means the apology, now.
        await budget.wait(backoffMs(attempt)).catch((spent: unknown) => {
          throw new StoreUnavailableError('PutItem', spent);
        });
      }
    }
  }
}
