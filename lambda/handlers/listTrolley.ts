import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { pageOf } from '../domain/reading';
import { showTrolley } from '../display/show';
import { speakCount } from '../speech/outcomes';
import { speakPage } from '../speech/reading';
import { joinSpeech } from '../speech/ssml';
import { localeOf, sayFor, type SkillServices } from './context';
import { sessionState } from './session';
import { finishTurn } from './turn';
import { isIntent } from './intent';

/** Reads one page of the trolley from `offset`, offering the rest when there is more. */
export async function readTrolley(services: SkillServices, input: HandlerInput, offset: number): Promise<Response> {
  const say = sayFor(input);
  const locale = localeOf(input);
  const { trolley } = await services.store.load(services.userKey(input));
  // The card and the screen carry the whole trolley, so nobody has to listen to all of it to see it.
  if (offset === 0) showTrolley(input, trolley.lines, locale);
  if (trolley.lines.length === 0) return finishTurn(input, say('list_empty'));

  const page = pageOf(trolley.lines, offset);
  const speech = joinSpeech(offset === 0 ? speakCount(page.total, say) : '', speakPage(page, say, locale));
  if (page.nextOffset !== undefined) {
    return finishTurn(input, speech, {
      question: say('list_more', { count: page.remaining }),
      reprompt: say('list_more_reprompt'),
      pending: { kind: 'listMore', offset: page.nextOffset },
    });
  }
  return finishTurn(input, offset === 0 ? speech : joinSpeech(speech, say('list_done')));
}

export function listTrolleyHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'ListTrolleyIntent'),
    handle: (input) => readTrolley(services, input, 0),
  };
}

/** "Yes" (or "carry on") after "Shall I carry on?" reads the next page. */
export function listMoreHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'AMAZON.YesIntent') && sessionState(input).pending?.kind === 'listMore',
    handle: (input) => {
      const pending = sessionState(input).pending;
      return readTrolley(services, input, pending?.kind === 'listMore' ? pending.offset : 0);
    },
  };
}
