import type { RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { showTrolley } from '../display/show';
import { apply } from '../domain/trolley';
import { speakOutcome } from '../speech/outcomes';
import { localeOf, sayFor, type SkillServices } from './context';
import { finishTurn } from './turn';
import { isIntent } from './intent';
import type { IntentName } from './intents';

/**
 * Clearing is confirmed first. The skill asks itself (Dialog.ConfirmIntent) rather than leaving it to
 * Alexa's auto-delegation, so it can say how many things would go, and not ask at all when empty.
 */
export function clearTrolleyHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'ClearTrolleyIntent'),
    async handle(input) {
      const say = sayFor(input);
      const locale = localeOf(input);
      const request = input.requestEnvelope.request as IntentRequest;
      const confirmation = request.intent.confirmationStatus ?? 'NONE';
      const userKey = services.userKey(input);

      if (confirmation === 'DENIED') return finishTurn(input, say('clear_denied'));
      if (confirmation === 'CONFIRMED') {
        const { outcome, state } = await services.store.update(userKey, (current) => apply(current, { kind: 'clear' }));
        showTrolley(input, state.trolley.lines, locale);
        return finishTurn(input, speakOutcome(outcome, say, locale));
      }

      const count = (await services.store.load(userKey)).trolley.lines.length;
      if (count === 0) return finishTurn(input, say('clear_already_empty'));
      return finishTurn(input, '', {
        question: say('clear_confirm', { count }),
        reprompt: say('clear_confirm_reprompt'),
        confirm: { name: 'ClearTrolleyIntent' satisfies IntentName, confirmationStatus: 'NONE', slots: {} },
      });
    },
  };
}
