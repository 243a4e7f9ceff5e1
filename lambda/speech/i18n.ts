import i18next, { type TFunction } from 'i18next';
import { en, LOCALE_OVERRIDES, type MessageKey } from '../locales';
import { INVOCATION_NAME, SKILL_NAME } from '../skillName';
import { escapeSsml } from './ssml';

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

export type Say = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The words for one locale. Values are SSML-escaped as they are interpolated, so handlers pass plain text.
 * Unknown English locales (en-NZ, say) get British English.
 */
export function speechFor(locale: string | undefined): Say {
  const t: TFunction = translator.getFixedT(locale && locale.startsWith('en') ? locale : 'en');
  return (key, values) => t(key, values ?? {}) as string;
}

/** Joins phrases the way the locale writes lists: "a, b and c" (en-GB) or "a, b, and c" (en-US). */
export function listOf(locale: string | undefined, phrases: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale ?? 'en-GB', { type: 'conjunction' }).format(phrases);
  } catch {
    return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(phrases);
  }
}

/** Joins choices the way the locale asks between them: "a, b or c". */
export function choiceOf(locale: string | undefined, phrases: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale ?? 'en-GB', { type: 'disjunction' }).format(phrases);
  } catch {
    return new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(phrases);
  }
}
