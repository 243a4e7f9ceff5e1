import type { RequestHandler } from 'ask-sdk-core';
import { showTrolley } from '../display/show';
import { apply } from '../domain/trolley';
import { speakChange, speakOutcome } from '../speech/outcomes';
import { finishTurn, localeOf, sayFor, type SkillServices } from './context';
import { isIntent } from './intent';
import { itemHeard, quantityHeard, unitHeard } from './slots';

export function removeItemHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'RemoveItemIntent'),
    async handle(input) {
      const say = sayFor(input);
      const locale = localeOf(input);
      const unit = unitHeard(input);
      const item = itemHeard(input, locale, unit.unknownWord ? {} : unit);
      if (!item || !item.ok) return finishTurn(input, '', { question: say('ask_remove_item') });
      const quantity = quantityHeard(input);
      if (!quantity.ok) return finishTurn(input, speakOutcome({ kind: 'badQuantity', item: item.item }, say, locale));

      const { outcome, state } = await services.store.update(services.userKey(input), (current) =>
        apply(current, {
          kind: 'remove',
          item: item.item,
          ...(quantity.quantity === undefined ? {} : { quantity: quantity.quantity }),
          ...(unit.unit === undefined ? {} : { unit: unit.unit }),
        }),
      );
      showTrolley(input, state.trolley.lines);
      return finishTurn(input, speakChange(outcome, say, locale));
    },
  };
}
