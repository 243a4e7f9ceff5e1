import i18next, { type TFunction } from 'i18next';
import { en, LOCALE_OVERRIDES, type MessageKey } from '../locales';
import { INVOCATION_NAME, SKILL_NAME } from '../skillName';
import { escapeSsml } from './ssml';
import type { PlainText, SsmlText } from './textKinds';

const resources = Object.fromEntries([
  ['en', { translation: en }],
  ...Object.entries(LOCALE_OVERRIDES).map(([locale, overrides]) => [locale, { translation: overrides }]),
]);

const translator = i18next.createInstance();
// Synchronous init: resources are bundled, so the first request never waits.
void translator.init({
  resources,
  lng: 'en-GB',
  fallbackLng: 'en',
  initAsync: false,
  returnNull: false,
  interpolation: {
    escapeValue: true,
    escape: escapeSsml,
    // Where the skill names itself ("say, open my trolley"), from the one setting, in every locale.
    defaultVariables: { invocationName: INVOCATION_NAME, skillName: SKILL_NAME },
  },
});

/** Values put into a locale's words: plain text (escaped as it goes in) and numbers, never SSML. */
export type MessageValues = Readonly<Record<string, PlainText | number>>;

/** The locale's words to be spoken: SSML-safe, since they hold no markup and every value is escaped. */
export type Say = (key: MessageKey, values?: MessageValues) => SsmlText;

/** The locale's words as plain text, for the card and the screen: values go in as they are. */
export type Write = (key: MessageKey, values?: MessageValues) => PlainText;

function translatorFor(locale: string | undefined): TFunction {
  return translator.getFixedT(locale && locale.startsWith('en') ? locale : 'en');
}

/**
 * The words for one locale, to be spoken. Values are SSML-escaped as they are interpolated, so handlers
 * pass plain text. Unknown English locales (en-NZ, say) get British English.
 */
export function speechFor(locale: string | undefined): Say {
  const t = translatorFor(locale);
  return (key, values) => t(key, values ?? {}) as SsmlText;
}

/**
 * The words for one locale as plain text: the one way to a locale string with its values unescaped, for
 * text that is not spoken (the card, screen-reader labels) or that APL escapes itself (`escapeAplText`).
 */
export function textFor(locale: string | undefined): Write {
  const t = translatorFor(locale);
  return (key, values) => t(key, { ...values, interpolation: { escapeValue: false } }) as PlainText;
}

/** Joins phrases the way the locale writes lists: "a, b and c" (en-GB) or "a, b, and c" (en-US). */
export function listOf(locale: string | undefined, phrases: readonly PlainText[]): PlainText {
  try {
    return new Intl.ListFormat(locale ?? 'en-GB', { type: 'conjunction' }).format(phrases);
  } catch {
    return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(phrases);
  }
}

/** Joins choices the way the locale asks between them: "a, b or c". */
export function choiceOf(locale: string | undefined, phrases: readonly PlainText[]): PlainText {
  try {
    return new Intl.ListFormat(locale ?? 'en-GB', { type: 'disjunction' }).format(phrases);
  } catch {
    return new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(phrases);
  }
}
