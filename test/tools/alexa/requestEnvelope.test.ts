import type { IntentRequest } from 'ask-sdk-model';
import {
  authorityFor,
  buildEnvelope,
  intentOf,
  LOCAL_SKILL_ID,
  slotsFor,
  type Caller,
} from '../../../tools/alexa/requestEnvelope';
import { understand } from '../../../tools/alexa/understand';
import { compiledFixture } from '../../support/fixtureModel';

const caller: Caller = { skillId: LOCAL_SKILL_ID, userId: 'amzn1.ask.account.A', locale: 'en-GB', screen: false };
const session = { sessionId: 'amzn1.echo-api.session.1', isNew: true, attributes: {} };
const model = compiledFixture();

function addRequest(utterance: string) {
  const understood = understand(model, utterance, true);
  if (understood.kind !== 'intent') throw new Error('not an intent');
  const intent = intentOf(
    understood.intent,
    slotsFor(model.intents.get(understood.intent), understood.slots, caller.skillId),
  );
  return buildEnvelope(caller, session, { type: 'IntentRequest', intent });
}

describe('request envelopes', () => {
  it('carries the session, the skill id and the user as Alexa does', () => {
    const envelope = buildEnvelope(
      caller,
      { sessionId: 'amzn1.echo-api.session.2', isNew: false, attributes: { launched: true } },
      { type: 'LaunchRequest' },
    );
    expect(envelope.version).toBe('1.0');
    expect(envelope.session).toEqual({
      new: false,
      sessionId: 'amzn1.echo-api.session.2',
      application: { applicationId: LOCAL_SKILL_ID },
      user: { userId: 'amzn1.ask.account.A' },
      attributes: { launched: true },
    });
    expect(envelope.context.System.application.applicationId).toBe(LOCAL_SKILL_ID);
    expect(envelope.context.System.user.userId).toBe('amzn1.ask.account.A');
    expect(envelope.context.System.apiEndpoint).toMatch(/^https:\/\//);
    expect(envelope.request).toMatchObject({ type: 'LaunchRequest', locale: 'en-GB' });
    expect(envelope.request.requestId).toMatch(/^amzn1\.echo-api\.request\./);
    expect(new Date(envelope.request.timestamp).toISOString().replace(/\.\d{3}Z$/, 'Z')).toBe(
      envelope.request.timestamp,
    );
  });

  it('a voice-only device has no APL and no viewport; a screen device has both', () => {
    const voice = buildEnvelope(caller, session, { type: 'LaunchRequest' });
    expect(voice.context.System.device?.supportedInterfaces).toEqual({});
    expect(voice.context.Viewport).toBeUndefined();
    const screen = buildEnvelope({ ...caller, screen: true }, session, { type: 'LaunchRequest' });
    expect(screen.context.System.device?.supportedInterfaces).toHaveProperty(['Alexa.Presentation.APL']);
    expect(screen.context.Viewport).toMatchObject({ shape: 'RECTANGLE', pixelWidth: 1280 });
  });

  it('lists every slot of the intent, with entity resolution for custom types', () => {
    const request = addRequest('add two tins of dragon fruit').request as IntentRequest;
    expect(request.intent.name).toBe('AddItemIntent');
    expect(request.intent.confirmationStatus).toBe('NONE');
    const slots = request.intent.slots ?? {};
    expect(slots.quantity).toMatchObject({ name: 'quantity', value: '2', confirmationStatus: 'NONE' });
    expect(slots.quantity?.resolutions).toBeUndefined();
    expect(slots.unit?.resolutions?.resolutionsPerAuthority).toEqual([
      {
        authority: authorityFor(LOCAL_SKILL_ID, 'TrolleyUnit'),
        status: { code: 'ER_SUCCESS_MATCH' },
        values: [{ value: { id: 'tin', name: 'tin' } }],
      },
    ]);
    expect(slots.item).toMatchObject({ value: 'dragon fruit' });
    expect(slots.item?.resolutions?.resolutionsPerAuthority).toEqual([
      {
        authority: `amzn1.er-authority.echo-sdk.${LOCAL_SKILL_ID}.GroceryItem`,
        status: { code: 'ER_SUCCESS_NO_MATCH' },
      },
    ]);
  });

  it('an unfilled slot is listed with its name only', () => {
    const request = addRequest('add milk').request as IntentRequest;
    expect(request.intent.slots?.quantity).toEqual({ name: 'quantity', confirmationStatus: 'NONE' });
    expect(request.intent.slots?.unit).toEqual({ name: 'unit', confirmationStatus: 'NONE' });
  });
});
