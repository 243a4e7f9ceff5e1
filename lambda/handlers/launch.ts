import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { renderTrolley } from '../display/show';
import { localeOf, sayFor, type SkillServices } from './context';
import { openSession } from './turn';

export function launchHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    async handle(input) {
      const say = sayFor(input);
      const state = await services.store.load(services.userKey(input));
      const count = state.trolley.lines.length;
      // Opening the skill changes nothing, so no card; a screen shows the trolley straight away.
      renderTrolley(input, state.trolley.lines, localeOf(input));
      // "Milk" straight after opening adds it.
      return openSession(input, count === 0 ? say('welcome_empty') : say('welcome', { count }), say('what_next'));
    },
  };
}
