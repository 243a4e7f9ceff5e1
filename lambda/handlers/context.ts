import { getLocale, type HandlerInput } from 'ask-sdk-core';
import { speechFor, type Say } from '../speech/i18n';
import type { TrolleyStore } from '../store/trolleyStore';

/** What the handlers share: the one storage interface and how to key a user in it. */
export interface SkillServices {
  readonly store: TrolleyStore;
  readonly userKey: (input: HandlerInput) => string;
}

/** The words of the request's locale. */
export function sayFor(input: HandlerInput): Say {
  return speechFor(getLocale(input.requestEnvelope));
}

/** The request's locale; British English when a request carries none. */
export function localeOf(input: HandlerInput): string {
  return getLocale(input.requestEnvelope) || 'en-GB';
}
