import { join } from 'node:path';
import type { Intent, IntentRequest, SessionEndedRequest } from 'ask-sdk-model';
import { createSimulator, runInputs } from '../../../tools/simulator/createSimulator';
import type { Simulator } from '../../../tools/simulator/simulator';
import { fakeSkill } from '../../support/fakeSkill';
import { FIXTURE_MODEL_DIR } from '../../support/fixtureModel';

function simulatorWith(skill: ReturnType<typeof fakeSkill>, options: { screen?: boolean; locale?: string } = {}) {
  return createSimulator(
    {
      invoke: skill.invoke,
      locale: options.locale ?? 'en-GB',
      modelDir: FIXTURE_MODEL_DIR,
      screen: options.screen ?? false,
    },
    {},
  );
}

const intentOf = (envelope: { request: unknown }) => (envelope.request as IntentRequest).intent;

describe('sessions', () => {
  let skill: ReturnType<typeof fakeSkill>;
  let simulator: Simulator;
  beforeEach(() => {
    skill = fakeSkill();
    simulator = simulatorWith(skill);
  });

  it('carries session attributes and the session id, with new only on the first request', async () => {
    await simulator.say('open my trolley');
    const second = await simulator.say('help');
    expect(second.speech).toBe('Heard AMAZON.HelpIntent on turn 2.');
    const [first, next] = skill.received;
    expect(first?.session?.new).toBe(true);
    expect(next?.session?.new).toBe(false);
    expect(next?.session?.sessionId).toBe(first?.session?.sessionId);
    expect(next?.session?.attributes).toEqual({ turns: 1 });
  });

  it('reads speech as plain text, with entities decoded, and the re-prompt and card', async () => {
    const launch = await simulator.say('open my trolley');
    expect(launch).toMatchObject({
      speech: 'Welcome & hello.',
      reprompt: 'What now?',
      sessionEnded: false,
      errors: [],
    });
    const help = await simulator.say('help');
    expect(help.card).toEqual({ title: 'Trolley', text: 'Turn 2' });
  });

  it('a one-shot starts a session and shouldEndSession true ends it', async () => {
    const turn = await simulator.say('ask my trolley to stop');
    expect(turn.sessionEnded).toBe(true);
    expect(simulator.inSession).toBe(false);
    expect(skill.received[0]?.session?.new).toBe(true);
  });

  it('words not for the skill send nothing', async () => {
    const turn = await simulator.say('what is the weather');
    expect(turn.request).toBeUndefined();
    expect(turn.notes[0]).toMatch(/not for this skill/);
    expect(skill.received).toHaveLength(0);
  });

  it('ending the session sends SessionEndedRequest USER_INITIATED, once', async () => {
    await simulator.say('open my trolley');
    await simulator.endSession();
    await simulator.endSession();
    expect(skill.received.map((envelope) => envelope.request.type)).toEqual(['LaunchRequest', 'SessionEndedRequest']);
    expect((skill.received[1]?.request as SessionEndedRequest).reason).toBe('USER_INITIATED');
  });

  it('.new starts a fresh session with no attributes', async () => {
    await runInputs(simulator, ['open my trolley', '.new', 'open my trolley']);
    const launches = skill.received.filter((envelope) => envelope.request.type === 'LaunchRequest');
    expect(launches[1]?.session?.new).toBe(true);
    expect(launches[1]?.session?.sessionId).not.toBe(launches[0]?.session?.sessionId);
    expect(launches[1]?.session?.attributes).toEqual({});
  });
});

