import type { RequestHandler } from 'ask-sdk-core';
import { showTrolley } from '../display/show';
import { isAskedNotNamed } from '../domain/askedNotNamed';
import { isGoodbye } from '../domain/farewell';
import { itemRequestsFor } from '../domain/itemRequests';
import { LIMITS } from '../domain/limits';
import { apply } from '../domain/trolley';
import { speakChange, speakOutcome } from '../speech/outcomes';
import { localeOf, sayFor, type SkillServices } from './context';
import { endSession, finishTurn } from './turn';
import { isIntent } from './intent';
import { itemValuesHeard, quantityHeard, slotAmount, unitHeard } from './slots';

/** "Add two tins of tuna", and "add milk, eggs and bread": everything said goes in, in one change. */
export function addItemHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'AddItemIntent'),
    async handle(input) {
      const say = sayFor(input);
      const locale = localeOf(input);
      const quantity = quantityHeard(input);
      const heard = itemValuesHeard(input);
      const amount = slotAmount(quantity, unitHeard(input));
      if (Object.keys(amount).length === 0 && isGoodbye(heard.map((value) => value.words))) {
        return endSession(input, say('goodbye'));
      }
      if (isAskedNotNamed(heard.map((value) => value.words))) return finishTurn(input, say('fallback'));
      const wanted = itemRequestsFor(heard, amount, locale);
      if (!wanted.ok) {
        if (wanted.reason === 'tooManyAtOnce') {
          return finishTurn(input, say('too_many_at_once', { max: LIMITS.maxItemsPerRequest }));
        }
        const key = wanted.reason === 'tooLong' ? 'name_too_long' : 'ask_add_item';
        return finishTurn(input, '', { question: say(key), reprompt: say('ask_add_item') });
      }
      const [first] = wanted.requests;
      if (!quantity.ok && first) {
        return finishTurn(input, speakOutcome({ kind: 'badQuantity', item: first.item }, say, locale));
      }

      const { outcome, state } = await services.store.update(services.userKey(input), (current) =>
        apply(current, { kind: 'add', items: wanted.requests }),
      );
      showTrolley(input, state.trolley.lines, locale);
      return finishTurn(input, speakChange(outcome, say, locale));
    },
  };
}
