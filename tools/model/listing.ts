/**
 * The parts of skill-package/skill.json that name the skill: each locale's name, description and example
 * phrases, and the testing instructions. They follow the one invocation-name setting (lambda/skillName.ts)
 * as the interaction models do, so `npm run generate:model` writes them; everything else in skill.json (icons,
 * keywords, privacy, apis) stays as it is, for the deploy tooling and `npm run privacy-url` to edit.
 */
import { INVOCATION_NAME, skillNameOf } from '../../lambda/skillName';
import type { Locale } from './generate';

type Json = Record<string, unknown>;

export interface SkillJson {
  manifest: Json & {
    publishingInformation?: Json & { locales?: Record<string, Json> };
  };
}

/** How the skill is named in a listing: what people say, and what the Alexa app shows. */
export interface Names {
  readonly invocation: string;
  readonly skill: string;
}

interface LocaleListing {
  /** Two one-shot requests a sample of this locale's model matches (the manifest test checks it). */
  readonly requests: readonly [string, string];
  readonly description: (names: Names) => string;
}

/** "Alexa, open …" comes first: on Alexa+ it is the dependable way in, where "ask … to" may go elsewhere. */
const LISTINGS: Record<Locale, LocaleListing> = {
  'en-GB': {
    requests: ['add two tins of tuna', 'add milk, eggs and bread'],
    description: ({ invocation, skill }) =>
      `${skill} keeps your household's shopping in one place, so nobody forgets the milk. Say "Alexa, open ${invocation}", then add things as you run out of them ("add two tins of tuna", "we're out of washing-up liquid"), take them off again ("remove the milk"), and hear the lot, grouped the way you walk round the shop ("what's in my trolley?"). Say several at once ("add milk, eggs and bread"), change your mind ("make that three") or check ("is there coffee in my trolley?"). Made a mistake? Just say "undo". Clearing the trolley is always confirmed first. On an Echo Show you see your trolley, and can tap to take things off. Every Echo in your home shares the same trolley.`,
  },
  'en-US': {
    requests: ['add a gallon of milk', 'remove the eggs'],
    description: ({ invocation, skill }) =>
      `${skill} keeps your household's grocery list in one place, so nobody forgets the milk. Say "Alexa, open ${invocation}", then add things as you run out of them ("add a gallon of milk", "we're out of dish soap"), take them off again ("remove the eggs"), and hear everything, grouped by aisle ("what's in my cart?"). Say several at once ("add milk, eggs, and bread"), change your mind ("make that three") or check ("is there coffee in my cart?"). Made a mistake? Just say "undo". Clearing the list is always confirmed first. On an Echo Show you see your list, and can tap to take things off. Every Echo in your home shares the same list.`,
  },
  'en-AU': {
    requests: ['add a punnet of strawberries', 'read my shopping list'],
    description: ({ invocation, skill }) =>
      `${skill} keeps your household's shopping in one place, so nobody forgets the milk. Say "Alexa, open ${invocation}", then add things as you run out of them ("add a punnet of strawberries", "we're out of dishwashing liquid"), take them off again ("remove the milk"), and hear the lot, grouped the way you walk round the supermarket ("what's in my trolley?"). Say several at once ("add milk, eggs and bread"), change your mind ("make that three") or check ("is there coffee in my trolley?"). Made a mistake? Just say "undo". Clearing the trolley is always confirmed first. On an Echo Show you see your trolley, and can tap to take things off. Every Echo in your home shares the same trolley.`,
  },
  'en-CA': {
    requests: ['add a bag of milk', 'read my grocery list'],
    description: ({ invocation, skill }) =>
      `${skill} keeps your household's grocery list in one place, so nobody forgets the milk. Say "Alexa, open ${invocation}", then add things as you run out of them ("add a bag of milk", "we're out of paper towels"), take them off again ("remove the eggs"), and hear everything, grouped by aisle ("what's in my cart?"). Say several at once ("add milk, eggs, and bread"), change your mind ("make that three") or check ("is there coffee in my cart?"). Made a mistake? Just say "undo". Clearing the list is always confirmed first. On an Echo Show you see your list, and can tap to take things off. Every Echo in your home shares the same list.`,
  },
  'en-IN': {
    requests: ['add two kilos of atta', 'remove the paneer'],
    description: ({ invocation, skill }) =>
      `${skill} keeps your household's shopping in one place, so nobody forgets the milk. Say "Alexa, open ${invocation}", then add things as you run out of them ("add two kilos of atta", "we're out of ghee"), take them off again ("remove the paneer"), and hear everything, grouped the way you walk round the shop ("what's in my trolley?"). Say several at once ("add milk, eggs and bread"), change your mind ("make that three") or check ("is there coffee in my trolley?"). Made a mistake? Just say "undo". Clearing the trolley is always confirmed first. On an Echo Show you see your trolley, and can tap to take things off. Every Echo in your home shares the same trolley.`,
  },
};

function testingInstructions({ invocation }: Names): string {
  return `No account linking or permissions are needed. Say "Alexa, open ${invocation}", then "add two tins of tuna", "add a dozen eggs", "add milk, eggs and bread", "make that three", "is there milk in my trolley", "what's in my trolley", "remove the tuna", "undo" and "clear my trolley" (which asks for confirmation first). One-shot requests such as "Alexa, ask ${invocation} to add milk" answer and end the session. On a device with a screen the trolley is shown after every change, and touching a line's remove button takes it out. The trolley is stored per Alexa account and deleted when the skill is disabled.`;
}

/** skill.json with every locale's naming fields written for `invocationName`; everything else as it was. */
export function withListing(skillJson: SkillJson, invocationName: string = INVOCATION_NAME): SkillJson {
  const names: Names = { invocation: invocationName, skill: skillNameOf(invocationName) };
  const updated = structuredClone(skillJson);
  const publishing = (updated.manifest.publishingInformation ??= {});
  const locales = (publishing.locales ??= {});
  for (const [locale, listing] of Object.entries(LISTINGS)) {
    locales[locale] = {
      ...locales[locale],
      name: names.skill,
      description: listing.description(names),
      examplePhrases: [
        `Alexa, open ${names.invocation}`,
        ...listing.requests.map((request) => `Alexa, ask ${names.invocation} to ${request}`),
      ],
    };
  }
  publishing.testingInstructions = testingInstructions(names);
  return updated;
}
