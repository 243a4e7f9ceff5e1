import { readdirSync } from 'node:fs';
import { en, LOCALE_OVERRIDES, LOCALES, SUPPORTED_LOCALES } from '../../../lambda/locales';
import { speechFor } from '../../../lambda/speech/i18n';
import { MULTIPLE_VALUE_LOCALES as ALEXA_MULTIPLE_VALUE_LOCALES } from '../../../tools/alexa/multipleValueSlots';
import { MODELS_DIR } from '../../../tools/model/generate';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('locale strings', () => {
  it('the registry holds exactly the locales there are interaction models for', () => {
    const models = readdirSync(MODELS_DIR).map((file) => file.replace(/\.json$/, ''));
    expect([...SUPPORTED_LOCALES].sort()).toEqual(models.sort());
  });

  it.each(SUPPORTED_LOCALES)('%s enables multiple-value slots only where Alexa offers them', (locale) => {
    if (LOCALES[locale].multipleValueSlots) expect(ALEXA_MULTIPLE_VALUE_LOCALES).toContain(locale);
  });

  it.each([['en', en], ...Object.entries(LOCALE_OVERRIDES)])(
    '%s words hold no SSML or APL markup, so they are safe to speak and to show once their values are escaped',
    (_, words) => {
      for (const [key, text] of Object.entries(words))
        expect({ key, text }).toEqual({ key, text: String(text).replace(/[&<>]/g, '') });
    },
  );

  it.each(Object.entries(LOCALE_OVERRIDES))(
    '%s overrides fill the same placeholders as British English',
    (_, overrides) => {
      for (const [key, text] of Object.entries(overrides)) {
        expect({ key, placeholders: placeholders(text as string) }).toEqual({
          key,
          placeholders: placeholders(en[key as keyof typeof en]),
        });
      }
    },
  );

  it.each([
    ['en-GB', 'You’ve got 2 things in your trolley. Shall I clear them all?', 'And 3 more. Shall I carry on?'],
    ['en-US', 'You’ve got 2 things in your trolley. Should I clear them all?', 'And 3 more. Want me to keep going?'],
    ['en-CA', 'You’ve got 2 things in your trolley. Should I clear them all?', 'And 3 more. Want me to keep going?'],
    ['en-AU', 'You’ve got 2 things in your trolley. Shall I clear them all?', 'And 3 more. Want me to keep going?'],
    ['en-IN', 'You’ve got 2 things in your trolley. Shall I clear them all?', 'And 3 more. Shall I continue?'],
  ])('%s asks its own questions', (locale, clearQuestion, moreQuestion) => {
    const say = speechFor(locale);
    expect(say('clear_confirm', { count: 2 })).toBe(clearQuestion);
    expect(say('list_more', { count: 3 })).toBe(moreQuestion);
  });

  it.each([
    ['en-GB', 'Food cupboard', 'add two tins of tuna'],
    ['en-US', 'Pantry', 'add two cans of tuna'],
    ['en-CA', 'Pantry', 'add a bag of milk'],
    ['en-AU', 'Food cupboard', 'add a punnet of strawberries'],
    ['en-IN', 'Food cupboard', 'add two kilos of atta'],
  ])('%s names aisles and gives examples in its own words', (locale, pantryAisle, example) => {
    const say = speechFor(locale);
    expect(say('aisle_pantry')).toBe(pantryAisle);
    expect(say('help')).toContain(example);
    expect(say('screen_empty')).toContain(example);
  });

  it('an English locale the skill does not list speaks British English', () => {
    expect(speechFor('en-NZ')('okay')).toBe('Okay.');
    expect(speechFor('en-NZ')('list_more', { count: 2 })).toBe('And 2 more. Shall I carry on?');
  });
});
