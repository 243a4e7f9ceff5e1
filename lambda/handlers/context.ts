import { getLocale, getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { speechFor, type Say } from '../speech/i18n';
import type { TrolleyStore } from '../store/trolleyStore';

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

export type PendingQuestion = { readonly kind: 'listMore'; readonly offset: number };

export function sessionState(input: HandlerInput): SessionState {
  const attributes = input.attributesManager.getSessionAttributes() as Record<string, unknown>;
  const pending = attributes.pending as Record<string, unknown> | undefined;
  return {
    launched: attributes.launched === true,
    ...(pending?.kind === 'listMore' && typeof pending.offset === 'number'
      ? { pending: { kind: 'listMore', offset: pending.offset } }
      : {}),
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

/**
 * Finishes a turn the way the voice design asks: a launched session stays open and ends with a question and
 * a re-prompt; a one-shot request ("ask my trolley to add milk") answers and ends. A `question` keeps
 * any session open, since Alexa is waiting for the answer.
 */
export function finishTurn(
  input: HandlerInput,
  speech: string,
  options: { question?: string; reprompt?: string; pending?: PendingQuestion; about?: string } = {},
): Response {
  const session = sessionState(input);
  const say = sayFor(input);
  const isLaunchedSession = session.launched === true && getRequestType(input.requestEnvelope) !== 'LaunchRequest';
  saveSessionState(input, {
    ...(session.launched ? { launched: true } : {}),
    ...(options.pending ? { pending: options.pending } : {}),
    ...(options.about ? { about: options.about } : {}),
  });

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
