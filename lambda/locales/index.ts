import { en, type MessageKey } from './en';

/** Where a locale's words differ from British English. Anything not listed falls back to `en`. */
type Overrides = Partial<Record<keyof typeof en, string>>;

const northAmerican: Overrides = {
  aisle_produce: 'Produce',
  aisle_pantry: 'Pantry',
  aisle_meat: 'Meat',
  aisle_snacks: 'Snacks and candy',
  aisle_world: 'International foods',
  aisle_toiletries: 'Health and beauty',
  aisle_other: 'Everything else',
  goodbye: 'Bye for now.',
};

export const LOCALE_OVERRIDES: Readonly<Record<string, Overrides>> = {
  'en-GB': {},
  'en-US': northAmerican,
  'en-CA': northAmerican,
  'en-AU': { aisle_snacks: 'Snacks and lollies', goodbye: 'See you later.' },
  'en-IN': { aisle_world: 'International foods', aisle_produce: 'Fruits and vegetables' },
};

export const SUPPORTED_LOCALES = Object.keys(LOCALE_OVERRIDES);

export { en };
export type { MessageKey };
