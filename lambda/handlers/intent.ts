import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';

/** True for an IntentRequest of one of the named intents. */
export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(getIntentName(input.requestEnvelope))
  );
}
