import type { RequestEnvelope } from 'ask-sdk-model';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { withinBudget } from './budget';
import type { Attributes } from './codec';
import { isRecord } from '../domain/untrusted';
import { StoreUnavailableError, WriteConflictError } from './errors';
import { householdKeys } from './householdKeys';
import type { UpdatePlan } from './updatePlan';

/**
 * One user's item as stored: the official adapter's `{ id, attributes }` plus `version` (bumped by every
 * write) and `writes`, the ids of recent changes, so a change is never applied twice.
 */
export interface StoredItem {
  readonly attributes: Attributes;
  /** Absent for an item never written, or one written by the official adapter (which keeps no version). */
  readonly version: number | undefined;
  /** Recent write ids: a positive time stamp for a write that landed, a negative one for a fenced write. */
  readonly writes: ReadonlyMap<string, number>;
  /** False for an item with no `writes` map yet (never written by this schema), which only a put may change. */
  readonly hasWrites: boolean;
  /**
   * Set on a household member's own item: the key of the household's trolley, which the store reads and
   * writes instead (see lambda/store/householdKeys.ts). Such an item holds no trolley of its own.
   */
  readonly trolleyKey?: string;
}

export const EMPTY_ITEM: StoredItem = { attributes: {}, version: undefined, writes: new Map(), hasWrites: false };

/** Item attribute names, the official adapter's where it has them. */
export const ITEM_NAMES = {
  key: 'id',
  attributes: 'attributes',
  version: 'version',
  writes: 'writes',
  /** On a member's own item: the household whose trolley it shares. */
  household: 'household',
} as const;

/** How many write ids an item keeps: enough to recognise a retried write, few enough to stay small. */
export const WRITES_KEPT = 16;

export interface TableOptions {
  readonly tableName: string;
  readonly documentClient: DynamoDBDocumentClient;
}

/** Calls take an abort signal so the caller's time budget, not the SDK's retries, decides when to give up. */
export interface CallOptions {
  readonly abortSignal?: AbortSignal;
}

/** The official adapter's default key: the Alexa user id, stable for one Amazon account and this skill. */
export function userIdKey(envelope: RequestEnvelope): string {
  const userId = envelope.context?.System?.user?.userId;
  if (!userId) throw new Error('The request has no user id');
  return userId;
}

/**
 * The one place that sends DynamoDB commands: reads, whole-item puts, one-line updates, the fence that
 * settles a write whose answer was lost, and deletes. Every write is conditional; a refused one throws
 * WriteConflictError carrying the item that refused it, so the caller can retry without reading again.
 */
export class TrolleyTable {
  readonly tableName: string;
  private readonly client: DynamoDBDocumentClient;

  constructor(options: TableOptions) {
    this.tableName = options.tableName;
    this.client = options.documentClient;
  }

  /** A strongly consistent read, so a change made on another device a moment ago is seen. */
  async read(key: string, options: CallOptions = {}): Promise<StoredItem> {
    const get = new GetCommand({ TableName: this.tableName, Key: { [ITEM_NAMES.key]: key }, ConsistentRead: true });
    try {
      const { Item } = await withinBudget(() => this.client.send(get, options), options.abortSignal);
      return storedItemOf(Item);
    } catch (error) {
      throw new StoreUnavailableError('GetItem', error);
    }
  }

