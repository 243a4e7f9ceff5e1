import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { withinBudget } from './budget';
import { StoreUnavailableError, WriteConflictError } from './errors';

export type Attributes = Record<string, unknown>;

/** Item attribute beside `version` naming the write that made it (see VersionedAttributes.writeId). */
const WRITE_ID = 'writeId';

export interface VersionedAttributes {
  readonly attributes: Attributes;
  /** Absent for an item never written, or one written by the official adapter (which keeps no version). */
  readonly version: number | undefined;
  /** The id of the write that made this version, so a writer can tell its own write from another's. */
  readonly writeId: string | undefined;
}

export interface AdapterOptions {
  readonly tableName: string;
  readonly documentClient: DynamoDBDocumentClient;
  /** The official adapter's defaults, so a table it wrote (or an Alexa-hosted one) works unchanged. */
  readonly partitionKeyName?: string;
  readonly attributesName?: string;
  readonly versionName?: string;
  readonly partitionKeyGenerator?: (envelope: RequestEnvelope) => string;
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
 * ASK's PersistenceAdapter over the AWS SDK v3 document client, in the official
 * `ask-sdk-dynamodb-persistence-adapter` item layout (`{ id, attributes }`) plus a `version` number.
 * Writes are conditional on the version read, so two devices never silently overwrite each other.
 */
export class DynamoDbPersistenceAdapter implements PersistenceAdapter {
  private readonly tableName: string;
  private readonly client: DynamoDBDocumentClient;
  private readonly keyName: string;
  private readonly attributesName: string;
  private readonly versionName: string;
  private readonly keyFor: (envelope: RequestEnvelope) => string;
  /** Versions read through getAttributes, so saveAttributes in the same request writes conditionally. */
  private readonly versionsRead = new WeakMap<RequestEnvelope, number | undefined>();

  constructor(options: AdapterOptions) {
    this.tableName = options.tableName;
    this.client = options.documentClient;
    this.keyName = options.partitionKeyName ?? 'id';
    this.attributesName = options.attributesName ?? 'attributes';
    this.versionName = options.versionName ?? 'version';
    this.keyFor = options.partitionKeyGenerator ?? userIdKey;
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Attributes> {
    const { attributes, version } = await this.read(this.keyFor(envelope));
    this.versionsRead.set(envelope, version);
    return attributes;
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const key = this.keyFor(envelope);
    if (this.versionsRead.has(envelope)) {
      const version = await this.write(key, attributes, this.versionsRead.get(envelope));
      this.versionsRead.set(envelope, version);
    } else {
      // Saved without a read in this request: nothing to compare against, so take the next version.
      const { version } = await this.read(key);
      await this.write(key, attributes, version);
    }
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    await this.delete(this.keyFor(envelope));
  }

  /** A strongly consistent read, so a change made on another device a moment ago is seen. */
  async read(key: string, options: CallOptions = {}): Promise<VersionedAttributes> {
    try {
      const get = new GetCommand({ TableName: this.tableName, Key: { [this.keyName]: key }, ConsistentRead: true });
      const { Item } = await withinBudget(() => this.client.send(get, options), options.abortSignal);
      const attributes = Item?.[this.attributesName];
      const version = Item?.[this.versionName];
      const writeId = Item?.[WRITE_ID];
      return {
        attributes: isAttributes(attributes) ? attributes : {},
        version: typeof version === 'number' ? version : undefined,
        writeId: typeof writeId === 'string' ? writeId : undefined,
      };
    } catch (error) {
      throw new StoreUnavailableError('GetItem', error);
    }
  }

  /**
   * Writes the whole item if nobody wrote since `expectedVersion` was read; returns the new version.
   * @throws WriteConflictError when someone did.
   */
  async write(
    key: string,
    attributes: Attributes,
    expectedVersion: number | undefined,
    options: CallOptions & { writeId?: string } = {},
  ) {
    const version = (expectedVersion ?? 0) + 1;
    try {
      const put = new PutCommand({
        TableName: this.tableName,
        Item: {
          [this.keyName]: key,
          [this.attributesName]: attributes,
          [this.versionName]: version,
          ...(options.writeId ? { [WRITE_ID]: options.writeId } : {}),
        },
        ConditionExpression: expectedVersion === undefined ? 'attribute_not_exists(#version)' : '#version = :expected',
        ExpressionAttributeNames: { '#version': this.versionName },
        ...(expectedVersion === undefined ? {} : { ExpressionAttributeValues: { ':expected': expectedVersion } }),
      });
      await withinBudget(() => this.client.send(put, { abortSignal: options.abortSignal }), options.abortSignal);
      return version;
    } catch (error) {
      // By name as well as class: a bundle or a mock may carry its own copy of the class.
      if (
        error instanceof ConditionalCheckFailedException ||
        (error as Error)?.name === 'ConditionalCheckFailedException'
      ) {
        throw new WriteConflictError();
      }
      throw new StoreUnavailableError('PutItem', error);
    }
  }

  async delete(key: string, options: CallOptions = {}): Promise<void> {
    try {
      const remove = new DeleteCommand({ TableName: this.tableName, Key: { [this.keyName]: key } });
      await withinBudget(() => this.client.send(remove, options), options.abortSignal);
    } catch (error) {
      throw new StoreUnavailableError('DeleteItem', error);
    }
  }
}

function isAttributes(value: unknown): value is Attributes {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
