import { MOCK_STORE_CONFIG } from '../support/mockStoreConfig';
import { generateKeyPairSync } from 'node:crypto';
import https from 'node:https';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createLogger } from '../../lambda/logging';
import { buildSkill } from '../../lambda/skill';
import type { StoreConfig } from '../../lambda/store/config';
import { createDocumentClient } from '../../lambda/store/documentClient';
import { freshTable } from '../support/dynamodb';
import { intentRequest, skillDisabledEvent, SKILL_ID } from '../support/requests';
import { spoken } from '../support/speech';
import { ALEXA_CERT_URL, post, signatureOf, startSkillEndpoint, type SkillEndpoint } from './support/signedHttp';

const ALICE = 'amzn1.ask.account.ALICE-raw-user-id';
const BOB = 'amzn1.ask.account.BOB-raw-user-id';
const MOCK_CONFIG = MOCK_STORE_CONFIG;
const addMilk = (options: Parameters<typeof intentRequest>[2] = {}) =>
  intentRequest('AddItemIntent', { item: 'oat milk', quantity: '2' }, options);

describe('requests that are not for this skill, or not from Alexa, never reach the trolley', () => {
  const documentMock = mockClient(DynamoDBDocumentClient);
  let endpoint: SkillEndpoint;
  let network: jest.SpyInstance;

  beforeAll(async () => {
    endpoint = await startSkillEndpoint(buildSkill({ skillId: SKILL_ID, storeConfig: MOCK_CONFIG }));
  });
  beforeEach(() => {
    documentMock.reset();
    documentMock.on(GetCommand).resolves({});
    documentMock.on(PutCommand).resolves({});
    // Tests are offline: any attempt to download a certificate fails loudly, and is counted.
    network = jest.spyOn(https, 'get').mockImplementation(() => {
      throw new Error('No network in tests');
    });
  });
  afterEach(() => network.mockRestore());
  afterAll(async () => {
    await endpoint.close();
    documentMock.restore();
  });

  it('a request for another skill id is refused before any read or write', async () => {
    const skill = buildSkill({ skillId: SKILL_ID, storeConfig: MOCK_CONFIG });
    await expect(skill.invoke(addMilk({ skillId: 'amzn1.ask.skill.someone-else' }))).rejects.toThrow(
      /verification failed/i,
    );
    expect(documentMock.commandCalls(GetCommand)).toHaveLength(0);
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(0);
  });

  /** A body as Alexa sends it, `ageMs` old. */
  const body = (ageMs = 0) => {
    const envelope = addMilk();
    (envelope.request as { timestamp: string }).timestamp = new Date(Date.now() - ageMs).toISOString();
    return JSON.stringify(envelope);
  };
  const signedHeaders = (text: string) => ({
    'Signature-256': signatureOf(text, endpoint.alexaKey),
    SignatureCertChainUrl: ALEXA_CERT_URL,
  });

  it('a request signed as Alexa signs, and fresh, is answered (so the refusals below mean something)', async () => {
    const text = body();
    const { status, text: answer } = await post(endpoint.url, text, signedHeaders(text));
    expect(status).toBe(200);
    expect(spoken(JSON.parse(answer))).toMatch(/^Added 2 pints of oat milk/);
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(1);
  });

  const otherKey = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const refused: [string, () => { text: string; headers: Record<string, string> }][] = [
    ['unsigned', () => ({ text: body(), headers: {} })],
    ['without a certificate URL', () => ({ text: body(), headers: { 'Signature-256': 'c2lnbmF0dXJl' } })],
    ['without a signature', () => ({ text: body(), headers: { SignatureCertChainUrl: ALEXA_CERT_URL } })],
    [
      'with a certificate from a host that is not Amazon’s',
      () => {
        const text = body();
        const headers = signedHeaders(text);
        return { text, headers: { ...headers, SignatureCertChainUrl: 'https://evil.example.com/echo.api/cert.pem' } };
      },
    ],
    [
      'with a certificate over plain http',
      () => {
        const text = body();
        return {
          text,
          headers: { ...signedHeaders(text), SignatureCertChainUrl: ALEXA_CERT_URL.replace('https', 'http') },
        };
      },
    ],
    [
      'signed with another key',
      () => {
        const text = body();
        return { text, headers: { ...signedHeaders(text), 'Signature-256': signatureOf(text, otherKey()) } };
      },
    ],
    [
      'signed, then changed',
      () => {
        const text = body();
        return { text: text.replace('oat milk', 'caviar'), headers: signedHeaders(text) };
      },
    ],
    [
      'correctly signed but stale (more than 150 seconds old)',
      () => {
        const text = body(151_000);
        return { text, headers: signedHeaders(text) };
      },
    ],
  ];

  it.each(refused)('a request %s is refused, offline, and never reaches the store', async (why, make) => {
    const { text, headers } = make();
    const { status, text: answer } = await post(endpoint.url, text, headers);
    expect(status).toBe(400);
    expect(answer).toMatch(why.includes('stale') ? /Timestamp verification failed/ : /verification failed/i);
    expect(documentMock.commandCalls(GetCommand)).toHaveLength(0);
    expect(documentMock.commandCalls(PutCommand)).toHaveLength(0);
    expect(network).not.toHaveBeenCalled();
  });
});

