import fc from 'fast-check';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { spoken } from '../../support/speech';
import { expectValidAlexaResponse } from './alexaResponse';
import { hostileEnvelope } from './hostileEnvelopes';

/** What the hostile-input properties share, whether the store is in memory or DynamoDB Local. */
export const USER = 'amzn1.ask.account.HOSTILE';

/** A conversation of one to six hostile requests from one user. */
export const conversation = fc.array(hostileEnvelope(USER), { minLength: 1, maxLength: 6 });

const UNREACHABLE = /couldn.t reach your trolley/;

/** Sends one request; checks the answer is valid whatever it is, and returns what Alexa said. */
export async function answerIsValid(
  send: (envelope: RequestEnvelope) => Promise<ResponseEnvelope>,
  envelope: RequestEnvelope,
) {
  const response = await send(envelope);
  expectValidAlexaResponse(response);
  if (envelope.request?.type === 'IntentRequest') {
    // Every spoken request gets spoken words back: silence is never an answer to a person.
    expect(response.response.outputSpeech).toBeDefined();
  }
  const words = spoken(response);
  // The store works throughout, so no input may make the skill blame it.
  expect(words).not.toMatch(UNREACHABLE);
  return words;
}
