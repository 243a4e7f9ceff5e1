import type { IntentRequest, RequestEnvelope } from 'ask-sdk-model';
import { buildEnvelope, intentOf, slotsFor } from '../../tools/alexa/requestEnvelope';
import { understand } from '../../tools/alexa/understand';
import { compiledFixture } from './fixtureModel';
import { inSession, intentRequest, launchRequest, listOf, SKILL_ID, USER_ID } from './requests';

const slotsOf = (envelope: RequestEnvelope) => (envelope.request as IntentRequest).intent.slots ?? {};

/** What the simulator sends for `utterance`: words understood through the fixture model, then the builder. */
function simulated(utterance: string, locale = 'en-GB'): RequestEnvelope {
  const model = compiledFixture(locale);
  const understood = understand(model, utterance, true);
  if (understood.kind !== 'intent') throw new Error(`expected an intent, got ${understood.kind}`);
  const slots = slotsFor(model.intents.get(understood.intent), understood.slots, SKILL_ID);
  return buildEnvelope(
    { skillId: SKILL_ID, userId: USER_ID, locale, screen: false },
    { sessionId: 'amzn1.echo-api.session.1', isNew: true, attributes: {} },
    { type: 'IntentRequest', intent: intentOf(understood.intent, slots) },
  );
}

describe('the envelopes tests send are the ones the simulator sends', () => {
  it('an ordinary slot carries value, resolutions and the slotValue Alexa sends, as the simulator fills it', () => {
    const test = intentRequest('AddItemIntent', {
      quantity: '2',
      unit: { value: 'tins', id: 'tin', name: 'tin' },
      item: { value: 'tuna', id: 'tuna' },
    });
    const heard = slotsOf(simulated('add two tins of tuna'));
    expect(slotsOf(test)).toEqual({ quantity: heard.quantity, unit: heard.unit, item: heard.item });
    expect(slotsOf(test).unit?.slotValue).toMatchObject({ type: 'Simple', value: 'tins' });
    expect(slotsOf(test).quantity?.resolutions).toBeUndefined();
  });

  it('a multiple-value slot carries only a List of values, each resolved on its own', () => {
    const test = intentRequest('AddItemIntent', {
      item: listOf({ value: 'milk', id: 'milk' }, { value: 'bread', id: 'bread' }),
    });
    const heard = slotsOf(simulated('add milk and bread', 'en-US'));
    expect(slotsOf(test).item).toEqual(heard.item);
    expect(slotsOf(test).item?.value).toBeUndefined();
  });

  it('the same envelope fields, whoever builds it', () => {
    const keys = (envelope: RequestEnvelope) => ({
      envelope: Object.keys(envelope).sort(),
      system: Object.keys(envelope.context.System).sort(),
      request: Object.keys(envelope.request).sort(),
    });
    const test = keys(intentRequest('AddItemIntent', { item: 'tuna' }));
    // Tests always say where the dialog is; the simulator, as Alexa, only for intents with a dialog model.
    expect({ ...test, request: test.request.filter((key) => key !== 'dialogState') }).toEqual(
      keys(simulated('add tuna')),
    );
  });

  it('a request without attributes starts a session; the next turn carries the attributes on', () => {
    const first = launchRequest();
    expect(first.session).toMatchObject({ new: true, attributes: {} });
    const next = intentRequest(
      'AMAZON.YesIntent',
      {},
      inSession({ version: '1.0', response: {}, sessionAttributes: { a: 1 } }),
    );
    expect(next.session).toMatchObject({ new: false, attributes: { a: 1 } });
    expect(next.session?.sessionId).toMatch(/^amzn1\.echo-api\.session\./);
  });
});
