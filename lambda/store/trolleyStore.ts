import { randomUUID } from 'node:crypto';
import type { Applied, TrolleyState } from '../domain/trolley';
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class DynamoDbTrolleyStore implements TrolleyStore {
  constructor(
    private readonly adapter: DynamoDbPersistenceAdapter,
    private readonly timing: TimingConfig,
  ) {}

  async load(userKey: string): Promise<TrolleyState> {
    const budget = AbortSignal.timeout(this.timing.budgetMs);
    const { attributes } = await this.adapter.read(userKey, { abortSignal: budget });
    return decodeState(attributes);
  }

  async update(userKey: string, change: (state: TrolleyState) => Applied): Promise<Applied> {
    const deadline = Date.now() + this.timing.budgetMs;
    const budget = AbortSignal.timeout(this.timing.budgetMs);
    // One id for this change, whatever the retries: if the SDK retried a write that had in fact landed,
    // the conflict it then meets is our own, and re-applying would count the change twice.
    const writeId = randomUUID();
    let written: Applied | undefined;
    for (let attempt = 0; ; attempt += 1) {
      const { attributes, version, writeId: lastWriteId } = await this.adapter.read(userKey, { abortSignal: budget });
      if (written && lastWriteId === writeId) return written;
      const applied = change(decodeState(attributes));
      if (!applied.changed) return applied;
      try {
        written = applied;
        const encoded = encodeState(applied.state, attributes);
        await this.adapter.write(userKey, encoded, version, { abortSignal: budget, writeId });
        return applied;
      } catch (error) {
        if (!(error instanceof WriteConflictError)) throw error;
        const wait = backoffMs(attempt);
        if (attempt >= this.timing.maxConflictRetries || Date.now() + wait >= deadline) {
          throw new StoreUnavailableError('PutItem', error);
        }
        await sleep(wait);
      }
    }
  }

  async erase(userKey: string): Promise<void> {
    await this.adapter.delete(userKey, { abortSignal: AbortSignal.timeout(this.timing.budgetMs) });
  }
}
