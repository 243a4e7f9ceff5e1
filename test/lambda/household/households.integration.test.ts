import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ItemIdentity } from '../../../lambda/domain/item';
import { apply, type TrolleyLine } from '../../../lambda/domain/trolley';
import { CODE_LIFETIME_MS } from '../../../lambda/household/codes';
import { HOUSEHOLD_LIMITS, RATE_LIMITS } from '../../../lambda/household/limits';
import { buildSkill, createStore, type Stores } from '../../../lambda/skill';
import type { StoreConfig } from '../../../lambda/store/config';
import { createDocumentClient } from '../../../lambda/store/documentClient';
import { freshTable } from '../../support/dynamodb';
import { intentRequest, skillDisabledEvent } from '../../support/requests';
import { spoken } from '../../support/speech';

/** Households between Alexa accounts, on DynamoDB Local: sharing, joining, leaving, and what each costs. */
const ALICE = 'amzn1.ask.account.HOUSE-ALICE';
const BOB = 'amzn1.ask.account.HOUSE-BOB';
const CAROL = 'amzn1.ask.account.HOUSE-CAROL';
const milk: ItemIdentity = { key: 'dairy:milk', name: 'milk', countable: false, aisle: 'dairy' };
const tuna: ItemIdentity = { key: 'pantry:tuna', name: 'tin of tuna', countable: true, aisle: 'pantry' };
const bread: ItemIdentity = { key: 'bakery:bread', name: 'loaf of bread', countable: true, aisle: 'bakery' };
const eggs: ItemIdentity = { key: 'dairy:egg', name: 'egg', plural: 'eggs', countable: true, aisle: 'dairy' };

let config: StoreConfig;
let stores: Stores;

beforeEach(async () => {
  config = await freshTable('households');
  stores = createStore(config);
});
afterEach(() => jest.useRealTimers());

const add = (userKey: string, item: ItemIdentity, quantity?: number) =>
  stores.store.update(userKey, (state) =>
    apply(state, { kind: 'add', items: [{ item, ...(quantity === undefined ? {} : { quantity }) }] }),
  );
const linesOf = async (userKey: string) => (await stores.store.load(userKey)).trolley.lines;
const byKey = (lines: readonly TrolleyLine[]) => [...lines].sort((a, b) => a.key.localeCompare(b.key));

async function everything(): Promise<Record<string, unknown>[]> {
  const { Items } = await createDocumentClient(config).send(new ScanCommand({ TableName: config.tableName }));
  return Items ?? [];
}

async function shareCode(userId: string): Promise<string> {
  const shared = await stores.households.share(userId);
  if (!shared.shared) throw new Error('not shared');
  return shared.code;
}

/** Alice shares, Bob joins: one household of two. */
async function aliceAndBob(): Promise<void> {
  const joined = await stores.households.join(BOB, await shareCode(ALICE));
  expect(joined.joined).toBe(true);
}

