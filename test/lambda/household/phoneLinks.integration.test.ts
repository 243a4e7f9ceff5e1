import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { ItemIdentity } from '../../../lambda/domain/item';
import { apply } from '../../../lambda/domain/trolley';
import { CODE_LIFETIME_MS } from '../../../lambda/household/codes';
import { RATE_LIMITS } from '../../../lambda/household/limits';
import { createStore, type Stores } from '../../../lambda/skill';
import type { StoreConfig } from '../../../lambda/store/config';
import { createDocumentClient } from '../../../lambda/store/documentClient';
import { freshTable } from '../../support/dynamodb';

/** Pairing a phone page by voice, on DynamoDB Local: the PhoneLinks contract the page's handler relies on. */
const ALICE = 'amzn1.ask.account.PHONE-ALICE';
const BOB = 'amzn1.ask.account.PHONE-BOB';
const milk: ItemIdentity = { key: 'dairy:milk', name: 'milk', countable: false, aisle: 'dairy' };
const tuna: ItemIdentity = { key: 'pantry:tuna', name: 'tin of tuna', countable: true, aisle: 'pantry' };

let config: StoreConfig;
let stores: Stores;

beforeEach(async () => {
  config = await freshTable('phones');
  stores = createStore(config);
});
afterEach(() => jest.useRealTimers());

async function everything(): Promise<Record<string, unknown>[]> {
  const { Items } = await createDocumentClient(config).send(new ScanCommand({ TableName: config.tableName }));
  return Items ?? [];
}

async function started(address = '203.0.113.7') {
  const pairing = await stores.phoneLinks.startPairing(address);
  if (!pairing.started) throw new Error('pairing was not started');
  return pairing;
}

/** A page paired to Alice's trolley: the token its cookie would hold. */
async function pairedToAlice(): Promise<string> {
  const { code, secret } = await started();
  expect(await stores.households.link(ALICE, code)).toEqual({ linked: true });
  const status = await stores.phoneLinks.pairingStatus(code, secret);
  if (status.status !== 'linked') throw new Error(`expected linked, got ${status.status}`);
  return status.token;
}