  /**
   * Writes the whole item if nobody wrote since `expected` was read: the first write for a user, a schema
   * migration, and changes too big for one update expression. Returns the item as written.
   */
  async put(key: string, attributes: Attributes, expected: StoredItem, writeId: string, options: CallOptions = {}) {
    const version = (expected.version ?? 0) + 1;
    const writes = Object.fromEntries([...keptWrites(expected.writes), [writeId, Date.now()]]);
    const put = new PutCommand({
      TableName: this.tableName,
      Item: {
        [ITEM_NAMES.key]: key,
        [ITEM_NAMES.attributes]: attributes,
        [ITEM_NAMES.version]: version,
        [ITEM_NAMES.writes]: writes,
      },
      ConditionExpression: expected.version === undefined ? 'attribute_not_exists(#version)' : '#version = :expected',
      ExpressionAttributeNames: { '#version': ITEM_NAMES.version },
      ...(expected.version === undefined ? {} : { ExpressionAttributeValues: { ':expected': expected.version } }),
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    await this.send('PutItem', () => this.client.send(put, options), options.abortSignal);
    return storedItemOf(put.input.Item);
  }

  /** One UpdateItem that touches only the lines a change changed. Returns the item after it. */
  async update(key: string, plan: UpdatePlan, options: CallOptions = {}): Promise<StoredItem> {
    const update = new UpdateCommand({
      TableName: this.tableName,
      Key: { [ITEM_NAMES.key]: key },
      ...plan,
      ReturnValues: 'ALL_NEW',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    const { Attributes: after } = await this.send(
      'UpdateItem',
      () => this.client.send(update, options),
      options.abortSignal,
    );
    return storedItemOf(after);
  }

  /**
   * Settles a write whose answer was lost (a timeout, a reset, the budget ending mid-call): afterwards it
   * either had landed, or it never can. A put is conditioned on the version, so bumping the version fences
   * it; a line update is conditioned on its write id being absent, so recording the id as fenced does.
   */
  async fence(
    key: string,
    writeId: string,
    pending: 'put' | 'update',
    options: CallOptions = {},
  ): Promise<{ readonly landed: boolean; readonly item: StoredItem }> {
    const names = { '#version': ITEM_NAMES.version, '#writes': ITEM_NAMES.writes, '#write': writeId };
    const fence = new UpdateCommand({
      TableName: this.tableName,
      Key: { [ITEM_NAMES.key]: key },
      UpdateExpression:
        pending === 'put'
          ? 'SET #version = if_not_exists(#version, :zero) + :one'
          : 'SET #version = if_not_exists(#version, :zero) + :one, #writes.#write = :fenced',
      ConditionExpression: 'attribute_not_exists(#writes.#write)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: {
        ':zero': 0,
        ':one': 1,
        ...(pending === 'put' ? {} : { ':fenced': -Date.now() }),
      },
      ReturnValues: 'ALL_NEW',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    try {
      const { Attributes: after } = await this.send(
        'UpdateItem',
        () => this.client.send(fence, options),
        options.abortSignal,
      );
      return { landed: false, item: storedItemOf(after) };
    } catch (error) {
      if (error instanceof WriteConflictError) return { landed: true, item: error.current };
      throw error;
    }
  }

  async delete(key: string, options: CallOptions = {}): Promise<void> {
    const remove = new DeleteCommand({ TableName: this.tableName, Key: { [ITEM_NAMES.key]: key } });
    await this.send('DeleteItem', () => this.client.send(remove, options), options.abortSignal);
  }

  /** Sends a write: a refusal becomes WriteConflictError with the refusing item; anything else, unavailable. */
  private async send<T>(operation: string, call: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    // A call never started cannot have landed: the caller may say so.
    if (signal?.aborted) throw new StoreUnavailableError(operation, signal.reason);
    try {
      return await withinBudget(call, signal);
    } catch (error) {
      // By name as well as class: a bundle or a mock may carry its own copy of the class.
      if ((error as Error)?.name === 'ConditionalCheckFailedException') {
        const refusing = (error as { Item?: Record<string, unknown> }).Item;
        throw new WriteConflictError(storedItemOf(refusing ? unmarshall(refusing as never) : undefined));
      }
      throw new StoreUnavailableError(operation, error, { mayHaveLanded: !refusedOutright(error) });
    }
  }
}

/**
 * DynamoDB answered the one attempt made with a client error (throttled, invalid, a transaction conflict):
 * it did not apply the write. A timeout, a reset, a server error or a retried call may have applied it.
 */
function refusedOutright(error: unknown): boolean {
  const { $fault, $metadata } = (error ?? {}) as { $fault?: string; $metadata?: { attempts?: number } };
  return $fault === 'client' && ($metadata?.attempts ?? 1) <= 1;
}

/** The newest write ids, leaving room for one more. */
export function keptWrites(writes: ReadonlyMap<string, number>): [string, number][] {
  return [...writes].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, WRITES_KEPT - 1);
}

function storedItemOf(item: Record<string, unknown> | undefined): StoredItem {
  if (!item) return EMPTY_ITEM;
  const attributes = item[ITEM_NAMES.attributes];
  const version = item[ITEM_NAMES.version];
  const writes = item[ITEM_NAMES.writes];
  const household = item[ITEM_NAMES.household];
  return {
    attributes: isRecord(attributes) ? attributes : {},
    version: typeof version === 'number' ? version : undefined,
    writes: new Map(
      isRecord(writes)
        ? Object.entries(writes).filter((entry): entry is [string, number] => typeof entry[1] === 'number')
        : [],
    ),
    hasWrites: isRecord(writes),
    ...(typeof household === 'string' && household ? { trolleyKey: householdKeys.trolley(household) } : {}),
  };
}