describe('sharing and joining', () => {
  it('the joiner’s lines are merged in by the trolley’s own rules, and both accounts then hold one trolley', async () => {
    await add(ALICE, tuna, 2);
    await add(ALICE, milk);
    await add(BOB, tuna, 1);
    await add(BOB, bread);
    const code = await shareCode(ALICE);
    expect(code).toMatch(/^[1-9]\d{5}$/);
    // Saying "share it" again while the code lasts gives the same code.
    expect(await shareCode(ALICE)).toBe(code);

    expect(await stores.households.join(BOB, code)).toEqual({ joined: true, merged: 2, lineCount: 3 });
    const expected = byKey([{ ...tuna, quantity: 3 }, milk, bread]);
    expect(byKey(await linesOf(ALICE))).toEqual(expected);
    expect(byKey(await linesOf(BOB))).toEqual(expected);

    await add(BOB, eggs, 6);
    expect(byKey(await linesOf(ALICE))).toEqual(byKey([...expected, { ...eggs, quantity: 6 }]));
    expect(await stores.households.members(ALICE)).toEqual({ accounts: 2, phones: 0 });
    expect(await stores.households.members(BOB)).toEqual({ accounts: 2, phones: 0 });
  });

  it('a member’s own item becomes a pointer, and no record outside it holds a user id', async () => {
    await add(ALICE, milk);
    await add(BOB, bread);
    await aliceAndBob();
    const items = await everything();
    const bobs = items.find((item) => item.id === BOB);
    expect(bobs).toEqual({ id: BOB, household: expect.any(String), version: expect.any(Number) });
    const stored = JSON.stringify(items.filter((item) => item.id !== ALICE && item.id !== BOB));
    expect(stored).not.toContain(ALICE);
    expect(stored).not.toContain(BOB);
  });

  it('a wrong code, an expired code and a used code join nothing, and change nothing', async () => {
    await add(BOB, bread);
    await add(CAROL, eggs);
    const code = await shareCode(ALICE);
    const wrong = code === '999999' ? '999998' : '999999';
    expect(await stores.households.join(BOB, wrong)).toEqual({ joined: false, reason: 'gone' });
    expect(await stores.households.join(BOB, code)).toMatchObject({ joined: true });
    // Used once: Carol cannot join with it.
    expect(await stores.households.join(CAROL, code)).toEqual({ joined: false, reason: 'gone' });
    expect(await linesOf(CAROL)).toEqual([eggs]);

    const next = await shareCode(ALICE);
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'clearTimeout', 'queueMicrotask'] });
    jest.setSystemTime(Date.now() + CODE_LIFETIME_MS + 1);
    expect(await stores.households.join(CAROL, next)).toEqual({ joined: false, reason: 'gone' });
    expect(await linesOf(CAROL)).toEqual([eggs]);
    expect(await stores.households.members(ALICE)).toEqual({ accounts: 2, phones: 0 });
    expect((await everything()).some((item) => item.id === `share#${next}`)).toBe(false);
  });

  it('an account already sharing joins no other household', async () => {
    await aliceAndBob();
    const carols = await shareCode(CAROL);
    expect(await stores.households.join(BOB, carols)).toEqual({ joined: false, reason: 'already-member' });
    expect(await stores.households.members(CAROL)).toEqual({ accounts: 1, phones: 0 });
  });

  it('join attempts are rate-limited per account', async () => {
    const code = await shareCode(ALICE);
    const wrong = code === '999999' ? '999998' : '999999';
    for (let tried = 0; tried < RATE_LIMITS.codeAttemptsPerAccount.attempts; tried += 1) {
      expect(await stores.households.join(BOB, wrong)).toEqual({ joined: false, reason: 'gone' });
    }
    expect(await stores.households.join(BOB, code)).toEqual({ joined: false, reason: 'rate-limited' });
    expect(await stores.households.join(CAROL, code)).toMatchObject({ joined: true });
  });

  it('a household holds a bounded number of accounts', async () => {
    for (let member = 1; member < HOUSEHOLD_LIMITS.maxAccounts; member += 1) {
      expect(await stores.households.join(`${CAROL}-${member}`, await shareCode(ALICE))).toMatchObject({
        joined: true,
      });
    }
    expect(await stores.households.share(ALICE)).toEqual({ shared: false, reason: 'full' });
  });

  it('two trolleys that together pass the line bound are not joined, and both are kept', async () => {
    const many = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, index) => ({
        item: { key: `said:${prefix}${index}`, name: `${prefix}${index}`, countable: false, aisle: 'other' as const },
      }));
    await stores.store.update(ALICE, (state) => apply(state, { kind: 'add', items: many('a', 150) }));
    await stores.store.update(BOB, (state) => apply(state, { kind: 'add', items: many('b', 60) }));
    expect(await stores.households.join(BOB, await shareCode(ALICE))).toEqual({
      joined: false,
      reason: 'trolley-full',
      maxLines: 200,
    });
    expect(await linesOf(BOB)).toHaveLength(60);
    expect(await linesOf(ALICE)).toHaveLength(150);
  });
});

