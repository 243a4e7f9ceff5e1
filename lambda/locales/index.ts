import { en, type MessageKey } from './en';
import { enAU } from './en-AU';
import { enCA } from './en-CA';
import { enIN } from './en-IN';
import { enUS } from './en-US';
import type { Overrides } from './types';

/** Which English a locale's catalogue words are in: aubergine and courgette, or eggplant and zucchini. */
export type Variety = 'british' | 'american';

/** What the skill knows about one locale it serves. */
export interface LocaleFacts {
  /** The catalogue wording it speaks and the interaction model lists first. */
  readonly variety: Variety;
  /**
   * Whether its interaction model enables multiple-value slots ("milk, eggs and bread" as one list); where
   * not, the skill splits a list itself. Only where Alexa offers them: `npm run lint:model` checks.
   */
  readonly multipleValueSlots: boolean;
  /** Its own words, over British English (`en`). */
  readonly overrides: Overrides;
}

/**
 * The one registry of the locales the skill serves, in the order the interaction models are listed: the
 * locale strings, the catalogue, the interaction model generator, the simulator and the tests all derive
 * from it. i18next falls back to `en` for any key a locale doesn't override, and for English locales the
 * skill doesn't list.
 */
export const LOCALES = {
  'en-GB': { variety: 'british', multipleValueSlots: true, overrides: {} },
  'en-US': { variety: 'american', multipleValueSlots: true, overrides: enUS },
  'en-AU': { variety: 'british', multipleValueSlots: true, overrides: enAU },
  'en-CA': { variety: 'american', multipleValueSlots: true, overrides: enCA },
  'en-IN': { variety: 'british', multipleValueSlots: false, overrides: enIN },
} as const satisfies Readonly<Record<string, LocaleFacts>>;

/** A locale the skill serves. */
export type Locale = keyof typeof LOCALES;

/** The locales the skill serves, in the registry's order: an interaction model and a skill.json entry each. */
export const SUPPORTED_LOCALES = Object.keys(LOCALES) as readonly Locale[];

/** The locales whose interaction models enable multiple-value slots. */
export const MULTIPLE_VALUE_LOCALES: readonly Locale[] = SUPPORTED_LOCALES.filter(
  (locale) => LOCALES[locale].multipleValueSlots,
);

/** True for a locale the skill serves, spelt exactly ("en-GB"). */
export function isLocale(locale: string): locale is Locale {
  return Object.hasOwn(LOCALES, locale);
}

/** The variety of a locale, in any letter case; British English for locales the skill doesn't list. */
export function varietyOf(locale: string): Variety {
  const listed = SUPPORTED_LOCALES.find((known) => known.toLowerCase() === locale.toLowerCase());
  return listed ? LOCALES[listed].variety : 'british';
}

/** Each locale's overrides, by locale: what i18next is given over `en`. */
export const LOCALE_OVERRIDES: Readonly<Record<Locale, Overrides>> = Object.fromEntries(
  SUPPORTED_LOCALES.map((locale) => [locale, LOCALES[locale].overrides]),
) as Record<Locale, Overrides>;

export { en };
export type { MessageKey, Overrides };
