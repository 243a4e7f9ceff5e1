import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { apply, type ItemRequest } from '../../lambda/domain/trolley';
import { LIMITS } from '../../lambda/domain/limits';
import { buildSkill, createStore } from '../../lambda/skill';
import type { StoreConfig } from '../../lambda/store/config';
import { freshTable } from '../support/dynamodb';
import { intentRequest, USER_ID } from '../support/requests';
import { spoken } from '../support/speech';

/**
 * Many changes to one trolley at the same moment, each through its own skill instance (its own Lambda
 * container), against DynamoDB Local. Schema 2 writes each change to its own lines, so none of them has to
 * wait for another, and none is lost or applied twice.
 */
const CONTAINERS = 10;

async function household(): Promise<{ config: StoreConfig; containers: Skill[] }> {
  const config = await freshTable('contention');
  return { config, containers: Array.from({ length: CONTAINERS }, () => buildSkill({ storeConfig: config })) };
}

/**
 * A household that already keeps a trolley (one line of bread), with every container warm, as a family's
 * Lambda containers are when they all speak at once: the burst measures the store, not first connections.
 */
async function warmHousehold(): Promise<{ config: StoreConfig; containers: Skill[] }> {
  const { config, containers } = await household();
  await containers[0]!.invoke(add('bread'));
  await Promise.all(containers.map((container) => container.invoke(intentRequest('ListTrolleyIntent'))));
  return { config, containers };
}

/** Sends every request at once, spread over the containers; returns what Alexa said to each. */
async function allAtOnce(containers: readonly Skill[], requests: readonly RequestEnvelope[]): Promise<string[]> {
  const responses = await Promise.all(
    requests.map((request, index) => containers[index % containers.length]!.invoke(request)),
  );
  return responses.map(spoken);
}

const add = (item: string, quantity?: number) =>
  intentRequest('AddItemIntent', { item, ...(quantity === undefined ? {} : { quantity: String(quantity) }) });

async function linesOf(config: StoreConfig) {
  return (await createStore(config).store.load(USER_ID)).trolley.lines;
}

describe('simultaneous changes to one trolley, on DynamoDB Local', () => {
  // DynamoDB Local is a JVM that has just started: one unmeasured burst first gets its code paths compiled,
  // so the bursts below meet the emulator as a warm service, not its start-up.
  beforeAll(async () => {
    const { containers } = await household();
    await allAtOnce(
      containers,
      Array.from({ length: 50 }, (_, index) => add(`warm-up thing ${index + 1}`)),
    );
  }, 60_000);

  it('50 different things added at once: every one confirmed, every one stored', async () => {
    const { config, containers } = await warmHousehold();
    const items = Array.from({ length: 50 }, (_, index) => `contended thing ${index + 1}`);

    const answers = await allAtOnce(
      containers,
      items.map((item) => add(item)),
    );

    expect(answers.filter((answer) => !answer.startsWith('Added contended thing'))).toEqual([]);
    expect((await linesOf(config)).map((line) => line.name).sort()).toEqual(['bread', ...items].sort());
  });

  it('20 adds of two eggs at once to one line sum exactly', async () => {
    const { config, containers } = await household();

    const answers = await allAtOnce(
      containers,
      Array.from({ length: 20 }, () => add('eggs', 2)),
    );

    expect(answers.filter((answer) => !answer.startsWith('Added 2 eggs.'))).toEqual([]);
    expect(await linesOf(config)).toEqual([expect.objectContaining({ key: 'egg', quantity: 40 })]);
  });

  it(`10 adds at once to a trolley of ${LIMITS.maxLines - 5} lines: exactly ${LIMITS.maxLines} lines, 5 told it is full`, async () => {
    const { config, containers } = await household();
    const stocked: ItemRequest[] = Array.from({ length: LIMITS.maxLines - 5 }, (_, index) => ({
      item: { key: `said:stocked ${index}`, name: `stocked ${index}`, countable: false, aisle: 'other' },
    }));
    await createStore(config).store.update(USER_ID, (state) => apply(state, { kind: 'add', items: stocked }));

    const answers = await allAtOnce(
      containers,
      Array.from({ length: 10 }, (_, index) => add(`late thing ${index + 1}`)),
    );

    expect(answers.filter((answer) => answer.startsWith('Added late thing'))).toHaveLength(5);
    expect(answers.filter((answer) => /trolley.s full/.test(answer))).toHaveLength(5);
    expect(await linesOf(config)).toHaveLength(LIMITS.maxLines);
  });

  it('adds, removes and changes from 5 devices at once end in the state they imply, and undo takes back only its own', async () => {
    const { config, containers } = await household();
    // Shared lines only grow and shrink by sums, which commute; each device sets only its own line, last
    // setting winning; so the final trolley does not depend on how the devices interleave.
    const devices = ['apples', 'pears', 'plums', 'figs', 'limes'];
    const plans = devices.map((own, device) => [
      add('lemons', 2),
      add(own, 1),
      add('rice', 3),
      intentRequest('RemoveItemIntent', { item: 'lemons', quantity: '1' }),
      intentRequest('ChangeItemIntent', { item: own, quantity: String(device + 2) }),
      add('lemons', 1),
      intentRequest('ChangeItemIntent', { item: own, quantity: String(device + 5) }),
    ]);

    const heard = await Promise.all(
      plans.map(async (plan, device) => {
        const answers: string[] = [];
        for (const request of plan) answers.push(spoken(await containers[device]!.invoke(request)));
        return answers;
      }),
    );
    expect(heard.flat().filter((answer) => /couldn.t|not sure|sorry/i.test(answer))).toEqual([]);

    const expected = new Map([
      ['lemon', 10],
      ['rice', 15],
      ...devices.map((own, device) => [own.replace(/s$/, ''), device + 5] as [string, number]),
    ]);
    const quantities = (lines: Awaited<ReturnType<typeof linesOf>>) =>
      new Map(lines.map((line) => [line.key, line.quantity]));
    expect(Object.fromEntries(quantities(await linesOf(config)))).toEqual(Object.fromEntries(expected));

    // One more change, and undo: only that change's line goes back, everything else stays.
    await containers[0]!.invoke(add('bread'));
    expect(spoken(await containers[1]!.invoke(intentRequest('UndoIntent')))).toMatch(/^Okay/);
    expect(Object.fromEntries(quantities(await linesOf(config)))).toEqual(Object.fromEntries(expected));
  });
});
