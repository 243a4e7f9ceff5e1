import { getLocale, getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import { speechFor, type Say } from '../speech/i18n';
import type { TrolleyStore } from '../store/trolleyStore';
import { slotsOf, type ItemIntentName } from './intents';
import { readWhichOne, type WhichOnePending } from './pendingChoice';

/** What the handlers share: the one storage interface and how to key a user in it. */
export interface SkillServices {
  readonly store: TrolleyStore;
  readonly userKey: (input: HandlerInput) => string;
}

/** Kept in the session between turns. */
export interface SessionState {
  /** Set by LaunchRequest: the person opened the skill, so the session stays open between answers. */
  readonly launched?: boolean;
  /** The question Alexa just asked, so a bare "yes" or "no" knows what it answers. */
  readonly pending?: PendingQuestion;
  /** The line the last answer was about ("how many eggs?"), so "make that twelve" knows what "that" is. */
  readonly about?: string;
}

export type PendingQuestion = { readonly kind: 'listMore'; readonly offset: number } | WhichOnePending;

function readPending(pending: unknown): PendingQuestion | undefined {
  const raw = pending as Record<string, unknown> | undefined;
  if (raw?.kind === 'listMore' && typeof raw.offset === 'number') return { kind: 'listMore', offset: raw.offset };
  return readWhichOne(pending);
}

export function sessionState(input: HandlerInput): SessionState {
  const attributes = input.attributesManager.getSessionAttributes() as Record<string, unknown>;
  const pending = readPending(attributes.pending);
  return {
    launched: attributes.launched === true,
    ...(pending ? { pending } : {}),
    ...(typeof attributes.about === 'string' ? { about: attributes.about } : {}),
  };
}

export function saveSessionState(input: HandlerInput, state: SessionState): void {
  input.attributesManager.setSessionAttributes({ ...state });
}

export function sayFor(input: HandlerInput): Say {
  return speechFor(getLocale(input.requestEnvelope));
}

export function localeOf(input: HandlerInput): string {
  return getLocale(input.requestEnvelope) || 'en-GB';
}

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
export function listenForItem(input: HandlerInput, intent: Intent = awaitingItem()): void {
  const type = getRequestType(input.requestEnvelope);
  if (type === 'IntentRequest' || type === 'LaunchRequest')
    input.responseBuilder.addElicitSlotDirective('item', intent);
}

/**
 * Finishes a turn the way the voice design asks: a launched session stays open and ends with a question and
 * a re-prompt; a one-shot request ("ask my trolley to add milk") answers and ends. A `question` keeps
 * any session open, since Alexa is waiting for the answer. Whenever the session stays open, a bare item
 * said next is heard as `listen` (by default, "add it"); `listen: false` for yes-or-no questions.
 */
export function finishTurn(
  input: HandlerInput,
  speech: string,
  options: {
    question?: string;
    reprompt?: string;
    pending?: PendingQuestion;
    about?: string;
    listen?: Intent | false;
  } = {},
): Response {
  const session = sessionState(input);
  const say = sayFor(input);
  const isLaunchedSession = session.launched === true && getRequestType(input.requestEnvelope) !== 'LaunchRequest';
  saveSessionState(input, {
    ...(session.launched ? { launched: true } : {}),
    ...(options.pending ? { pending: options.pending } : {}),
    ...(options.about ? { about: options.about } : {}),
  });

  const listening = options.listen ?? (options.pending ? false : awaitingItem());
  if ((options.question || isLaunchedSession) && listening) listenForItem(input, listening);
  if (options.question) {
    return input.responseBuilder
      .speak(`${speech} ${options.question}`.trim())
      .reprompt(options.reprompt ?? options.question)
      .getResponse();
  }
  if (isLaunchedSession) {
    return input.responseBuilder
      .speak(`${speech} ${say('anything_else')}`)
      .reprompt(say('help_reprompt'))
      .getResponse();
  }
  return input.responseBuilder.speak(speech).withShouldEndSession(true).getResponse();
}
