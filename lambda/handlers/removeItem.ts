import type { RequestHandler } from 'ask-sdk-core';
import { showTrolley } from '../display/show';
import { itemRequestsFor } from '../domain/itemRequests';
import { LIMITS } from '../domain/limits';
import { apply } from '../domain/trolley';
import { speakChange, speakOutcome } from '../speech/outcomes';
import { localeOf, sayFor, type SkillServices } from './context';
import { awaitingItem, finishTurn } from './turn';
import { isIntent } from './intent';
import { itemValuesHeard, quantityHeard, slotAmount, unitHeard } from './slots';
import { answerToWhichOne, askWhichOne } from './whichOne';

/**
 * "Remove the milk", "take one tin of tuna out", "remove the milk and the eggs": everything named comes
 * out in one change. Words that fit two or more lines ask which, and the answer finishes the request.
 */
export function removeItemHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'RemoveItemIntent'),
    async handle(input) {
      const say = sayFor(input);
      const locale = localeOf(input);
      const quantity = quantityHeard(input);
      const heard = itemValuesHeard(input);
      const askWhat = () =>
        finishTurn(input, '', { question: say('ask_remove_item'), listen: awaitingItem('RemoveItemIntent') });
      if (heard.length === 0) return askWhat();
      const wanted = itemRequestsFor(heard, slotAmount(quantity, unitHeard(input)), locale, {
        singularCountsOne: false,
      });
      if (!wanted.ok) {
        if (wanted.reason === 'tooManyAtOnce') {
          return finishTurn(input, say('too_many_to_find', { max: LIMITS.maxItemsPerRequest }));
        }
        return wanted.reason === 'tooLong' ? finishTurn(input, '', { question: say('name_too_long') }) : askWhat();
      }
      const [first] = wanted.requests;
      if (!quantity.ok && first) {
        return finishTurn(input, speakOutcome({ kind: 'badQuantity', item: first.item }, say, locale));
      }

      const requests = (await answerToWhichOne(services, input, 'RemoveItemIntent')) ?? wanted.requests;
      const { outcome, state } = await services.store.update(services.userKey(input), (current) =>
        apply(current, { kind: 'removeSeveral', items: requests }),
      );
      if (outcome.kind === 'whichOne') return askWhichOne(input, outcome, 'RemoveItemIntent', requests);
      showTrolley(input, state.trolley.lines, locale);
      return finishTurn(input, speakChange(outcome, say, locale));
    },
  };
}
