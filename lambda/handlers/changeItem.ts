import type { RequestHandler } from 'ask-sdk-core';
import { showTrolley } from '../display/show';
import { itemRequestsFor } from '../domain/itemRequests';
import { LIMITS } from '../domain/limits';
import { apply } from '../domain/trolley';
import { speakChange, speakOutcome } from '../speech/outcomes';
import { localeOf, sayFor, type SkillServices } from './context';
import { sessionState } from './session';
import { awaitingItem, finishTurn } from './turn';
import { isIntent } from './intent';
import { itemValuesHeard, quantityHeard, unitHeard } from './slots';
import { answerToWhichOne, askWhichOne } from './whichOne';

/**
 * "Make that three", "change the milk to two pints", "I only need one tin of tuna": sets how many, rather
 * than adding more. Without an item it means the line the conversation was last about.
 */
export function changeItemHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'ChangeItemIntent'),
    async handle(input) {
      const say = sayFor(input);
      const locale = localeOf(input);
      // The answer to "The semi skimmed milk or the oat milk?" brings the amount asked before.
      const answered = await answerToWhichOne(services, input, 'ChangeItemIntent');
      const [chosen] = answered ?? [];
      const heardUnit = unitHeard(input);
      const unit = chosen ? (chosen.unit === undefined ? {} : { unit: chosen.unit }) : { unit: heardUnit.unit };
      const values = itemValuesHeard(input);
      const amount = heardUnit.unknownWord ? { unknownUnitWord: heardUnit.unknownWord } : {};
      const wanted = answered
        ? { ok: true as const, requests: answered }
        : values.length > 0
          ? itemRequestsFor(values, amount, locale, { singularCountsOne: false })
          : undefined;
      if (wanted && !wanted.ok && wanted.reason !== 'empty') {
        const key = wanted.reason === 'tooLong' ? 'name_too_long' : 'too_many_to_find';
        return finishTurn(input, '', { question: say(key, { max: LIMITS.maxItemsPerRequest }) });
      }
      const items = wanted?.ok ? wanted.requests.map((request) => request.item) : [];
      const [named] = items;
      const quantity = chosen
        ? { ok: true as const, quantity: chosen.quantity }
        : quantityHeard(input, { allowZero: true });
      if (!quantity.ok && named) {
        return finishTurn(input, speakOutcome({ kind: 'badQuantity', item: named }, say, locale));
      }
      if (!quantity.ok || quantity.quantity === undefined) {
        return finishTurn(input, '', { question: say('ask_change_item'), listen: awaitingItem('ChangeItemIntent') });
      }

      const { thatKey } = sessionState(input);
      const setTo = { quantity: quantity.quantity, ...unit, locale };
      const { outcome, state } = await services.store.update(services.userKey(input), (current) =>
        apply(
          current,
          items.length > 1
            ? { kind: 'changeSeveral', items, ...setTo }
            : { kind: 'change', ...(named ? { item: named } : {}), ...(thatKey ? { thatKey } : {}), ...setTo },
        ),
      );
      if (outcome.kind === 'whichOne') {
        const asked = items.map((item) => ({ item, quantity: setTo.quantity, ...unit }));
        return askWhichOne(input, outcome, 'ChangeItemIntent', asked);
      }
      if (outcome.kind === 'nothingToChange') {
        return finishTurn(input, '', { question: speakOutcome(outcome, say, locale) });
      }
      showTrolley(input, state.trolley.lines, locale);
      // "Make that zero" took the line out, so it is said with what's left, as any removal is.
      return finishTurn(input, speakChange(outcome, say, locale));
    },
  };
}
