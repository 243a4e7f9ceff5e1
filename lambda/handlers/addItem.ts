import type { RequestHandler } from 'ask-sdk-core';
import { apply } from '../domain/trolley';
import { speakCount, speakOutcome } from '../speech/outcomes';
import { finishTurn, localeOf, sayFor, type SkillServices } from './context';
import { isIntent } from './intent';
import { quantityImpliedBy } from '../domain/item';
import { heard, itemHeard, quantityHeard, unitHeard } from './slots';

export function addItemHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'AddItemIntent'),
    async handle(input) {
      const say = sayFor(input);
      const locale = localeOf(input);
      const unit = unitHeard(input);
      const item = itemHeard(input, locale, unit);
      if (!item || !item.ok) {
        const key = item?.reason === 'tooLong' ? 'name_too_long' : 'ask_add_item';
        return finishTurn(input, '', { question: say(key), reprompt: say('ask_add_item') });
      }
      const quantity = quantityHeard(input);
      if (!quantity.ok) return finishTurn(input, speakOutcome({ kind: 'badQuantity', item: item.item }, say, locale));

      // "A tin of tuna" is one tin: a unit without a number counts as one.
      const count = quantity.quantity ?? (unit.unit ? 1 : quantityImpliedBy(heard(input, 'item') ?? '', item.item));
      const request = {
        item: item.item,
        ...(count === undefined ? {} : { quantity: count }),
        ...(unit.unit === undefined ? {} : { unit: unit.unit }),
      };
      const { outcome } = await services.store.update(services.userKey(input), (state) =>
        apply(state, { kind: 'add', items: [request] }),
      );
      const speech = speakOutcome(outcome, say, locale);
      return finishTurn(input, outcome.kind === 'added' ? `${speech} ${speakCount(outcome.lineCount, say)}` : speech);
    },
  };
}
