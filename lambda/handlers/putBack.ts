import type { RequestHandler } from 'ask-sdk-core';
import { showTrolley } from '../display/show';
import { itemRequestsFor } from '../domain/itemRequests';
import { apply } from '../domain/trolley';
import { speakChange } from '../speech/outcomes';
import { localeOf, sayFor, type SkillServices } from './context';
import { finishTurn } from './turn';
import { isIntent } from './intent';
import { itemValuesHeard } from './slots';

/**
 * "Put the rice back", "actually I do need the bread": the line comes back as it was taken out (the same
 * as undo when that removal was the last change); something never taken out is simply added.
 */
export function putBackHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'PutBackIntent'),
    async handle(input) {
      const say = sayFor(input);
      const locale = localeOf(input);
      const wanted = itemRequestsFor(itemValuesHeard(input), {}, locale);
      const [first] = wanted.ok ? wanted.requests : [];
      if (!first) {
        const key = !wanted.ok && wanted.reason === 'tooLong' ? 'name_too_long' : 'ask_add_item';
        return finishTurn(input, '', { question: say(key) });
      }
      const { outcome, state } = await services.store.update(services.userKey(input), (current) =>
        apply(current, { kind: 'putBack', item: first }),
      );
      showTrolley(input, state.trolley.lines, locale);
      return finishTurn(input, speakChange(outcome, say, locale));
    },
  };
}
