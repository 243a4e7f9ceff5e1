import { randomUUID } from 'node:crypto';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { withinBudget } from './budget';
import { StoreUnavailableError } from './errors';
import { ITEM_NAMES, type CallOptions, type TableOptions } from './trolleyTable';

export type StoredRecord = { readonly [name: string]: unknown };
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A conditional write (or a transaction) was refused: the caller reads again and decides afresh. */
export class RefusedError extends Error {
  constructor(readonly old: StoredRecord | undefined) {
    super('A household record changed while it was being written');
    this.name = 'RefusedError';
  }
}

/**
 * The DynamoDB calls households and phone links make, on the trolley table: strongly consistent reads,
 * conditional single writes, and transactions, each within the caller's time budget. A refused condition is
 * RefusedError; anything else is StoreUnavailableError, whose apology ("nothing was lost") is true here:
 * every household write either lands whole or not at all, and none of them throws a line away.
 */
export class HouseholdTable {
  private readonly tableName: string;
  private readonly client: DynamoDBDocumentClient;

  constructor(options: TableOptions) {
    this.tableName = options.tableName;
    this.client = options.documentClient;
  }

  async get(key: string, options: CallOptions = {}): Promise<StoredRecord | undefined> {
    const get = new GetCommand({ TableName: this.tableName, Key: { [ITEM_NAMES.key]: key }, ConsistentRead: true });
    const { Item } = await this.send('GetItem', () => this.client.send(get, options), options);
    return Item;
  }

  async put(item: StoredRecord, condition: Condition, options: CallOptions = {}): Promise<void> {
    const put = new PutCommand({ TableName: this.tableName, Item: { ...item }, ...condition.expression() });
    await this.send('PutItem', () => this.client.send(put, options), options);
  }

  async update(key: string, update: Condition, options: CallOptions = {}): Promise<StoredRecord | undefined> {
    const command = new UpdateCommand({
      TableName: this.tableName,
      Key: { [ITEM_NAMES.key]: key },
      ...update.expression(),
      ReturnValues: 'ALL_NEW',
    });
    const { Attributes } = await this.send('UpdateItem', () => this.client.send(command, options), options);
    return Attributes;
  }

  async delete(key: string, condition: Condition | undefined, options: CallOptions = {}): Promise<void> {
    const remove = new DeleteCommand({
      TableName: this.tableName,
      Key: { [ITEM_NAMES.key]: key },
      ...(condition ? condition.expression() : {}),
    });
    await this.send('DeleteItem', () => this.client.send(remove, options), options);
  }

  /**
   * Writes every item or none. The request token makes the SDK's own retries of it idempotent, so a
   * transaction whose answer was lost is not applied twice.
   */
  async transact(items: readonly TransactItem[], options: CallOptions = {}): Promise<void> {
    const transaction = new TransactWriteCommand({
      TransactItems: items.map((item) => withTable(item, this.tableName)),
      ClientRequestToken: randomUUID(),
    });
    await this.send('TransactWriteItems', () => this.client.send(transaction, options), options);
  }

  private async send<T>(operation: string, call: () => Promise<T>, options: CallOptions): Promise<T> {
    try {
      return await withinBudget(call, options.abortSignal);
    } catch (error) {
      const name = (error as Error)?.name;
      if (name === 'ConditionalCheckFailedException') {
        throw new RefusedError((error as { Item?: StoredRecord }).Item);
      }
      // A transaction cancelled by a condition or by another transaction on the same items wrote nothing.
      if (name === 'TransactionCanceledException') throw new RefusedError(undefined);
      throw new StoreUnavailableError(operation, error);
    }
  }
}

function withTable(item: TransactItem, tableName: string): TransactItem {
  if (item.Put) return { Put: { ...item.Put, TableName: tableName } };
  if (item.Update) return { Update: { ...item.Update, TableName: tableName } };
  if (item.Delete) return { Delete: { ...item.Delete, TableName: tableName } };
  if (item.ConditionCheck) return { ConditionCheck: { ...item.ConditionCheck, TableName: tableName } };
  return item;
}

/** An update and/or condition expression with its placeholders: the one way household code writes them. */
export class Condition {
  private constructor(
    private readonly update: string | undefined,
    private readonly condition: string | undefined,
    private readonly names: { [placeholder: string]: string },
    private readonly values: { [placeholder: string]: unknown },
  ) {}

  static of(parts: {
    update?: string;
    condition?: string;
    names?: { [placeholder: string]: string };
    values?: { [placeholder: string]: unknown };
  }): Condition {
    return new Condition(parts.update, parts.condition, parts.names ?? {}, parts.values ?? {});
  }

  expression() {
    return {
      ...(this.update ? { UpdateExpression: this.update } : {}),
      ...(this.condition ? { ConditionExpression: this.condition } : {}),
      ...(Object.keys(this.names).length > 0 ? { ExpressionAttributeNames: this.names } : {}),
      ...(Object.keys(this.values).length > 0 ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}

/** Transaction items, with the table filled in by HouseholdTable.transact. */
export const tx = {
  put: (item: StoredRecord, condition?: Condition): TransactItem => ({
    Put: { TableName: '', Item: { ...item }, ...(condition ? condition.expression() : {}) },
  }),
  update: (key: string, update: Condition): TransactItem => ({
    Update: { TableName: '', Key: { [ITEM_NAMES.key]: key }, ...update.expression() } as never,
  }),
  delete: (key: string, condition?: Condition): TransactItem => ({
    Delete: { TableName: '', Key: { [ITEM_NAMES.key]: key }, ...(condition ? condition.expression() : {}) },
  }),
};

/** A number attribute of a record, or undefined. */
export function numberOf(record: StoredRecord | undefined, name: string): number | undefined {
  const value = record?.[name];
  return typeof value === 'number' ? value : undefined;
}

export function stringOf(record: StoredRecord | undefined, name: string): string | undefined {
  const value = record?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** A map attribute's keys and numbers. */
export function mapOf(record: StoredRecord | undefined, name: string): Map<string, number> {
  const value = record?.[name];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
  return new Map(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}
