import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { v1 } from 'ask-smapi-model';
import { SUPPORTED_LOCALES, type Locale } from '../../../lambda/locales';
import { SKILL_NAME } from '../../../lambda/skillName';
import { buildModel } from '../../../tools/model/generate';
import { withListing, type SkillJson as ListedSkillJson } from '../../../tools/model/listing';

const SKILL_JSON = join(__dirname, '..', '..', '..', 'skill-package', 'skill.json');

interface SkillJson {
  manifest: v1.skill.Manifest.SkillManifest;
}

const skillJson = JSON.parse(readFileSync(SKILL_JSON, 'utf8')) as SkillJson;
const { manifest } = skillJson;

/**
 * The categories the Alexa skill manifest accepts (developer.amazon.com, "Skill Manifest Schema",
 * category enumeration). ask-smapi-model types `category` as a plain string, so the list lives here.
 */
const MANIFEST_CATEGORIES = [
  'ALARMS_AND_CLOCKS',
  'ASTROLOGY',
  'BUSINESS_AND_FINANCE',
  'CALCULATORS',
  'CALENDARS_AND_REMINDERS',
  'CHILDRENS_EDUCATION_AND_REFERENCE',
  'CHILDRENS_GAMES',
  'CHILDRENS_MUSIC_AND_AUDIO',
  'CHILDRENS_NOVELTY_AND_HUMOR',
  'COMMUNICATION',
  'CONNECTED_CAR',
  'COOKING_AND_RECIPE',
  'CURRENCY_GUIDES_AND_CONVERTERS',
  'DATING',
  'DELIVERY_AND_TAKEOUT',
  'DEVICE_TRACKING',
  'EDUCATION_AND_REFERENCE',
  'EVENT_FINDERS',
  'EXERCISE_AND_WORKOUT',
  'FASHION_AND_STYLE',
  'FLIGHT_FINDERS',
  'FRIENDS_AND_FAMILY',
  'GAME_INFO_AND_ACCESSORY',
  'GAMES',
  'HEALTH_AND_FITNESS',
  'HOTEL_FINDERS',
  'KNOWLEDGE_AND_TRIVIA',
  'MOVIE_AND_TV_KNOWLEDGE_AND_TRIVIA',
  'MOVIE_INFO_AND_REVIEWS',
  'MOVIE_SHOWTIMES',
  'MUSIC_AND_AUDIO_ACCESSORIES',
  'MUSIC_AND_AUDIO_KNOWLEDGE_AND_TRIVIA',
  'MUSIC_INFO_REVIEWS_AND_RECOGNITION_SERVICE',
  'NAVIGATION_AND_TRIP_PLANNER',
  'NEWS',
  'NOVELTY',
  'ORGANIZERS_AND_ASSISTANTS',
  'PETS_AND_ANIMAL',
  'PODCAST',
  'PUBLIC_TRANSPORTATION',
  'RELIGION_AND_SPIRITUALITY',
  'RESTAURANT_BOOKING_INFO_AND_REVIEW',
  'SCHOOLS',
  'SCORE_KEEPING',
  'SELF_IMPROVEMENT',
  'SHOPPING',
  'SMART_HOME',
  'SOCIAL_NETWORKING',
  'SPORTS_GAMES',
  'SPORTS_NEWS',
  'STREAMING_SERVICE',
  'TAXI_AND_RIDESHARING',
  'TO_DO_LISTS_AND_NOTES',
  'TRANSLATORS',
  'TV_GUIDES',
  'UNIT_CONVERTERS',
  'WEATHER',
  'WINE_AND_BEVERAGE',
  'ZIP_CODE_LOOKUP',
];

/** Number words AMAZON.NUMBER hears in an example phrase. */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a slot of this type would hear: a custom type's values and synonyms, or a number word. */
function slotAccepts(locale: Locale, slotType: string, heard: string): boolean {
  if (slotType === 'AMAZON.NUMBER') return NUMBER_WORDS.has(heard);
  const type = buildModel(locale).interactionModel.languageModel.types?.find(
    (candidate) => candidate.name === slotType,
  );
  return (type?.values ?? []).some((value) => value.name.value === heard || value.name.synonyms.includes(heard));
}

/** The intent whose sample matches the utterance, with every slot hearing a value its type knows. */
function intentMatching(locale: Locale, utterance: string): string | undefined {
  for (const intent of buildModel(locale).interactionModel.languageModel.intents) {
    const slotTypes = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type ?? '']));
    // A multiple-value slot hears each value of a list ("milk, eggs and bread") on its own.
    const listSlots = new Set(
      (intent.slots ?? []).filter((slot) => slot.multipleValues?.enabled).map((slot) => slot.name),
    );
    const accepts = (slot: string, heard: string) =>
      (listSlots.has(slot) ? heard.split(/, | and /) : [heard]).every((value) =>
        slotAccepts(locale, slotTypes.get(slot) ?? '', value),
      );
    for (const sample of intent.samples ?? []) {
      const slotsInOrder = [...sample.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
      const pattern = new RegExp(`^${escapeRegExp(sample).replace(/\\\{\w+\\\}/g, '(.+?)')}$`);
      const match = pattern.exec(utterance);
      if (!match) continue;
      const heard = match.slice(1);
      if (slotsInOrder.every((slot, index) => accepts(slot, heard[index] ?? ''))) {
        return intent.name;
      }
    }
  }
  return undefined;
}

