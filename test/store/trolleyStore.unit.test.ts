import { mockClient } from 'aws-sdk-client-mock';
import { ConditionalCheckFailedException, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { apply, type ItemRequest } from '../../lambda/domain/trolley';
import { DEFAULT_TIMING, storeConfigFromEnv, ALEXA_RESPONSE_LIMIT_MS } from '../../lambda/store/config';
import { createDocumentClient } from '../../lambda/store/documentClient';
import { DynamoDbPersistenceAdapter } from '../../lambda/store/dynamoDbPersistenceAdapter';
import { StoreUnavailableError } from '../../lambda/store/errors';
import { DynamoDbTrolleyStore } from '../../lambda/store/trolleyStore';

const documentMock = mockClient(DynamoDBDocumentClient);
const config = { ...storeConfigFromEnv({}), region: 'eu-west-1', tableName: 'trolley-table' };
const milk: ItemRequest = { item: { key: 'milk', name: 'milk', countable: false, aisle: 'dairy' } };
const bread: ItemRequest = { item: { key: 'bread', name: 'bread', countable: false, aisle: 'bakery' } };

function storeWith(timing = config) {
  const adapter = new DynamoDbPersistenceAdapter({
    tableName: timing.tableName,
    documentClient: createDocumentClient(timing),
  });
  return new DynamoDbTrolleyStore(adapter, timing);
}

const addMilk = (state: Parameters<typeof apply>[0]) => apply(state, { kind: 'add', items: [milk] });
const conflict = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

beforeEach(() => documentMock.reset());

describe('the store over a mocked DynamoDB', () => {
  it('reads strongly consistently in the official layout and writes conditionally on the version read', async () => {
    documentMock
      .on(GetCommand)
      .resolves({ Item: { id: 'user-1', attributes: { trolley: { lines: [] } }, version: 4 } });
    documentMock.on(PutCommand).resolves({});

    await storeWith().update('user-1', addMilk);

    expect(documentMock.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: 'trolley-table',
      Key: { id: 'user-1' },
      ConsistentRead: true,
    });
    const put = documentMock.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put?.ConditionExpression).toBe('#version = :expected');
    expect(put?.ExpressionAttributeValues).toEqual({ ':expected': 4 });
    expect(put?.Item).toMatchObject({
      id: 'user-1',
      version: 5,
      attributes: { trolley: { lines: [{ key: 'milk' }] } },
    });
  });

  it('a first write requires that no versioned item exists yet', async () => {
    documentMock.on(GetCommand).resolves({});
    documentMock.on(PutCommand).resolves({});
    await storeWith().update('user-1', addMilk);
    const put = documentMock.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put?.ConditionExpression).toBe('attribute_not_exists(#version)');
    expect(put?.Item).toMatchObject({ version: 1 });
  });

  it('on a conditional-check failure, re-reads and re-applies so the other device’s change survives', async () => {
    documentMock
      .on(GetCommand)
      .resolvesOnce({ Item: { id: 'u', attributes: { trolley: { lines: [] } }, version: 1 } })
      .resolves({ Item: { id: 'u', attributes: { trolley: { lines: [{ ...bread.item }] } }, version: 2 } });
    documentMock.on(PutCommand).rejectsOnce(conflict()).resolves({});

    const { state } = await storeWith().update('u', addMilk);

    expect(state.trolley.lines.map((line) => line.key)).toEqual(['bread', 'milk']);
    const puts = documentMock.commandCalls(PutCommand);
    expect(puts).toHaveLength(2);
    expect(puts[1]?.args[0].input.ExpressionAttributeValues).toEqual({ ':expected': 2 });
  });

  it('gives up after the bounded number of conflicts, as unavailable rather than lost', async () => {
    documentMock.on(GetCommand).resolves({ Item: { id: 'u', attributes: {}, version: 1 } });
    documentMock.on(PutCommand).rejects(conflict());
    const store = storeWith({ ...config, maxConflictRetries: 3 });
    await expect(store.update('u', addMilk)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(4);
  });

  it('reports throttling as unavailable and writes nothing', async () => {
    documentMock
      .on(GetCommand)
      .rejects(new ProvisionedThroughputExceededException({ message: 'Rate exceeded', $metadata: {} }));
    await expect(storeWith({ ...config, maxAttempts: 1 }).update('u', addMilk)).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(0);
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
  });
});

describe('the time budget', () => {
  it('keeps every DynamoDB wait well inside Alexa’s 8 seconds', () => {
    const worstSingleCall =
      DEFAULT_TIMING.maxAttempts * (DEFAULT_TIMING.connectionTimeoutMs + DEFAULT_TIMING.requestTimeoutMs);
    expect(DEFAULT_TIMING.budgetMs).toBeLessThanOrEqual(ALEXA_RESPONSE_LIMIT_MS - 2_000);
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
