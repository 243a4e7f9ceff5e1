import { en, type MessageKey } from './en';
import { enAU } from './en-AU';
import { enCA } from './en-CA';
import { enIN } from './en-IN';
import { enUS } from './en-US';
import type { Overrides } from './types';

/**
 * Each locale's own words, over British English (`en`, which en-GB speaks as it is). i18next falls back
 * to `en` for any key a locale doesn't override, and for English locales the skill doesn't list.
 */
export const LOCALE_OVERRIDES: Readonly<Record<string, Overrides>> = {
  'en-GB': {},
  'en-US': enUS,
  'en-CA': enCA,
  'en-AU': enAU,
  'en-IN': enIN,
};

export const SUPPORTED_LOCALES = Object.keys(LOCALE_OVERRIDES);

export { en };
export type { MessageKey, Overrides };
