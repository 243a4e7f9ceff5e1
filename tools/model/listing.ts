/**
 * The parts of skill-package/skill.json that name the skill: each locale's name, description and example
 * phrases, and the testing instructions. They follow the one invocation-name setting (lambda/skillName.ts)
 * as the interaction models do, so `npm run generate:model` writes them; everything else in skill.json (icons,
 * keywords, privacy, apis) stays as it is, for the deploy tooling and `npm run privacy-url` to edit.
 */
import { INVOCATION_NAME, skillNameOf } from '../../lambda/skillName';
import type { Locale } from '../../lambda/locales';

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

/** A locale's own words in the description; the sentences around them are the same everywhere. */
interface LocaleListing {
  /** What the household keeps: "shopping" or "grocery list". */
  readonly keeps: string;
  /** Adding, running out, and removing, as people there say them; `add` is also the first example phrase. */
  readonly add: string;
  readonly outOf: string;
  readonly remove: string;
  /** How the listing is read: "the lot, grouped the way you walk round the shop". */
  readonly hear: string;
  /** What people call it in a question ("what's in my cart?"), and what the skill calls it ("the list"). */
  readonly container: string;
  readonly kept: string;
  readonly several: string;
  /** The third example phrase's request (the sample test checks that this locale's model matches it). */
  readonly another: string;
}

const LISTINGS: Record<Locale, LocaleListing> = {
  'en-GB': {
    keeps: 'shopping',
    add: 'add two tins of tuna',
    outOf: "we're out of washing-up liquid",
    remove: 'remove the milk',
    hear: 'the lot, grouped the way you walk round the shop',
    container: 'trolley',
    kept: 'trolley',
    several: 'add milk, eggs and bread',
    another: 'add milk, eggs and bread',
  },
  'en-US': {
    keeps: 'grocery list',
    add: 'add a gallon of milk',
    outOf: "we're out of dish soap",
    remove: 'remove the eggs',
    hear: 'everything, grouped by aisle',
    container: 'cart',
    kept: 'list',
    several: 'add milk, eggs, and bread',
    another: 'remove the eggs',
  },
  'en-AU': {
    keeps: 'shopping',
    add: 'add a punnet of strawberries',
    outOf: "we're out of dishwashing liquid",
    remove: 'remove the milk',
    hear: 'the lot, grouped the way you walk round the supermarket',
    container: 'trolley',
    kept: 'trolley',
    several: 'add milk, eggs and bread',
    another: 'read my shopping list',
  },
  'en-CA': {
    keeps: 'grocery list',
    add: 'add a bag of milk',
    outOf: "we're out of paper towels",
    remove: 'remove the eggs',
    hear: 'everything, grouped by aisle',
    container: 'cart',
    kept: 'list',
    several: 'add milk, eggs, and bread',
    another: 'read my grocery list',
  },
  'en-IN': {
    keeps: 'shopping',
    add: 'add two kilos of atta',
    outOf: "we're out of ghee",
    remove: 'remove the paneer',
    hear: 'everything, grouped the way you walk round the shop',
    container: 'trolley',
    kept: 'trolley',
    several: 'add milk, eggs and bread',
    another: 'remove the paneer',
  },
};

/** "Say "Alexa, open …"" comes early: on Alexa+ opening is the dependable way in. */
function description({ invocation, skill }: Names, words: LocaleListing): string {
  return (
    `${skill} keeps your household's ${words.keeps} in one place, so nobody forgets the milk. ` +
    `Say "Alexa, open ${invocation}", then add things as you run out of them ("${words.add}", "${words.outOf}"), ` +
    `take them off again ("${words.remove}"), and hear ${words.hear} ("what's in my ${words.container}?"). ` +
    `Say several at once ("${words.several}"), change your mind ("make that three") or check ` +
    `("is there coffee in my ${words.container}?"). Made a mistake? Just say "undo". ` +
    `Clearing the ${words.kept} is always confirmed first. On an Echo Show you see your ${words.kept}, and can ` +
    `tap to take things off. Every Echo in your home shares the same ${words.kept}.`
  );
}

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
      description: description(names, listing),
      // "Alexa, open …" first: on Alexa+ it is the dependable way in, where "ask … to" may go elsewhere.
      examplePhrases: [
        `Alexa, open ${names.invocation}`,
        ...[listing.add, listing.another].map((request) => `Alexa, ask ${names.invocation} to ${request}`),
      ],
    };
  }
  publishing.testingInstructions = testingInstructions(names);
  return updated;
}
