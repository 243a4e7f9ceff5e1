import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { renderTrolley } from '../display/show';
import { listenForItem, saveSessionState, sayFor, type SkillServices } from './context';

export function launchHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    async handle(input) {
      const say = sayFor(input);
      const state = await services.store.load(services.userKey(input));
      const count = state.trolley.lines.length;
      saveSessionState(input, { launched: true });
      // Opening the skill changes nothing, so no card; a screen shows the trolley straight away.
      renderTrolley(input, state.trolley.lines);
      // "Milk" straight after opening adds it.
      listenForItem(input);
      return input.responseBuilder
        .speak(count === 0 ? say('welcome_empty') : say('welcome', { count }))
        .reprompt(say('what_next'))
        .getResponse();
    },
  };
}