describe('each user’s trolley is theirs alone, on DynamoDB Local', () => {
  let config: StoreConfig;
  beforeAll(async () => {
    config = await freshTable('users');
  });

  const storedItem = async (userId: string) =>
    (
      await createDocumentClient(config).send(
        new GetCommand({ TableName: config.tableName, Key: { id: userId }, ConsistentRead: true }),
      )
    ).Item;

  it('one user can never hear, change, clear or undo another’s trolley', async () => {
    const skill = buildSkill({ skillId: SKILL_ID, storeConfig: config });
    await skill.invoke(intentRequest('AddItemIntent', { item: 'birthday candles', quantity: '3' }, { userId: ALICE }));
    const aliceBefore = await storedItem(ALICE);

    const asBob = (envelope: RequestEnvelope) => skill.invoke(envelope);
    expect(spoken(await asBob(intentRequest('ListTrolleyIntent', {}, { userId: BOB })))).toBe("Your trolley's empty.");
    expect(
      spoken(await asBob(intentRequest('RemoveItemIntent', { item: 'birthday candles' }, { userId: BOB }))),
    ).toMatch(/^There's no birthday candles/);
    await asBob(intentRequest('ClearTrolleyIntent', {}, { userId: BOB, confirmationStatus: 'CONFIRMED' }));
    await asBob(intentRequest('UndoIntent', {}, { userId: BOB }));
    // A session that names Alice, in a request from Bob's account: the account decides, not the session.
    const forged = intentRequest('AddItemIntent', { item: 'gin' }, { userId: BOB });
    if (forged.session) forged.session.user = { userId: ALICE };
    await asBob(forged);

    expect(await storedItem(ALICE)).toEqual(aliceBefore);
    expect(spoken(await skill.invoke(intentRequest('ListTrolleyIntent', {}, { userId: ALICE })))).toMatch(
      /3 packs of birthday candles\.$/,
    );
  });

  it('disabling the skill deletes all of that user’s data and nothing of anyone else’s', async () => {
    const skill = buildSkill({ skillId: SKILL_ID, storeConfig: config });
    const carol = 'amzn1.ask.account.CAROL';
    const dave = 'amzn1.ask.account.DAVE';
    await skill.invoke(intentRequest('AddItemIntent', { item: 'paprika' }, { userId: carol }));
    await skill.invoke(intentRequest('AddItemIntent', { item: 'paprika' }, { userId: dave }));
    const daveBefore = await storedItem(dave);
    expect(await storedItem(carol)).toBeDefined();

    await skill.invoke(skillDisabledEvent({ userId: carol }));

    expect(await storedItem(carol)).toBeUndefined();
    expect(await storedItem(dave)).toEqual(daveBefore);
  });
});

describe('logs are structured JSON with no item text and no raw user id', () => {
  const ITEM = 'zanzibar pickled walnuts';
  let written: string[];
  let spies: jest.SpyInstance[];
  let level: string | undefined;

  beforeEach(() => {
    level = process.env.POWERTOOLS_LOG_LEVEL;
    process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
    written = [];
    const capture = (chunk: unknown) => {
      written.push(String(chunk));
      return true;
    };
    spies = [
      jest.spyOn(process.stdout, 'write').mockImplementation(capture),
      jest.spyOn(process.stderr, 'write').mockImplementation(capture),
    ];
  });
  afterEach(() => {
    for (const spy of spies) spy.mockRestore();
    process.env.POWERTOOLS_LOG_LEVEL = level;
  });

  const logLines = () =>
    written
      .join('')
      .split('\n')
      .filter((line) => line.trim().length > 0);

  it('while things work and while DynamoDB is unreachable', async () => {
    const config = await freshTable('logs');
    const skill = buildSkill({ storeConfig: config, logger: createLogger() });
    await skill.invoke(intentRequest('AddItemIntent', { item: ITEM, quantity: '2' }, { userId: ALICE }));
    await skill.invoke(intentRequest('RemoveItemIntent', { item: ITEM, quantity: '1' }, { userId: ALICE }));
    await skill.invoke(intentRequest('AddItemIntent', { item: ITEM }, { userId: BOB }));
    const unreachable = buildSkill({
      storeConfig: { ...config, endpoint: 'http://127.0.0.1:9', maxAttempts: 1, budgetMs: 500 },
      logger: createLogger(),
    });
    expect(spoken(await unreachable.invoke(addMilk({ userId: ALICE })))).toMatch(/couldn.t reach your trolley/);

    const lines = logLines();
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.length).toBeGreaterThanOrEqual(5);
    expect(records.some((record) => record.level === 'ERROR')).toBe(true);
    for (const line of lines) {
      expect(line).not.toMatch(/zanzibar|walnut|oat milk/i);
      expect(line).not.toContain('ALICE-raw-user-id');
      expect(line).not.toContain('BOB-raw-user-id');
    }
    // Alice, Alice, Bob through one skill instance, then Alice through another (whose log line is the error).
    const received = records.filter((record) => record.message === 'Request received');
    expect(received).toHaveLength(4);
    const [alice, aliceAgain, bob] = received;
    expect(alice?.user).toMatch(/^[0-9a-f]{16}$/);
    expect(aliceAgain?.user).toBe(alice?.user);
    expect(bob?.user).not.toBe(alice?.user);
  });
});
