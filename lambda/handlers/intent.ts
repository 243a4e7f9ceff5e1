import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { IntentName } from './intents';

/** True for an IntentRequest of one of the named intents. */
export function isIntent(input: HandlerInput, ...names: IntentName[]): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    (names as readonly string[]).includes(getIntentName(input.requestEnvelope))
  );
}
