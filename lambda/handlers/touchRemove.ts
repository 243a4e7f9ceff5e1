import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { parseRemoveArguments, TROLLEY_TOKEN } from '../display/events';
import { showTrolley } from '../display/show';
import { removeShownLine } from '../domain/lineRemoval';
import { speakChange } from '../speech/outcomes';
import { localeOf, sayFor, type SkillServices } from './context';
import { finishTurn, nothingToSay } from './turn';

type UserEvent = interfaces.alexa.presentation.apl.UserEvent;

/**
 * A touch on a line's remove control in the trolley document: takes out exactly that line, says so, and
 * redraws the screen. Events from another document, or with arguments that are not a remove, get an
 * empty response: a screen sends what it likes, and none of it may throw.
 */
export function touchRemoveHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'Alexa.Presentation.APL.UserEvent',
    async handle(input) {
      const event = input.requestEnvelope.request as UserEvent;
      const target = event.token === TROLLEY_TOKEN ? parseRemoveArguments(event.arguments) : undefined;
      if (!target) return nothingToSay(input);

      const say = sayFor(input);
      const applied = await services.store.update(services.userKey(input), (state) => removeShownLine(state, target));
      const { outcome } = applied;
      showTrolley(input, applied.state.trolley.lines, localeOf(input));
      return finishTurn(input, speakChange(outcome, say, localeOf(input)));
    },
  };
}
