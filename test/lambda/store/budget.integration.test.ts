import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { buildSkill, createStore } from '../../../lambda/skill';
import { DEFAULT_TIMING } from '../../../lambda/store/config';
import { createDocumentClient } from '../../../lambda/store/documentClient';
import { EMPTY_ITEM, TrolleyTable } from '../../../lambda/store/trolleyTable';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { DynamoDbTrolleyStore } from '../../../lambda/store/trolleyStore';
import { freshTable } from '../../support/dynamodb';
import { intentRequest, USER_ID } from '../../support/requests';
import { spoken } from '../../support/speech';

/**
 * The time budget ends a request's DynamoDB work, and nothing it started may outlive it unhandled: in Lambda
 * an unhandled rejection fails whichever invocation is current and restarts the container.
 */
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));
beforeEach(() => (unhandled.length = 0));

/** Long enough for any call the SDK started to settle, so an unhandled rejection has been reported. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

it('a call asked for on a spent budget is never started, and fails as the store being unavailable', async () => {
  const config = await freshTable();
  const documentClient = createDocumentClient(config);
  const send = jest.spyOn(documentClient, 'send');
  const table = new TrolleyTable({ tableName: config.tableName, documentClient });
  const spent = AbortSignal.abort(new Error('Time budget used up'));

  await expect(table.read('user-1', { abortSignal: spent })).rejects.toBeInstanceOf(StoreUnavailableError);
  await expect(table.put('user-1', {}, EMPTY_ITEM, 'write-1', { abortSignal: spent })).rejects.toBeInstanceOf(
    StoreUnavailableError,
  );
  await expect(table.delete('user-1', { abortSignal: spent })).rejects.toBeInstanceOf(StoreUnavailableError);
  await settle();

  expect(send).not.toHaveBeenCalled();
  expect(unhandled).toEqual([]);
});

it('a budget that runs out during the conflict back-off ends the wait: the apology, nothing stored, nothing unhandled', async () => {
  const config = { ...(await freshTable()), budgetMs: 150, maxConflictRetries: 1_000 };
  const documentClient = createDocumentClient(config);
  const rival = createDocumentClient(config);
  // Another device (an older version of the skill, writing whole items) writes just before each write of
  // ours, so every one of ours meets a conflict.
  documentClient.middlewareStack.add(
    (next) => async (args) => {
      const version = (args.input as { Item?: { version?: number } }).Item?.version;
      if (version !== undefined) {
        const Item = { id: USER_ID, attributes: { trolley: { lines: [] } }, version };
        await rival.send(new PutCommand({ TableName: config.tableName, Item }));
      }
      return next(args);
    },
    { step: 'initialize', name: 'rivalWriter' },
  );
  // The longest back-off every time, so the budget most likely ends in a wait rather than in a call.
  jest.spyOn(Math, 'random').mockReturnValue(0.999);
  // A wall clock that disagrees with the budget's timer (here, one that stands still) must not matter.
  jest.spyOn(Date, 'now').mockReturnValue(Date.now());
  const table = new TrolleyTable({ tableName: config.tableName, documentClient });
  const skill = buildSkill({ store: new DynamoDbTrolleyStore(table, config) });
  // Connections open and warm, so the budget goes on the conflicts, not on a first handshake.
  await table.read('someone-else');

  const response = await skill.invoke(intentRequest('AddItemIntent', { item: 'milk' }));
  jest.restoreAllMocks();
  await settle();

  expect(spoken(response)).toMatch(/couldn.t reach your trolley/);
  expect(unhandled).toEqual([]);
  const { store } = createStore({ ...config, budgetMs: DEFAULT_TIMING.budgetMs });
  expect((await store.load(USER_ID)).trolley.lines).toEqual([]);
});
