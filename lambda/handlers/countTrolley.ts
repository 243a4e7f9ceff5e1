import type { RequestHandler } from 'ask-sdk-core';
import { speakCount } from '../speech/outcomes';
import { sayFor, type SkillServices } from './context';
import { finishTurn } from './turn';
import { isIntent } from './intent';

/** "How many things are in my trolley?": the count alone; the list is there for "what's in my trolley". */
export function countTrolleyHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'CountTrolleyIntent'),
    async handle(input) {
      const { trolley } = await services.store.load(services.userKey(input));
      return finishTurn(input, speakCount(trolley.lines.length, sayFor(input)));
    },
  };
}
