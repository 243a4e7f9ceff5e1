import type { RequestHandler } from 'ask-sdk-core';
import { showTrolley } from '../display/show';
import { apply } from '../domain/trolley';
import { speakChange, speakOutcome } from '../speech/outcomes';
import { awaitingItem, finishTurn, localeOf, sayFor, sessionState, type SkillServices } from './context';
import { isIntent } from './intent';
import { itemHeard, quantityHeard, unitHeard } from './slots';
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
      const [chosen] = (await answerToWhichOne(services, input, 'ChangeItemIntent')) ?? [];
      const unit = chosen ? { ...(chosen.unit === undefined ? {} : { unit: chosen.unit }) } : unitHeard(input);
      const named = chosen
        ? { ok: true as const, item: chosen.item }
        : itemHeard(input, locale, unit.unknownWord ? {} : unit);
      if (named && !named.ok) return finishTurn(input, '', { question: say('name_too_long') });
      const quantity = chosen
        ? { ok: true as const, quantity: chosen.quantity }
        : quantityHeard(input, { allowZero: true });
      if (!quantity.ok && named) {
        return finishTurn(input, speakOutcome({ kind: 'badQuantity', item: named.item }, say, locale));
      }
      if (!quantity.ok || quantity.quantity === undefined) {
        return finishTurn(input, '', { question: say('ask_change_item'), listen: awaitingItem('ChangeItemIntent') });
      }

      const about = sessionState(input).about;
      const { outcome, state } = await services.store.update(services.userKey(input), (current) =>
        apply(current, {
          kind: 'change',
          quantity: quantity.quantity as number,
          ...(named ? { item: named.item } : {}),
          ...(about === undefined ? {} : { lineKey: about }),
          ...(unit.unit === undefined ? {} : { unit: unit.unit }),
          locale,
        }),
      );
      if (outcome.kind === 'whichOne' && named) {
        const asked = { item: named.item, quantity: quantity.quantity as number, ...unit };
        return askWhichOne(input, outcome, 'ChangeItemIntent', [asked]);
      }
      if (outcome.kind === 'nothingToChange') {
        return finishTurn(input, '', { question: speakOutcome(outcome, say, locale) });
      }
      showTrolley(input, state.trolley.lines);
      // "Make that zero" took the line out, so it is said with what's left, as any removal is.
      return finishTurn(input, speakChange(outcome, say, locale));
    },
  };
}
