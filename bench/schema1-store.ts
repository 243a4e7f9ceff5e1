import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Applied, TrolleyState } from '../lambda/domain/trolley';
import { TimeBudget, withinBudget } from '../lambda/store/budget';
import { isRecord } from '../lambda/domain/untrusted';
import { decodeState, THAT_KEY_ATTRIBUTE, type Attributes } from '../lambda/store/codec';
import { StoreUnavailableError } from '../lambda/store/errors';
import { backoffMs, type TimingConfig, type TrolleyStore } from '../lambda/store/trolleyStore';
import { ITEM_NAMES } from '../lambda/store/trolleyTable';

/** Schema 1 named the write that made an item here, beside `version`, to tell its own landed write from another's. */
const WRITE_ID = 'writeId';

interface Schema1Item {
  readonly attributes: Attributes;
  readonly version: number | undefined;
  readonly writeId: unknown;
}

/**
 * The store as it was before schema 2 (commit 4b4a0b5), kept only so `npm run bench` can show what line-level
 * writes changed under contention. Every change reads the whole item, applies, and writes the whole item back
 * with a PutItem conditioned on the version it read; after a conflict it reads again and re-applies, with
 * today's jittered back-off, retry bound and time budget. Nothing in lambda/ imports it, so no bundle has it.
 */
export class Schema1TrolleyStore implements TrolleyStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly timing: TimingConfig,
  ) {}

  load(userKey: string): Promise<TrolleyState> {
    return this.withBudget(async (budget) => decodeState((await this.read(userKey, budget)).attributes));
  }

  update(userKey: string, change: (state: TrolleyState) => Applied): Promise<Applied> {
    return this.withBudget(async (budget) => {
      const writeId = randomUUID();
      let written: Applied | undefined;
      for (let attempt = 0; ; attempt += 1) {
        const item = await this.read(userKey, budget);
        // The SDK retried a write that had landed: the conflict it then met was our own.
        if (written && item.writeId === writeId) return written;
        const before = decodeState(item.attributes);
        const applied = change(before);
        if (!applied.changed) return applied;
        written = applied;
        if (await this.put(userKey, encodeSchema1(applied.state, before, item.attributes), item, writeId, budget)) {
          return applied;
        }
        if (attempt >= this.timing.maxConflictRetries) throw new StoreUnavailableError('PutItem', 'conflicts');
        await budget.wait(backoffMs(attempt)).catch((spent: unknown) => {
          throw new StoreUnavailableError('PutItem', spent);
        });
      }
    });
  }

  async erase(userKey: string): Promise<void> {
    const remove = new DeleteCommand(this.keyed(userKey));
    await this.withBudget((budget) => this.call('DeleteItem', (options) => this.client.send(remove, options), budget));
  }

  private async withBudget<T>(operation: (budget: TimeBudget) => Promise<T>): Promise<T> {
    const budget = TimeBudget.start(this.timing.budgetMs);
    try {
      return await operation(budget);
    } finally {
      budget.end();
    }
  }

  private async read(userKey: string, budget: TimeBudget): Promise<Schema1Item> {
    const get = new GetCommand({ ...this.keyed(userKey), ConsistentRead: true });
    const { Item } = await this.call('GetItem', (options) => this.client.send(get, options), budget);
    const attributes = Item?.[ITEM_NAMES.attributes];
    const version = Item?.[ITEM_NAMES.version];
    return {
      attributes: isRecord(attributes) ? attributes : {},
      version: typeof version === 'number' ? version : undefined,
      writeId: Item?.[WRITE_ID],
    };
  }

  /** The whole item, if nobody wrote since `read`; false when someone did. */
  private async put(
    userKey: string,
    attributes: Attributes,
    read: Schema1Item,
    writeId: string,
    budget: TimeBudget,
  ): Promise<boolean> {
    const put = new PutCommand({
      TableName: this.tableName,
      Item: {
        [ITEM_NAMES.key]: userKey,
        [ITEM_NAMES.attributes]: attributes,
        [ITEM_NAMES.version]: (read.version ?? 0) + 1,
        [WRITE_ID]: writeId,
      },
      ConditionExpression: read.version === undefined ? 'attribute_not_exists(#version)' : '#version = :expected',
      ExpressionAttributeNames: { '#version': ITEM_NAMES.version },
      ...(read.version === undefined ? {} : { ExpressionAttributeValues: { ':expected': read.version } }),
    });
    try {
      await this.call('PutItem', (options) => this.client.send(put, options), budget);
      return true;
    } catch (error) {
      if (
        error instanceof StoreUnavailableError &&
        (error.cause as Error)?.name === 'ConditionalCheckFailedException'
      ) {
        return false;
      }
      throw error;
    }
  }

  private keyed(userKey: string) {
    return { TableName: this.tableName, Key: { [ITEM_NAMES.key]: userKey } };
  }

  /** One call within the budget; whatever goes wrong is the store being unavailable, as in schema 1. */
  private async call<T>(
    operation: string,
    start: (options: { abortSignal: AbortSignal }) => Promise<T>,
    budget: TimeBudget,
  ): Promise<T> {
    try {
      return await withinBudget(() => start({ abortSignal: budget.signal }), budget.signal);
    } catch (error) {
      throw new StoreUnavailableError(operation, error);
    }
  }
}

/** Schema 1's layout: the whole trolley as a list, and for undo the whole trolley as it was before the change. */
function encodeSchema1(state: TrolleyState, before: TrolleyState, stored: Attributes): Attributes {
  // A change that left the undo point alone keeps the snapshot stored with it.
  const undo =
    state.undo === undefined
      ? undefined
      : state.undo === before.undo
        ? stored.undo
        : { change: state.undo.change, lines: before.trolley.lines };
  return {
    schema: 1,
    trolley: { lines: state.trolley.lines },
    ...(undo === undefined ? {} : { undo }),
    ...(state.thatKey === undefined ? {} : { [THAT_KEY_ATTRIBUTE]: state.thatKey }),
  };
}
