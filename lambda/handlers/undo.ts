import type { RequestHandler } from 'ask-sdk-core';
import { showTrolley } from '../display/show';
import { apply } from '../domain/trolley';
import { speakChange } from '../speech/outcomes';
import { localeOf, sayFor, type SkillServices } from './context';
import { finishTurn } from './turn';
import { isIntent } from './intent';

/** "Undo" puts the trolley back as it was before the last change, in this session or a later one. */
export function undoHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'UndoIntent'),
    async handle(input) {
      const say = sayFor(input);
      const { outcome, state } = await services.store.update(services.userKey(input), (current) =>
        apply(current, { kind: 'undo' }),
      );
      showTrolley(input, state.trolley.lines, localeOf(input));
      return finishTurn(input, speakChange(outcome, say, localeOf(input)));
    },
  };
}
