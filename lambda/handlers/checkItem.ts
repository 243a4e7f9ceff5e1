import type { RequestHandler } from 'ask-sdk-core';
import { itemRequestsFor } from '../domain/itemRequests';
import { LIMITS } from '../domain/limits';
import { holdingOf } from '../domain/trolley';
import { speakHoldings } from '../speech/outcomes';
import { localeOf, sayFor, type SkillServices } from './context';
import { awaitingItem, finishTurn } from './turn';
import { isIntent } from './intent';
import { itemValuesHeard } from './slots';

/**
 * "Is there milk in my trolley?", "how many eggs have I got?", "have I got milk and eggs?": answers from
 * the trolley and changes nothing. Words that fit several lines are answered with all of them.
 */
export function checkItemHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'CheckItemIntent'),
    async handle(input) {
      const say = sayFor(input);
      const locale = localeOf(input);
      const wanted = itemRequestsFor(itemValuesHeard(input), {}, locale, { singularCountsOne: false });
      if (!wanted.ok) {
        if (wanted.reason === 'tooManyAtOnce') {
          return finishTurn(input, say('too_many_to_find', { max: LIMITS.maxItemsPerRequest }));
        }
        const key = wanted.reason === 'tooLong' ? 'name_too_long' : 'ask_check_item';
        return finishTurn(input, '', { question: say(key), listen: awaitingItem('CheckItemIntent') });
      }
      const { trolley } = await services.store.load(services.userKey(input));
      const holdings = wanted.requests.map((request) => holdingOf(trolley, request.item));
      const keys = new Set(
        holdings.flatMap((holding) => (holding.kind === 'has' ? holding.lines : [])).map((l) => l.key),
      );
      const [thatKey] = keys.size === 1 ? [...keys] : [];
      return finishTurn(input, speakHoldings(holdings, say, locale), thatKey === undefined ? {} : { thatKey });
    },
  };
}
