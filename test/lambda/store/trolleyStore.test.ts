import { mockClient } from 'aws-sdk-client-mock';
import { ConditionalCheckFailedException, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { apply, type ItemRequest } from '../../../lambda/domain/trolley';
import { DEFAULT_TIMING, storeConfigFromEnv, ALEXA_RESPONSE_LIMIT_MS } from '../../../lambda/store/config';
import { createDocumentClient } from '../../../lambda/store/documentClient';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { DynamoDbTrolleyStore } from '../../../lambda/store/trolleyStore';
import { TrolleyTable } from '../../../lambda/store/trolleyTable';

const documentMock = mockClient(DynamoDBDocumentClient);
const config = { ...storeConfigFromEnv({}), region: 'eu-west-1', tableName: 'trolley-table' };
const milk: ItemRequest = { item: { key: 'milk', name: 'milk', countable: false, aisle: 'dairy' } };
const bread: ItemRequest = { item: { key: 'bread', name: 'bread', countable: false, aisle: 'bakery' } };

function storeWith(timing = config) {
  const table = new TrolleyTable({ tableName: timing.tableName, documentClient: createDocumentClient(timing) });
  return new DynamoDbTrolleyStore(table, timing);
}

const addMilk = (state: Parameters<typeof apply>[0]) => apply(state, { kind: 'add', items: [milk] });
/** DynamoDB's refusal, carrying the item that refused the write, as ReturnValuesOnConditionCheckFailure asks. */
const conflict = (item?: Record<string, unknown>) =>
  Object.assign(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }), {
    ...(item ? { Item: marshall(item, { removeUndefinedValues: true }) } : {}),
  });

/** A schema-2 item as the store writes it. */
function schema2(lines: Record<string, Record<string, unknown>>, version = 3) {
  return { id: 'u', attributes: { schema: 2, lines }, version, writes: { earlier: 1 } };
}

beforeEach(() => documentMock.reset());

