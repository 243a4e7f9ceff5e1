import type { RequestHandler } from 'ask-sdk-core';
import { holdingOf } from '../domain/trolley';
import { speakHolding } from '../speech/outcomes';
import { finishTurn, localeOf, sayFor, type SkillServices } from './context';
import { isIntent } from './intent';
import { itemHeard } from './slots';

/** "Is there milk in my trolley?", "how many eggs have I got?": answers from the trolley, changes nothing. */
export function checkItemHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'CheckItemIntent'),
    async handle(input) {
      const say = sayFor(input);
      const locale = localeOf(input);
      const named = itemHeard(input, locale, {});
      if (!named || !named.ok) {
        const key = named?.reason === 'tooLong' ? 'name_too_long' : 'ask_check_item';
        return finishTurn(input, '', { question: say(key) });
      }
      const { trolley } = await services.store.load(services.userKey(input));
      const holding = holdingOf(trolley, named.item);
      const about = holding.kind === 'has' ? holding.lines[0]?.key : undefined;
      return finishTurn(input, speakHolding(holding, say, locale), about === undefined ? {} : { about });
    },
  };
}