describe('two members changing the household trolley at once', () => {
  it('lose no change: every add from either account is there afterwards', async () => {
    await aliceAndBob();
    const rounds = 8;
    await Promise.all(
      Array.from({ length: rounds }, (_, index) => [add(ALICE, eggs, 1), add(BOB, index % 2 ? milk : tuna, 1)]).flat(),
    );
    const lines = await linesOf(ALICE);
    expect(lines.find((line) => line.key === eggs.key)?.quantity).toBe(rounds);
    expect(lines.find((line) => line.key === tuna.key)?.quantity).toBe(rounds / 2);
    expect(lines.find((line) => line.key === milk.key)?.quantity).toBe(rounds / 2);
  });

  it('a change from the joiner’s other device, read before the join and written after it, lands in the household trolley', async () => {
    await add(BOB, bread, 1);
    const code = await shareCode(ALICE);
    // Bob's Echo reads his own trolley; before its write reaches DynamoDB, his other device joins Alice's.
    const client: DynamoDBDocumentClient = createDocumentClient(config);
    const send = client.send.bind(client);
    let joinedFirst = false;
    jest.spyOn(client, 'send').mockImplementation((async (
      command: { input: { Key?: { id?: string } } },
      options?: unknown,
    ) => {
      const write = command.constructor.name === 'UpdateCommand' || command.constructor.name === 'PutCommand';
      if (write && !joinedFirst) {
        joinedFirst = true;
        expect(await stores.households.join(BOB, code)).toMatchObject({ joined: true });
      }
      return send(command as never, options as never);
    }) as never);
    await createStore(config, client).store.update(BOB, (state) =>
      apply(state, { kind: 'add', items: [{ item: eggs, quantity: 2 }] }),
    );
    expect(joinedFirst).toBe(true);
    expect(byKey(await linesOf(ALICE))).toEqual(
      byKey([
        { ...bread, quantity: 1 },
        { ...eggs, quantity: 2 },
      ]),
    );
    expect(await linesOf(BOB)).toEqual(await linesOf(ALICE));
  });
});

describe('leaving', () => {
  it('the leaver keeps a copy as their own; the household goes on without them', async () => {
    await add(ALICE, milk);
    await aliceAndBob();
    await add(BOB, bread);
    expect(await stores.households.leave(BOB)).toEqual({ left: true, kept: 2, phonesUnlinked: 0 });
    expect(byKey(await linesOf(BOB))).toEqual(byKey([milk, bread]));
    await add(BOB, eggs);
    await add(ALICE, tuna);
    expect(byKey(await linesOf(ALICE))).toEqual(byKey([milk, bread, tuna]));
    expect(byKey(await linesOf(BOB))).toEqual(byKey([milk, bread, eggs]));
    expect(await stores.households.members(ALICE)).toEqual({ accounts: 1, phones: 0 });
    expect(await stores.households.members(BOB)).toEqual({ accounts: 1, phones: 0 });
  });

  it('an account that never shared has nothing to leave; a "share it" nobody took up is quietly undone', async () => {
    expect(await stores.households.leave(CAROL)).toEqual({ left: false, reason: 'not-shared' });
    await add(ALICE, milk);
    await shareCode(ALICE);
    expect(await stores.households.leave(ALICE)).toEqual({ left: false, reason: 'not-shared' });
    expect(await linesOf(ALICE)).toEqual([milk]);
    expect((await everything()).map((item) => item.id)).toEqual([ALICE]);
  });
});