describe('intent confirmation (Dialog.ConfirmIntent from the skill)', () => {
  it('sends "yes" as the same intent, CONFIRMED, IN_PROGRESS', async () => {
    const skill = fakeSkill();
    const simulator = simulatorWith(skill);
    await simulator.say('open my trolley');
    const asked = await simulator.say('clear my trolley');
    expect(asked.speech).toBe('Shall I clear it?');
    const first = skill.received[1]?.request as IntentRequest;
    expect(first.dialogState).toBe('STARTED');
    const confirmed = await simulator.say('yes');
    const request = skill.received[2]?.request as IntentRequest;
    expect(request.intent).toMatchObject({ name: 'ClearTrolleyIntent', confirmationStatus: 'CONFIRMED' });
    expect(request.dialogState).toBe('IN_PROGRESS');
    expect(confirmed.speech).toBe('Cleared on turn 3.');
  });

  it('sends "no" as DENIED', async () => {
    const skill = fakeSkill();
    const simulator = simulatorWith(skill);
    await simulator.say('ask my trolley to clear my trolley');
    const denied = await simulator.say('nope');
    expect(intentOf(skill.received[1] as { request: unknown })).toMatchObject({
      name: 'ClearTrolleyIntent',
      confirmationStatus: 'DENIED',
    });
    expect(denied.speech).toBe('Left it.');
  });

  it('a "yes" with nothing to confirm is just YesIntent', async () => {
    const skill = fakeSkill();
    const simulator = simulatorWith(skill);
    await simulator.say('open my trolley');
    await simulator.say('yes');
    expect(intentOf(skill.received[1] as { request: unknown }).name).toBe('AMAZON.YesIntent');
  });

  it('something else instead of yes or no drops the confirmation', async () => {
    const skill = fakeSkill();
    const simulator = simulatorWith(skill);
    await simulator.say('open my trolley');
    await simulator.say('clear my trolley');
    await simulator.say('help');
    await simulator.say('yes');
    expect(intentOf(skill.received[3] as { request: unknown }).name).toBe('AMAZON.YesIntent');
  });
});

describe('slot elicitation (Dialog.ElicitSlot from the skill)', () => {
  const addItem: Intent = {
    name: 'AddItemIntent',
    confirmationStatus: 'NONE',
    slots: {
      item: { name: 'item', confirmationStatus: 'NONE' },
      quantity: { name: 'quantity', confirmationStatus: 'NONE' },
      unit: { name: 'unit', confirmationStatus: 'NONE' },
    },
  };
  const eliciting = (locale = 'en-GB') => {
    const skill = fakeSkill({ elicit: { slot: 'item', updatedIntent: addItem } });
    return { skill, simulator: simulatorWith(skill, { locale }) };
  };
  const lastRequest = (skill: ReturnType<typeof fakeSkill>) => skill.received.at(-1)?.request as IntentRequest;

  it('hears a bare item after launch as the elicited intent, IN_PROGRESS, with the slot filled', async () => {
    const { skill, simulator } = eliciting();
    const launch = await simulator.say('open my trolley');
    expect(launch.errors).toEqual([]);
    expect(launch.notes).toEqual(['Alexa listens for AddItemIntent.item (Dialog.ElicitSlot)']);
    const turn = await simulator.say('two tomatoes');
    expect(turn.errors).toEqual([]);
    const request = lastRequest(skill);
    expect(request.dialogState).toBe('IN_PROGRESS');
    expect(request.intent.name).toBe('AddItemIntent');
    expect(request.intent.slots?.quantity?.value).toBe('2');
    expect(request.intent.slots?.item?.value).toBe('tomatoes');
    expect(request.intent.slots?.item?.resolutions?.resolutionsPerAuthority?.[0]?.status.code).toBe('ER_SUCCESS_MATCH');
  });

  it('lets other intents keep what they own while it listens', async () => {
    for (const [said, intent] of [
      ['yes', 'AMAZON.YesIntent'],
      ['no', 'AMAZON.NoIntent'],
      ['stop', 'AMAZON.StopIntent'],
      ["what's in my trolley", 'ListTrolleyIntent'],
      ['undo', 'UndoIntent'],
      ['remove the milk', 'RemoveItemIntent'],
    ] as const) {
      const { skill, simulator } = eliciting();
      await simulator.say('open my trolley');
      await simulator.say(said);
      expect(lastRequest(skill).intent.name).toBe(intent);
      expect(lastRequest(skill).dialogState).toBeUndefined();
    }
  });

  it('listens for the next thing said only', async () => {
    const { skill, simulator } = eliciting();
    await simulator.say('open my trolley');
    await simulator.say('help');
    const turn = await simulator.say('bread');
    expect(turn.understood).toMatchObject({ kind: 'intent', intent: 'AMAZON.FallbackIntent' });
    expect(lastRequest(skill).intent.name).toBe('AMAZON.FallbackIntent');
  });

  it('fills a multiple-value slot with a list (en-US fixture)', async () => {
    const { skill, simulator } = eliciting('en-US');
    await simulator.say('open my trolley');
    await simulator.say('milk, eggs and bread');
    const item = lastRequest(skill).intent.slots?.item;
    expect(item?.slotValue).toMatchObject({
      type: 'List',
      values: [{ value: 'milk' }, { value: 'eggs' }, { value: 'bread' }],
    });
  });

  it('hears "&" as "and"', async () => {
    const { skill, simulator } = eliciting();
    await simulator.say('open my trolley');
    await simulator.say('salt & vinegar crisps');
    const item = lastRequest(skill).intent.slots?.item;
    expect(item?.value).toBe('salt and vinegar crisps');
  });

  it('leaves hesitations out of what it heard, as a speech recogniser does', async () => {
    const { skill, simulator } = eliciting();
    await simulator.say('open my trolley');
    await simulator.say('um, er, bread');
    expect(lastRequest(skill).intent.slots?.item?.value).toBe('bread');
  });

  it('hears a contraction typed without its apostrophe as a recogniser writes it, not as an item', async () => {
    const { skill, simulator } = eliciting();
    await simulator.say('open my trolley');
    const turn = await simulator.say('whats in my trolley');
    expect(turn.understood).toMatchObject({ kind: 'intent', intent: 'ListTrolleyIntent' });
    expect(lastRequest(skill).intent.name).toBe('ListTrolleyIntent');
  });

  it('from a LaunchRequest without updatedIntent is an error Alexa would refuse', async () => {
    const simulator = simulatorWith(fakeSkill({ elicit: { slot: 'item' } }));
    const turn = await simulator.say('open my trolley');
    expect(turn.errors.join()).toMatch(/intent chaining/);
    await simulator.say('bread');
    expect(simulator.inSession).toBe(true);
  });

  it('into a built-in intent, or a slot the intent lacks, is an error', async () => {
    const help: Intent = { name: 'AMAZON.HelpIntent', confirmationStatus: 'NONE', slots: {} };
    const builtIn = await simulatorWith(fakeSkill({ elicit: { slot: 'item', updatedIntent: help } })).say(
      'open my trolley',
    );
    expect(builtIn.errors.join()).toMatch(/built-in AMAZON.HelpIntent/);
    const noSlot = await simulatorWith(fakeSkill({ elicit: { slot: 'colour', updatedIntent: addItem } })).say(
      'open my trolley',
    );
    expect(noSlot.errors.join()).toMatch(/AddItemIntent.colour/);
  });
});

