import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { parseRemoveArguments, TROLLEY_TOKEN } from '../display/events';
import { showTrolley } from '../display/show';
import { apply, type Applied } from '../domain/trolley';
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
      const applied = await services.store.update(services.userKey(input), (state): Applied => {
        // Read the line from what is stored now: another device may have changed or removed it since.
        const line = state.trolley.lines.find(
          (candidate) => candidate.key === target.key && candidate.unit === target.unit,
        );
        if (!line) {
          const item = { key: target.key, name: target.name, countable: false, aisle: 'other' as const };
          return { state, outcome: { kind: 'notFound', item }, changed: false };
        }
        return apply(state, {
          kind: 'remove',
          item: line,
          exactLine: true,
          ...(line.unit === undefined ? {} : { unit: line.unit }),
        });
      });
      const { outcome } = applied;
      showTrolley(input, applied.state.trolley.lines, localeOf(input));
      return finishTurn(input, speakChange(outcome, say, localeOf(input)));
    },
  };
}