describe('disabling the skill', () => {
  it('a member who disables leaves, and their own item is deleted; the others keep the trolley', async () => {
    await add(ALICE, milk);
    await aliceAndBob();
    await stores.households.forget(BOB);
    expect((await everything()).some((item) => item.id === BOB)).toBe(false);
    expect(await linesOf(ALICE)).toEqual([milk]);
    expect(await stores.households.members(ALICE)).toEqual({ accounts: 1, phones: 0 });
  });

  it('when the last member disables, the household’s trolley, members, tokens and codes are deleted', async () => {
    await add(ALICE, milk);
    await add(CAROL, eggs);
    const carolsBefore = (await everything()).find((item) => item.id === CAROL);
    await aliceAndBob();
    const pairing = await stores.phoneLinks.startPairing('203.0.113.9');
    if (!pairing.started) throw new Error('not started');
    await stores.households.link(ALICE, pairing.code);
    const status = await stores.phoneLinks.pairingStatus(pairing.code, pairing.secret);
    if (status.status !== 'linked') throw new Error('not linked');
    const waiting = await stores.phoneLinks.startPairing('203.0.113.9');
    if (!waiting.started) throw new Error('not started');
    await stores.households.link(BOB, waiting.code);
    await shareCode(ALICE);

    const skill = buildSkill({ storeConfig: config });
    await skill.invoke(skillDisabledEvent({ userId: ALICE }));
    await skill.invoke(skillDisabledEvent({ userId: BOB }));

    expect(await stores.phoneLinks.trolleyKeyFor(status.token)).toBeUndefined();
    const left = (await everything()).map((item) => String(item.id));
    // Only Carol's trolley and the rate-limit counters (hashes of an account and an address) remain.
    expect(left.filter((id) => !id.startsWith('rate#'))).toEqual([CAROL]);
    expect((await everything()).find((item) => item.id === CAROL)).toEqual(carolsBefore);
  });
});

describe('what a request costs in DynamoDB calls', () => {
  /** The skill over a document client whose every call is counted by command. */
  function countedSkill() {
    const client: DynamoDBDocumentClient = createDocumentClient(config);
    const calls: string[] = [];
    const send = client.send.bind(client);
    jest.spyOn(client, 'send').mockImplementation(((command: { constructor: { name: string } }, options?: unknown) => {
      calls.push(command.constructor.name.replace(/Command$/, ''));
      return send(command as never, options as never);
    }) as never);
    const counted = createStore(config, client);
    const skill = buildSkill({ store: counted.store, households: counted.households });
    return {
      calls,
      async request(userId: string, name: string, slots: Record<string, string> = {}) {
        calls.length = 0;
        const response = await skill.invoke(intentRequest(name, slots, { userId }));
        return { speech: spoken(response), calls: [...calls].sort() };
      },
    };
  }

  it('before sharing: one read to list, one read and one write to add, as before households', async () => {
    const skill = countedSkill();
    await skill.request(ALICE, 'AddItemIntent', { item: 'milk' });
    expect((await skill.request(ALICE, 'ListTrolleyIntent')).calls).toEqual(['Get']);
    expect((await skill.request(ALICE, 'AddItemIntent', { item: 'bread' })).calls).toEqual(['Get', 'Update']);
    // Others sharing changes nothing for an account that does not.
    await aliceAndBob();
    expect((await skill.request(CAROL, 'AddItemIntent', { item: 'bread' })).calls).toEqual(['Get', 'Put']);
    expect((await skill.request(CAROL, 'ListTrolleyIntent')).calls).toEqual(['Get']);
  });

  it('after sharing: one more read, to follow the pointer, and still one write', async () => {
    const skill = countedSkill();
    await add(ALICE, milk);
    await aliceAndBob();
    expect((await skill.request(BOB, 'ListTrolleyIntent')).calls).toEqual(['Get', 'Get']);
    expect((await skill.request(BOB, 'AddItemIntent', { item: 'milk' })).calls).toEqual(['Get', 'Get', 'Update']);
    expect((await skill.request(ALICE, 'ListTrolleyIntent')).calls).toEqual(['Get', 'Get']);
  });
});