describe('skill.json', () => {
  const publishing = manifest.publishingInformation;

  it('is a custom skill manifest, version 1.0, with the endpoint left to the deployer', () => {
    expect(manifest.manifestVersion).toBe('1.0');
    expect(manifest.apis?.custom).toBeDefined();
  });

  it('is published in the five English locales and their five countries only', () => {
    expect(Object.keys(publishing?.locales ?? {}).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    expect(publishing?.isAvailableWorldwide).toBe(false);
    expect([...(publishing?.distributionCountries ?? [])].sort()).toEqual(['AU', 'CA', 'GB', 'IN', 'US']);
  });

  it('is filed under a category the manifest accepts: shopping', () => {
    expect(MANIFEST_CATEGORIES).toContain(publishing?.category);
    expect(publishing?.category).toBe('SHOPPING');
  });

  it('says it takes no money, no personal information and no ads, and is not for children', () => {
    expect(manifest.privacyAndCompliance).toEqual(
      expect.objectContaining({
        allowsPurchases: false,
        usesPersonalInfo: false,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
      }),
    );
  });

  it('declares no events itself: the deployers add SKILL_DISABLED with its endpoint (ask-resources.json)', () => {
    expect(manifest.events).toBeUndefined();
  });

  it('ships with the default name, "my trolley", which the README, dialog scripts and corpus speak to', () => {
    const settings = join(__dirname, '..', '..', '..', 'skill-settings.json');
    expect(JSON.parse(readFileSync(settings, 'utf8'))).toEqual({ invocationName: 'my trolley' });
  });

  it('names the skill as generate:model writes it from skill-settings.json (run it after changing the name)', () => {
    const committed = JSON.parse(readFileSync(SKILL_JSON, 'utf8')) as ListedSkillJson;
    expect(withListing(committed)).toEqual(committed);
  });

  it('has testing instructions for the certification team', () => {
    expect(publishing?.testingInstructions?.length).toBeGreaterThan(40);
  });
});

describe('matching an example phrase to the samples', () => {
  it('finds the intent only when every slot hears a value its type knows', () => {
    expect(intentMatching('en-GB', 'add two tins of tuna')).toBe('AddItemIntent');
    expect(intentMatching('en-GB', 'remove the milk')).toBe('RemoveItemIntent');
    expect(intentMatching('en-GB', 'add two tins of unicorns')).toBeUndefined();
    expect(intentMatching('en-GB', 'add lots of tins of tuna')).toBeUndefined();
    expect(intentMatching('en-GB', 'add milk, eggs and bread')).toBe('AddItemIntent');
    expect(intentMatching('en-GB', 'add milk, eggs and unicorns')).toBeUndefined();
    expect(intentMatching('en-IN', 'add milk, eggs and bread')).toBeUndefined();
  });
});

describe.each(SUPPORTED_LOCALES)('skill.json in %s', (locale) => {
  const published = manifest.publishingInformation?.locales?.[locale];

  it('names and describes the skill', () => {
    expect(published?.name).toBe(SKILL_NAME);
    expect(published?.summary?.length).toBeGreaterThan(20);
    expect(published?.description?.length).toBeGreaterThan(100);
    expect(published?.keywords?.length).toBeGreaterThan(0);
  });

  it('gives at most three example phrases, opening the skill first', () => {
    const phrases = published?.examplePhrases ?? [];
    expect(phrases.length).toBeGreaterThanOrEqual(1);
    expect(phrases.length).toBeLessThanOrEqual(3);
    expect(phrases[0]).toBe(`Alexa, open ${buildModel(locale).interactionModel.languageModel.invocationName}`);
  });

  it('uses only example phrases that a sample utterance of this locale really matches', () => {
    const invocation = buildModel(locale).interactionModel.languageModel.invocationName;
    for (const phrase of (published?.examplePhrases ?? []).slice(1)) {
      const request = new RegExp(`^Alexa, ask ${escapeRegExp(invocation)} to (.+)$`).exec(phrase)?.[1];
      expect([phrase, request]).toEqual([phrase, expect.any(String)]);
      const utterance = (request ?? '').toLowerCase().replace(/[.?!]$/, '');
      expect([phrase, intentMatching(locale, utterance)]).toEqual([phrase, expect.any(String)]);
    }
  });
});