describe('a page pairs by a six-digit code said to Alexa', () => {
  it('waits, then is linked once to the speaker’s trolley, whose lines it then sees and changes', async () => {
    await stores.store.update(ALICE, (state) => apply(state, { kind: 'add', items: [{ item: milk }] }));
    const { code, secret, expiresAt } = await started();
    expect(code).toMatch(/^[1-9]\d{5}$/);
    expect(expiresAt - Date.now()).toBeGreaterThan(CODE_LIFETIME_MS - 5_000);
    expect(await stores.phoneLinks.pairingStatus(code, secret)).toEqual({ status: 'waiting' });

    expect(await stores.households.link(ALICE, code)).toEqual({ linked: true });
    const linked = await stores.phoneLinks.pairingStatus(code, secret);
    if (linked.status !== 'linked') throw new Error('not linked');
    expect(linked.token.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    // The code is used up: the token was returned once.
    expect(await stores.phoneLinks.pairingStatus(code, secret)).toEqual({ status: 'gone' });

    const key = await stores.phoneLinks.trolleyKeyFor(linked.token);
    expect(key).toMatch(/^household#/);
    expect((await stores.store.load(key as string)).trolley.lines).toEqual([milk]);
    // A change on the page is a change to Alice's trolley, heard by voice.
    await stores.store.update(key as string, (state) =>
      apply(state, { kind: 'add', items: [{ item: tuna, quantity: 2 }] }),
    );
    expect((await stores.store.load(ALICE)).trolley.lines).toEqual([milk, { ...tuna, quantity: 2 }]);
  });

  it('keeps only hashes: neither the token nor the pairing secret is stored, nor any user id outside its own key', async () => {
    const { code, secret } = await started();
    await stores.households.link(ALICE, code);
    const status = await stores.phoneLinks.pairingStatus(code, secret);
    if (status.status !== 'linked') throw new Error('not linked');
    const stored = JSON.stringify(await everything());
    expect(stored).not.toContain(status.token);
    expect(stored).not.toContain(secret);
    const items = await everything();
    expect(items.filter((item) => JSON.stringify(item).includes(ALICE)).map((item) => item.id)).toEqual([ALICE]);
  });

  it('a wrong secret, an unknown code and a malformed one are all gone, and reveal nothing', async () => {
    const { code, secret } = await started();
    const other = await started('198.51.100.2');
    expect(await stores.phoneLinks.pairingStatus(code, other.secret)).toEqual({ status: 'gone' });
    expect(await stores.phoneLinks.pairingStatus(code === '999999' ? '999998' : '999999', secret)).toEqual({
      status: 'gone',
    });
    expect(await stores.phoneLinks.pairingStatus('12345', secret)).toEqual({ status: 'gone' });
    expect(await stores.phoneLinks.pairingStatus(code, 'x')).toEqual({ status: 'gone' });
    // The wrong secret did not use the code up for its own page.
    expect(await stores.phoneLinks.pairingStatus(code, secret)).toEqual({ status: 'waiting' });
  });

  it('a code said by voice that no page is waiting with links nothing', async () => {
    const { code } = await started();
    const wrong = code === '999999' ? '999998' : '999999';
    expect(await stores.households.link(ALICE, wrong)).toEqual({ linked: false, reason: 'gone' });
  });

  it('an expired code can be neither linked nor collected, and is cleaned up when used', async () => {
    const { code, secret } = await started();
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'clearTimeout', 'queueMicrotask'] });
    jest.setSystemTime(Date.now() + CODE_LIFETIME_MS + 1);
    expect(await stores.households.link(ALICE, code)).toEqual({ linked: false, reason: 'gone' });
    expect(await stores.phoneLinks.pairingStatus(code, secret)).toEqual({ status: 'gone' });
    expect((await everything()).some((item) => item.id === `pairing#${code}`)).toBe(false);
  });

  it('a code linked by one account cannot be taken over by another', async () => {
    const { code, secret } = await started();
    await stores.store.update(BOB, (state) => apply(state, { kind: 'add', items: [{ item: tuna }] }));
    expect(await stores.households.link(ALICE, code)).toEqual({ linked: true });
    expect(await stores.households.link(BOB, code)).toEqual({ linked: false, reason: 'gone' });
    const status = await stores.phoneLinks.pairingStatus(code, secret);
    if (status.status !== 'linked') throw new Error('not linked');
    const key = (await stores.phoneLinks.trolleyKeyFor(status.token)) as string;
    expect((await stores.store.load(key)).trolley.lines).toEqual([]);
  });
});

