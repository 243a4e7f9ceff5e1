import type { Skill } from 'ask-sdk-core';
import { buildSkill, createStore } from '../../lambda/skill';
import type { StoreConfig } from '../../lambda/store/config';
import { freshTable } from '../support/dynamodb';
import { intentRequest, USER_ID } from '../support/requests';
import { spoken } from '../support/speech';
import { devicePlans, discrepancy, expectedTrolley, identityOf, quantitiesOf, type Change } from './support/devicePlan';
import { officialStorage } from './support/officialAdapter';

/**
 * Five Echo devices in one household change the same trolley at once, each through its own skill instance
 * (its own Lambda container). Every device waits for Alexa's answer before its next change, as a person does.
 */
const DEVICES = 5;
const CHANGES_PER_DEVICE = 20;
const OFFICIAL_RUNS = 3;

const plans = devicePlans(DEVICES, CHANGES_PER_DEVICE);
const expected = quantitiesOf(expectedTrolley(plans));
const totalChanges = DEVICES * CHANGES_PER_DEVICE;

function requestFor(change: Change, device: number) {
  const envelope = intentRequest(change.kind === 'add' ? 'AddItemIntent' : 'RemoveItemIntent', {
    item: change.item,
    quantity: String(change.quantity),
  });
  // Same account, different Echo: the trolley is keyed by the user, never the device.
  if (envelope.context.System.device) envelope.context.System.device.deviceId = `amzn1.ask.device.ECHO-${device}`;
  return envelope;
}

/** Runs every device's plan at once; returns what Alexa said to each change. */
async function runDevices(containers: readonly Skill[]): Promise<string[]> {
  const answers = await Promise.all(
    plans.map(async (plan, device) => {
      const heard: string[] = [];
      for (const change of plan) heard.push(spoken(await containers[device]!.invoke(requestFor(change, device))));
      return heard;
    }),
  );
  return answers.flat();
}

async function storedQuantities(config: StoreConfig): Promise<Map<string, number>> {
  return quantitiesOf(await createStore(config).store.load(USER_ID));
}

describe(`${DEVICES} devices × ${CHANGES_PER_DEVICE} changes on one account at once, on DynamoDB Local`, () => {
  it('the plan really has every device change the same lines, adding and removing', () => {
    const linesEveryDeviceChanges = [...expected.keys()].filter((key) =>
      plans.every((plan) => plan.some((change) => identityOf(change.item).key === key)),
    );
    expect(linesEveryDeviceChanges.length).toBeGreaterThanOrEqual(2);
    expect(plans.flat().filter((change) => change.kind === 'remove').length).toBeGreaterThanOrEqual(10);
  });

  it('loses no change: the trolley holds exactly the sum of all changes, and every one was confirmed', async () => {
    const config = await freshTable('devices');
    const containers = plans.map(() => buildSkill({ storeConfig: config }));

    const answers = await runDevices(containers);

    expect(answers.filter((answer) => !/^(Added|Took) /.test(answer))).toEqual([]);
    expect(Object.fromEntries(await storedQuantities(config))).toEqual(Object.fromEntries(expected));
  });

  it('records how many changes the official persistence adapter loses under the same load', async () => {
    const runs: { unitsOff: number; linesWrong: number; confirmed: number }[] = [];
    // Alexa confirms a change with "Added…" or "Took… out"; anything else means an earlier change was lost.
    for (let run = 0; run < OFFICIAL_RUNS; run += 1) {
      const config = await freshTable('official');
      const containers = plans.map(() => buildSkill({ store: officialStorage(config) }));
      const answers = await runDevices(containers);
      const confirmed = answers.filter((answer) => /^(Added|Took) /.test(answer)).length;
      runs.push({ ...discrepancy(expected, await storedQuantities(config)), confirmed });
    }

    const expectedUnits = [...expected.values()].reduce((sum, quantity) => sum + quantity, 0);
    console.log(
      `[reliability figure] official ask-sdk-dynamodb-persistence-adapter, ${DEVICES} devices × ` +
        `${CHANGES_PER_DEVICE} changes (${totalChanges} changes, ${expectedUnits} units net over ${expected.size} ` +
        `lines), ${OFFICIAL_RUNS} runs: ${JSON.stringify(runs)}`,
    );
    // How many are lost depends on timing, so the number is recorded, not asserted. That some are lost is
    // reliable (every run of ours lost dozens of units): if it ever stops, the figures in the docs are stale.
    expect(runs.some((run) => run.unitsOff > 0)).toBe(true);
  });
});
