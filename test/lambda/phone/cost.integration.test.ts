import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { linkedToken, phoneWorld, post, type PhoneWorld } from './support/phoneWorld';

const ALICE = 'amzn1.ask.account.PHONE-COST-ALICE';

/** What one page request costs in DynamoDB calls, counted on DynamoDB Local (docs/phone.md quotes these). */
describe('DynamoDB calls per page request', () => {
  let world: PhoneWorld;
  let token: string;
  let calls: string[];

  beforeEach(async () => {
    world = await phoneWorld();
    await world.add(ALICE, 'milk and two tins of tuna');
    token = await linkedToken(world, ALICE);
    calls = [];
    const send = DynamoDBDocumentClient.prototype.send;
    jest.spyOn(DynamoDBDocumentClient.prototype, 'send').mockImplementation(function (
      this: DynamoDBDocumentClient,
      command: unknown,
      ...rest: unknown[]
    ) {
      calls.push((command as { constructor: { name: string } }).constructor.name);
      return (send as (...args: unknown[]) => unknown).call(this, command, ...rest);
    } as never);
  });
  afterEach(() => jest.restoreAllMocks());

  it('a poll reads the token and the trolley, changed or not', async () => {
    const first = await world.send({ path: '/api/trolley', token });
    expect(calls).toEqual(['GetCommand', 'GetCommand']);
    calls = [];
    await world.send({ path: '/api/trolley', token, headers: { 'if-none-match': first.headers.etag } });
    expect(calls).toEqual(['GetCommand', 'GetCommand']);
  });

  it('a tick or an add reads the token and the trolley and writes once', async () => {
    await world.send(post('/api/tick', { id: randomUUID(), key: 'milk', unit: '', name: 'milk' }, token));
    expect(calls).toEqual(['GetCommand', 'GetCommand', 'UpdateCommand']);
    calls = [];
    await world.send(post('/api/add', { id: randomUUID(), text: 'eggs' }, token));
    expect(calls).toEqual(['GetCommand', 'GetCommand', 'UpdateCommand']);
  });

  it('a request without a token costs nothing', async () => {
    await world.send({ path: '/api/trolley' });
    await world.send({ path: '/' });
    expect(calls).toEqual([]);
  });
});
