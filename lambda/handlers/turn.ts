/**
 * How a turn ends, in one place: whether the session stays open, the question and re-prompt, what Alexa
 * listens for next and what the session remembers. Handlers end every spoken turn through these.
 */
import { getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import { joinSpeech } from '../speech/ssml';
import type { SsmlText } from '../speech/textKinds';
import { sayFor } from './context';
import { slotsOf, type ItemIntentName } from './intents';
import { saveSessionState, sessionState, type PendingQuestion } from './session';

/** An intent with its item, quantity and unit slots empty: what Alexa listens for after a question. */
export function awaitingItem(name: ItemIntentName = 'AddItemIntent'): Intent {
  const empty = (slot: string) => ({ name: slot, confirmationStatus: 'NONE' as const });
  const slots = slotsOf(name).map((slot) => [slot, empty(slot)]);
  return { name, confirmationStatus: 'NONE', slots: Object.fromEntries(slots) };
}

/**
 * After a question in an open session, a bare item ("milk", "two tins of tomatoes") answers it: Alexa is
 * told to listen for the `item` slot of `intent` (Dialog.ElicitSlot; from a LaunchRequest this is intent
 * chaining, hence always an `updatedIntent`), while "no", "stop" or "what's in my trolley" still reach
 * their own intents. Only requests that may carry dialog directives get one (not a touch on the screen).
 */
function listenForItem(input: HandlerInput, intent: Intent = awaitingItem()): void {
  const type = getRequestType(input.requestEnvelope);
  if (type === 'IntentRequest' || type === 'LaunchRequest')
    input.responseBuilder.addElicitSlotDirective('item', intent);
}

export interface TurnOptions {
  /** Asked after the speech; keeps any session open, since Alexa is waiting for the answer. */
  readonly question?: SsmlText;
  /** Said when nobody answers; the question itself by default. */
  readonly reprompt?: SsmlText;
  /** The question's meaning for the next turn ("Shall I carry on?" reads on from here). */
  readonly pending?: PendingQuestion;
  /** The key of the line this answer was about, so "make that three" next means it. */
  readonly thatKey?: string;
  /** What a bare item said next is heard as (by default, "add it"); false for yes-or-no questions. */
  readonly listen?: Intent | false;
  /** Asks Alexa to hear the answer as this intent confirmed or denied (Dialog.ConfirmIntent). */
  readonly confirm?: Intent;
}

/**
 * Finishes a turn the way the voice design asks: a launched session stays open and ends with a question and
 * a re-prompt; a one-shot request ("ask my trolley to add milk") answers and ends. A `question` keeps
 * any session open, since Alexa is waiting for the answer. Whenever the session stays open, a bare item
 * said next is heard as `listen`.
 */
export function finishTurn(input: HandlerInput, speech: SsmlText | '', options: TurnOptions = {}): Response {
  const session = sessionState(input);
  const say = sayFor(input);
  const isLaunchedSession = session.launched === true && getRequestType(input.requestEnvelope) !== 'LaunchRequest';
  saveSessionState(input, {
    ...(session.launched ? { launched: true } : {}),
    ...(options.pending ? { pending: options.pending } : {}),
    ...(options.thatKey ? { thatKey: options.thatKey } : {}),
  });

  const listening = options.confirm ? false : (options.listen ?? (options.pending ? false : awaitingItem()));
  if ((options.question || isLaunchedSession) && listening) listenForItem(input, listening);
  if (options.question) {
    input.responseBuilder.speak(joinSpeech(speech, options.question)).reprompt(options.reprompt ?? options.question);
    if (options.confirm) input.responseBuilder.addConfirmIntentDirective(options.confirm);
    return input.responseBuilder.getResponse();
  }
  if (isLaunchedSession) {
    return input.responseBuilder
      .speak(joinSpeech(speech, say('anything_else')))
      .reprompt(say('help_reprompt'))
      .getResponse();
  }
  return input.responseBuilder.speak(speech).withShouldEndSession(true).getResponse();
}

/** The person opened the skill: the session stays open, and a bare item said next is added. */
export function openSession(input: HandlerInput, speech: SsmlText, reprompt: SsmlText): Response {
  saveSessionState(input, { launched: true });
  listenForItem(input);
  return input.responseBuilder.speak(speech).reprompt(reprompt).getResponse();
}

/** A request that needs no words (a touch from another document, a skill event): an empty response. */
export function nothingToSay(input: HandlerInput): Response {
  return input.responseBuilder.getResponse();
}

/** The conversation is over ("stop", "no", a goodbye, a failure): say so and close the session. */
export function endSession(input: HandlerInput, speech: SsmlText): Response {
  return input.responseBuilder.speak(speech).withShouldEndSession(true).getResponse();
}
