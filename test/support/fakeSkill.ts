import { getIntentName, getRequestType, SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { Intent, IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/** Launch answers with Dialog.ElicitSlot for this slot, chaining into `updatedIntent` (when given). */
export interface ElicitOnLaunch {
  readonly slot: string;
  readonly updatedIntent?: Intent;
}

/**
 * A tiny skill that answers the way the real one is expected to, for testing the simulator core without
 * DynamoDB: it counts turns in the session attributes and confirms ClearTrolleyIntent itself.
 */
export function fakeSkill(overrides: { speech?: string; apl?: boolean; elicit?: ElicitOnLaunch } = {}) {
  const received: RequestEnvelope[] = [];
  const turnCount = (input: HandlerInput) => {
    const attributes = input.attributesManager.getSessionAttributes();
    const turns = ((attributes.turns as number | undefined) ?? 0) + 1;
    input.attributesManager.setSessionAttributes({ ...attributes, turns });
    return turns;
  };
  const skill = SkillBuilders.custom()
    .addRequestHandlers(
      {
        canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
        handle: (input) => {
          turnCount(input);
          if (overrides.apl) {
            input.responseBuilder.addDirective({
              type: 'Alexa.Presentation.APL.RenderDocument',
              document: {},
              token: 't',
            });
          }
          if (overrides.elicit) {
            const { updatedIntent, slot } = overrides.elicit;
            if (updatedIntent) input.responseBuilder.addElicitSlotDirective(slot, updatedIntent);
            else input.responseBuilder.addDirective({ type: 'Dialog.ElicitSlot', slotToElicit: slot });
          }
          return input.responseBuilder
            .speak(overrides.speech ?? 'Welcome &amp; hello.')
            .reprompt('What now?')
            .getResponse();
        },
      },
      {
        canHandle: (input) =>
          getRequestType(input.requestEnvelope) === 'IntentRequest' &&
          getIntentName(input.requestEnvelope) === 'ClearTrolleyIntent',
        handle: (input) => {
          const turns = turnCount(input);
          const status = (input.requestEnvelope.request as IntentRequest).intent.confirmationStatus;
          if (status === 'CONFIRMED') return input.responseBuilder.speak(`Cleared on turn ${turns}.`).getResponse();
          if (status === 'DENIED')
            return input.responseBuilder.speak('Left it.').withShouldEndSession(true).getResponse();
          return input.responseBuilder
            .speak('Shall I clear it?')
            .reprompt('Shall I?')
            .addConfirmIntentDirective({ name: 'ClearTrolleyIntent', confirmationStatus: 'NONE', slots: {} })
            .getResponse();
        },
      },
      {
        canHandle: () => true,
        handle: (input) => {
          const turns = turnCount(input);
          const name =
            getRequestType(input.requestEnvelope) === 'IntentRequest'
              ? getIntentName(input.requestEnvelope)
              : getRequestType(input.requestEnvelope);
          return input.responseBuilder
            .speak(`Heard ${name} on turn ${turns}.`)
            .withSimpleCard('Trolley', `Turn ${turns}`)
            .withShouldEndSession(name === 'AMAZON.StopIntent')
            .getResponse();
        },
      },
    )
    .create();
  return {
    received,
    invoke: async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
      received.push(envelope);
      return skill.invoke(envelope);
    },
  };
}
