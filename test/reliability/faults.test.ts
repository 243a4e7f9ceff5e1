import { MOCK_DEFAULT_TIMING_CONFIG } from '../support/mockStoreConfig';
import { marshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import {
  ConditionalCheckFailedException,
  DynamoDBServiceException,
  RequestLimitExceeded,
  ThrottlingException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { buildSkill } from '../../lambda/skill';
import { intentRequest } from '../support/requests';
import { sessionEnds, spoken } from '../support/speech';

/**
 * DynamoDB errors that test/lambda/skill/failures.test.ts and test/lambda/store/trolleyStore.test.ts leave out:
 * account-level throttling, transaction conflicts, a rejected write, and failures that arrive after a
 * conflict, half-way through a re-read-and-re-apply.
 */
const documentMock = mockClient(DynamoDBDocumentClient);
const storeConfig = MOCK_DEFAULT_TIMING_CONFIG;
const APOLOGY = "I couldn't reach your trolley just now; nothing was lost. Please try again in a moment.";
const metadata = { $metadata: {} };
const stored = { Item: { id: 'u', version: 1, attributes: { trolley: { lines: [] } } } };
const addTea = () => intentRequest('AddItemIntent', { item: 'earl grey tea', quantity: '2' });

beforeEach(() => documentMock.reset());

describe('errors DynamoDB may return: Alexa apologises and nothing is written', () => {
  it.each([
    [
      'account request limit',
      new RequestLimitExceeded({ message: 'Throughput exceeds the account limit', ...metadata }),
    ],
    [
      'throttling',
      new ThrottlingException({ message: 'Rate of requests exceeds the allowed throughput', ...metadata }),
    ],
  ])('reading hits the %s', async (_, error) => {
    documentMock.on(GetCommand).rejects(error);
    const response = await buildSkill({ storeConfig }).invoke(addTea());
    expect(spoken(response)).toBe(APOLOGY);
    expect(sessionEnds(response)).toBe(true);
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(0);
  });

  it.each([
    ['a transaction conflict', new TransactionConflictException({ message: 'Transaction is ongoing', ...metadata })],
    [
      'a validation error',
      new DynamoDBServiceException({
        name: 'ValidationException',
        $fault: 'client',
        message: 'Item size has exceeded the maximum allowed size',
        ...metadata,
      }),
    ],
  ])('writing hits %s', async (_, error) => {
    documentMock.on(GetCommand).resolves(stored);
    documentMock.on(PutCommand).rejects(error);
    const response = await buildSkill({ storeConfig }).invoke(addTea());
    expect(spoken(response)).toBe(APOLOGY);
    // Not mistaken for another device's change: one write tried, no re-apply loop.
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(1);
  });
});

describe('failures half-way through recovering from a conflict', () => {
  /** DynamoDB's refusal, carrying the item as it is now (ReturnValuesOnConditionCheckFailure: ALL_OLD). */
  const conflict = (item?: Record<string, unknown>) =>
    Object.assign(new ConditionalCheckFailedException({ message: 'The conditional request failed', ...metadata }), {
      ...(item ? { Item: marshall(item) } : {}),
    });

  it('the second write after a conflict is throttled: the apology, and nothing was written', async () => {
    documentMock.on(GetCommand).resolves(stored);
    documentMock
      .on(PutCommand)
      .rejectsOnce(conflict(stored.Item))
      .rejects(new ThrottlingException({ message: 'Rate exceeded', ...metadata }));

    expect(spoken(await buildSkill({ storeConfig }).invoke(addTea()))).toBe(APOLOGY);
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(2);
  });

  it('after a conflict the change is re-applied to what the other device wrote, without reading again', async () => {
    const milk = { key: 'said:oat milk', name: 'oat milk', countable: false, aisle: 'other', quantity: 1 };
    documentMock.on(GetCommand).resolves(stored);
    documentMock
      .on(PutCommand)
      .rejectsOnce(conflict({ id: 'u', version: 2, attributes: { trolley: { lines: [milk] } } }))
      .resolves({});

    expect(spoken(await buildSkill({ storeConfig }).invoke(addTea()))).toMatch(
      /^Added 2 .+\. You've got 2 things in your trolley\.$/,
    );
    expect(documentMock.commandCalls(GetCommand)).toHaveLength(1);
    const written = documentMock.commandCalls(PutCommand)[1]?.args[0].input;
    expect(written?.ExpressionAttributeValues).toEqual({ ':expected': 2 });
    const lines = Object.values(
      written?.Item?.attributes.lines as Record<string, { name: string; quantity?: number; order: number }>,
    ).sort((a, b) => a.order - b.order);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ ...milk, order: expect.any(Number) });
    expect(lines[1]?.quantity).toBe(2);
  });
});