describe('auto-delegated confirmation (the dialog model asks)', () => {
  it('Alexa asks the prompt itself, then sends the intent CONFIRMED and COMPLETED', async () => {
    const skill = fakeSkill();
    // The same model, but ClearTrolleyIntent leaves the asking to Alexa (the model-wide ALWAYS).
    const simulator = createSimulator(
      { invoke: skill.invoke, locale: 'en-GB', modelDir: join(FIXTURE_MODEL_DIR, 'auto-delegation') },
      {},
    );
    await simulator.say('open my trolley');
    const asked = await simulator.say('clear my trolley');
    expect(asked.speech).toBe('Shall I clear your trolley?');
    expect(asked.request).toBeUndefined();
    expect(skill.received).toHaveLength(1);
    await simulator.say('yes');
    const request = skill.received[1]?.request as IntentRequest;
    expect(request.intent).toMatchObject({ name: 'ClearTrolleyIntent', confirmationStatus: 'CONFIRMED' });
    expect(request.dialogState).toBe('COMPLETED');
  });
});

describe('what Alexa would refuse', () => {
  it('speech that is not well-formed SSML is an error', async () => {
    const simulator = simulatorWith(fakeSkill({ speech: 'Fish & chips' }));
    const turn = await simulator.say('open my trolley');
    expect(turn.errors.join()).toMatch(/not well-formed/);
  });

  it('SSML tags Alexa does not know are an error', async () => {
    const simulator = simulatorWith(fakeSkill({ speech: 'Hello <b>there</b>' }));
    const turn = await simulator.say('open my trolley');
    expect(turn.errors.join()).toMatch(/<b>/);
  });

  it('APL on a device without a screen is an error, and fine on one with', async () => {
    expect((await simulatorWith(fakeSkill({ apl: true })).say('open my trolley')).errors.join()).toMatch(/APL/);
    const onScreen = await simulatorWith(fakeSkill({ apl: true }), { screen: true }).say('open my trolley');
    expect(onScreen).toMatchObject({ apl: true, errors: [] });
  });

  it('a skill that throws is an error and ends the session', async () => {
    const simulator = createSimulator(
      { invoke: () => Promise.reject(new Error('boom')), locale: 'en-GB', modelDir: FIXTURE_MODEL_DIR },
      {},
    );
    const turn = await simulator.say('open my trolley');
    expect(turn.errors.join()).toMatch(/boom/);
    expect(simulator.inSession).toBe(false);
  });
});
