import { MOCK_DEFAULT_TIMING_CONFIG } from '../../support/mockStoreConfig';
import { marshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import {
  ConditionalCheckFailedException,
  InternalServerError,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { buildSkill } from '../../../lambda/skill';
import { intentRequest, launchRequest } from '../../support/requests';
import { sessionEnds, spoken } from '../../support/speech';

const documentMock = mockClient(DynamoDBDocumentClient);
const storeConfig = MOCK_DEFAULT_TIMING_CONFIG;
const APOLOGY = "I couldn't reach your trolley just now; nothing was lost. Please try again in a moment.";
const addMilk = () => intentRequest('AddItemIntent', { item: { value: 'milk', id: 'dairy:milk' } });

beforeEach(() => documentMock.reset());

describe('when DynamoDB fails, Alexa apologises in plain words and nothing is written', () => {
  it.each([
    ['throttled', new ProvisionedThroughputExceededException({ message: 'Rate exceeded', $metadata: {} })],
    ['an internal error', new InternalServerError({ message: 'Internal error', $metadata: {} })],
    ['a network failure', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
  ])('reading the trolley is %s', async (_, error) => {
    documentMock.on(GetCommand).rejects(error);
    const response = await buildSkill({ storeConfig }).invoke(addMilk());
    expect(spoken(response)).toBe(APOLOGY);
    expect(sessionEnds(response)).toBe(true);
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('writing is throttled', async () => {
    documentMock.on(GetCommand).resolves({});
    documentMock
      .on(PutCommand)
      .rejects(new ProvisionedThroughputExceededException({ message: 'Rate exceeded', $metadata: {} }));
    expect(spoken(await buildSkill({ storeConfig }).invoke(addMilk()))).toBe(APOLOGY);
  });

  it('DynamoDB never answers: the answer still comes inside the budget', async () => {
    documentMock.on(GetCommand).callsFake(() => new Promise(() => undefined));
    const response = await buildSkill({ storeConfig: { ...storeConfig, budgetMs: 100 } }).invoke(launchRequest());
    expect(spoken(response)).toBe(APOLOGY);
  });

  it('the raw error never reaches speech', async () => {
    documentMock.on(GetCommand).rejects(new Error('AccessDeniedException: arn:aws:dynamodb:secret-table'));
    const response = await buildSkill({ storeConfig }).invoke(addMilk());
    expect(spoken(response)).not.toMatch(/arn:|AccessDenied|dynamodb/i);
  });
});

describe('when another device writes in between', () => {
  it('re-applies to what the other device wrote: both changes are kept and Alexa confirms hers', async () => {
    const bread = { key: 'bread', name: 'bread', countable: false, aisle: 'bakery' };
    const refusal = Object.assign(
      new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }),
      { Item: marshall({ id: 'x', attributes: { trolley: { lines: [bread] } }, version: 1 }) },
    );
    documentMock.on(GetCommand).resolves({});
    documentMock.on(PutCommand).rejectsOnce(refusal).resolves({});

    const response = await buildSkill({ storeConfig }).invoke(addMilk());

    expect(spoken(response)).toBe("Added milk. You've got 2 things in your trolley.");
    const lastPut = documentMock.commandCalls(PutCommand).at(-1)?.args[0].input;
    expect(Object.keys(lastPut?.Item?.attributes.lines ?? {})).toEqual(['bread', 'milk']);
  });
});