describe('tokens', () => {
  it('an unknown or malformed token opens nothing', async () => {
    await pairedToAlice();
    expect(await stores.phoneLinks.trolleyKeyFor('A'.repeat(43))).toBeUndefined();
    expect(await stores.phoneLinks.trolleyKeyFor('')).toBeUndefined();
    expect(await stores.phoneLinks.trolleyKeyFor(ALICE)).toBeUndefined();
  });

  it('"unlink my phones" revokes every token of the household, and only of that household', async () => {
    const first = await pairedToAlice();
    const second = await pairedToAlice();
    const { code, secret } = await started();
    await stores.households.link(BOB, code);
    const bobs = await stores.phoneLinks.pairingStatus(code, secret);
    if (bobs.status !== 'linked') throw new Error('not linked');

    expect(await stores.households.members(ALICE)).toEqual({ accounts: 1, phones: 2 });
    expect(await stores.households.unlinkPhones(ALICE)).toEqual({ revoked: 2 });
    expect(await stores.phoneLinks.trolleyKeyFor(first)).toBeUndefined();
    expect(await stores.phoneLinks.trolleyKeyFor(second)).toBeUndefined();
    expect(await stores.households.members(ALICE)).toEqual({ accounts: 1, phones: 0 });
    expect(await stores.phoneLinks.trolleyKeyFor(bobs.token)).toMatch(/^household#/);
    expect(await stores.households.unlinkPhones(ALICE)).toEqual({ revoked: 0 });
  });

  it('a page linked by voice but not yet collected is revoked too', async () => {
    const { code, secret } = await started();
    await stores.households.link(ALICE, code);
    expect(await stores.households.unlinkPhones(ALICE)).toEqual({ revoked: 1 });
    expect(await stores.phoneLinks.pairingStatus(code, secret)).toEqual({ status: 'gone' });
  });

  it('two households never open each other’s trolley', async () => {
    await stores.store.update(BOB, (state) => apply(state, { kind: 'add', items: [{ item: tuna }] }));
    const alices = await pairedToAlice();
    const { code, secret } = await started();
    await stores.households.link(BOB, code);
    const bobs = await stores.phoneLinks.pairingStatus(code, secret);
    if (bobs.status !== 'linked') throw new Error('not linked');
    const aliceKey = (await stores.phoneLinks.trolleyKeyFor(alices)) as string;
    const bobKey = (await stores.phoneLinks.trolleyKeyFor(bobs.token)) as string;
    expect(aliceKey).not.toEqual(bobKey);
    expect((await stores.store.load(bobKey)).trolley.lines).toEqual([tuna]);
    expect((await stores.store.load(aliceKey)).trolley.lines).toEqual([]);
  });
});

describe('rate limits', () => {
  it('one address gets a limited number of codes an hour; another address is not held up', async () => {
    const { attempts } = RATE_LIMITS.pairingCodesPerAddress;
    for (let made = 0; made < attempts; made += 1) await started('192.0.2.1');
    expect(await stores.phoneLinks.startPairing('192.0.2.1')).toEqual({ started: false, reason: 'rate-limited' });
    expect((await stores.phoneLinks.startPairing('192.0.2.99')).started).toBe(true);
  });

  it('one account gets a limited number of link attempts a day, right or wrong', async () => {
    const { attempts } = RATE_LIMITS.codeAttemptsPerAccount;
    const { code } = await started();
    const wrong = code === '999999' ? '999998' : '999999';
    for (let tried = 0; tried < attempts; tried += 1) {
      expect(await stores.households.link(ALICE, wrong)).toEqual({ linked: false, reason: 'gone' });
    }
    expect(await stores.households.link(ALICE, code)).toEqual({ linked: false, reason: 'rate-limited' });
    expect(await stores.households.link(BOB, code)).toEqual({ linked: true });
  });

  it('the window opens again once it is over', async () => {
    const { attempts, windowMs } = RATE_LIMITS.pairingCodesPerAddress;
    for (let made = 0; made < attempts; made += 1) await started('192.0.2.3');
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'clearTimeout', 'queueMicrotask'] });
    jest.setSystemTime(Date.now() + windowMs + 1);
    expect((await stores.phoneLinks.startPairing('192.0.2.3')).started).toBe(true);
  });
});

describe('what a phone’s request costs', () => {
  it('a token is one GetItem to its trolley key, and the trolley one more', async () => {
    const token = await pairedToAlice();
    const client = createDocumentClient(config);
    const calls: string[] = [];
    const send = client.send.bind(client);
    jest.spyOn(client, 'send').mockImplementation(((command: { constructor: { name: string } }, options?: unknown) => {
      calls.push(command.constructor.name);
      return send(command as never, options as never);
    }) as never);
    const counted = createStore(config, client);
    const key = (await counted.phoneLinks.trolleyKeyFor(token)) as string;
    expect(calls).toEqual(['GetCommand']);
    await counted.store.load(key);
    expect(calls).toEqual(['GetCommand', 'GetCommand']);
  });
});