describe('the store over a mocked DynamoDB', () => {
  it('reads strongly consistently, and a new user’s first write is a whole item that must not exist yet', async () => {
    documentMock.on(GetCommand).resolves({});
    documentMock.on(PutCommand).resolves({});

    await storeWith().update('user-1', addMilk);

    expect(documentMock.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: 'trolley-table',
      Key: { id: 'user-1' },
      ConsistentRead: true,
    });
    const put = documentMock.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put?.ConditionExpression).toBe('attribute_not_exists(#version)');
    expect(put?.Item).toMatchObject({
      id: 'user-1',
      version: 1,
      attributes: { schema: 2, lines: { milk: { key: 'milk', order: expect.any(Number) } } },
    });
    expect(Object.keys(put?.Item?.writes ?? {})).toHaveLength(1);
  });

  it('migrates a schema-1 item with a whole-item write conditioned on the version read', async () => {
    documentMock.on(GetCommand).resolves({
      Item: { id: 'u', attributes: { trolley: { lines: [{ ...bread.item }] }, other: 'kept' }, version: 4 },
    });
    documentMock.on(PutCommand).resolves({});

    await storeWith().update('u', addMilk);

    const put = documentMock.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put?.ConditionExpression).toBe('#version = :expected');
    expect(put?.ExpressionAttributeValues).toEqual({ ':expected': 4 });
    expect(put?.Item?.attributes).toEqual({
      schema: 2,
      other: 'kept',
      lines: { bread: expect.objectContaining({ key: 'bread' }), milk: expect.objectContaining({ key: 'milk' }) },
      undo: { change: 'add', restore: [], drop: ['milk'] },
      lastKey: 'milk',
    });
    expect(documentMock.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('writes a change to a schema-2 trolley as one UpdateItem on its own line, and answers from ALL_NEW', async () => {
    documentMock.on(GetCommand).resolves({ Item: schema2({ bread: { ...bread.item, order: 1 } }) });
    documentMock.on(UpdateCommand).resolves({
      Attributes: schema2({
        bread: { ...bread.item, order: 1 },
        milk: { ...milk.item, order: 2 },
        jam: { key: 'jam', name: 'jam', countable: false, aisle: 'pantry', order: 3 },
      }),
    });

    const { outcome, state } = await storeWith().update('u', addMilk);

    const update = documentMock.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(update?.UpdateExpression).toMatch(/^SET /);
    expect(update?.ConditionExpression).toContain('attribute_not_exists(#a.#lines.');
    expect(update?.ReturnValues).toBe('ALL_NEW');
    expect(update?.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
    // Only the new line is named: the bread line is not part of the write.
    expect(Object.values(update?.ExpressionAttributeNames ?? {})).toContain('milk');
    expect(Object.values(update?.ExpressionAttributeNames ?? {})).not.toContain('bread');
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(0);
    // What another device added meanwhile is counted in the answer.
    expect(state.trolley.lines.map((line) => line.key)).toEqual(['bread', 'milk', 'jam']);
    expect(outcome).toMatchObject({ kind: 'added', lineCount: 3 });
  });

  it('on a refusal, re-applies to the item that refused, without reading again', async () => {
    documentMock.on(GetCommand).resolves({ Item: schema2({}) });
    documentMock
      .on(UpdateCommand)
      .rejectsOnce(conflict(schema2({ bread: { ...bread.item, order: 1 } }, 4)))
      .resolves({ Attributes: schema2({ bread: { ...bread.item, order: 1 }, milk: { ...milk.item, order: 2 } }, 5) });

    const { state } = await storeWith().update('u', addMilk);

    expect(documentMock.commandCalls(GetCommand)).toHaveLength(1);
    expect(documentMock.commandCalls(UpdateCommand)).toHaveLength(2);
    expect(state.trolley.lines.map((line) => line.key)).toEqual(['bread', 'milk']);
  });

  it('recognises its own write in a refusal (the SDK retried a write that had landed) and applies it once', async () => {
    documentMock.on(GetCommand).resolves({ Item: schema2({}) });
    let writeId = '';
    documentMock.on(UpdateCommand).callsFake((input: { ExpressionAttributeNames: Record<string, string> }) => {
      writeId = Object.entries(input.ExpressionAttributeNames).find(([name]) => name === '#n0')?.[1] ?? '';
      const landed = schema2({ milk: { ...milk.item, order: 2 } }, 4);
      throw conflict({ ...landed, writes: { ...landed.writes, [writeId]: Date.now() } });
    });

    const { state, outcome } = await storeWith().update('u', addMilk);

    expect(writeId).not.toBe('');
    expect(documentMock.commandCalls(UpdateCommand)).toHaveLength(1);
    expect(outcome.kind).toBe('added');
    expect(state.trolley.lines.map((line) => line.key)).toEqual(['milk']);
  });

  it('gives up after the bounded number of conflicts, as unavailable rather than lost', async () => {
    documentMock.on(GetCommand).resolves({ Item: schema2({}) });
    documentMock.on(UpdateCommand).rejects(conflict(schema2({})));
    const store = storeWith({ ...config, maxConflictRetries: 3 });
    await expect(store.update('u', addMilk)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(documentMock.commandCalls(UpdateCommand)).toHaveLength(4);
  });

  it('reports throttling as unavailable and writes nothing', async () => {
    documentMock
      .on(GetCommand)
      .rejects(new ProvisionedThroughputExceededException({ message: 'Rate exceeded', $metadata: {} }));
    await expect(storeWith({ ...config, maxAttempts: 1 }).update('u', addMilk)).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(0);
    expect(documentMock.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('gives up when DynamoDB never answers, inside the time budget', async () => {
    documentMock.on(GetCommand).callsFake(() => new Promise(() => undefined));
    await expect(storeWith({ ...config, budgetMs: 50 }).load('u')).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('does not write when a command changes nothing', async () => {
    documentMock.on(GetCommand).resolves({});
    const result = await storeWith().update('u', (state) => apply(state, { kind: 'clear' }));
    expect(result.outcome.kind).toBe('alreadyEmpty');
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(0);
    expect(documentMock.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('refuses to write over a trolley stored in a schema it does not know', async () => {
    documentMock.on(GetCommand).resolves({ Item: { id: 'u', attributes: { schema: 3, lines: {} }, version: 9 } });
    await expect(storeWith().update('u', addMilk)).rejects.toThrow(/schema 3/);
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(0);
    expect(documentMock.commandCalls(UpdateCommand)).toHaveLength(0);
  });
});

describe('the time budget', () => {
  it('keeps every DynamoDB wait well inside Alexa’s 8 seconds', () => {
    const worstSingleCall =
      DEFAULT_TIMING.maxAttempts * (DEFAULT_TIMING.connectionTimeoutMs + DEFAULT_TIMING.requestTimeoutMs);
    // The budget, plus settling a write whose answer was lost, leaves 2 s for a cold start and the response.
    expect(DEFAULT_TIMING.budgetMs + DEFAULT_TIMING.settleBudgetMs).toBeLessThanOrEqual(
      ALEXA_RESPONSE_LIMIT_MS - 2_000,
    );
    // The budget caps the sum of all calls in a request; one call alone must also fit inside it.
    expect(worstSingleCall).toBeLessThanOrEqual(DEFAULT_TIMING.budgetMs + DEFAULT_TIMING.requestTimeoutMs);
  });

  it('reads the Alexa-hosted environment', () => {
    const fromEnv = storeConfigFromEnv({
      DYNAMODB_PERSISTENCE_TABLE_NAME: 'hosted-table',
      DYNAMODB_PERSISTENCE_REGION: 'us-east-1',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
    });
    expect(fromEnv).toMatchObject({
      tableName: 'hosted-table',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:8000',
    });
  });
});
