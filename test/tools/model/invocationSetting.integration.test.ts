/**
 * Changing the one setting, skill-settings.json, changes every place the skill is named: each locale's
 * interaction model, skill.json's listing, what the skill says, and what the local simulator hears as
 * opening it. Here the setting reads "pantry pal"; interactionModel.test.ts and skillManifest.test.ts check
 * the committed files against the real setting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SUPPORTED_LOCALES } from '../../../lambda/locales';
import { buildModel } from '../../../tools/model/generate';
import { withListing, type SkillJson } from '../../../tools/model/listing';
import { compileModel } from '../../../tools/alexa/compiledModel';
import { LOCAL_SKILL_ID } from '../../../tools/alexa/requestEnvelope';
import type { InteractionModel } from '../../../tools/alexa/interactionModel';
import { lintModel } from '../../../tools/model/modelLint';
import { runInputs } from '../../../tools/simulator/createSimulator';
import { Simulator } from '../../../tools/simulator/simulator';
import { loadSkillEntry, type SkillEntry } from '../../../tools/local-skill/lambdaEntry';
import { openStorage, type Storage } from '../../../tools/local-skill/storage';

jest.mock('../../../skill-settings.json', () => ({ invocationName: 'pantry pal' }));

const SKILL_JSON = join(__dirname, '..', '..', '..', 'skill-package', 'skill.json');
const committed = JSON.parse(readFileSync(SKILL_JSON, 'utf8')) as SkillJson;

/** How the committed files name the skill by default, which must be gone everywhere. */
const OLD_NAME = /\b(open|ask|tell) my trolley\b|My Trolley/;

describe.each(SUPPORTED_LOCALES)('with the invocation name set to "pantry pal", in %s', (locale) => {
  it('the interaction model is invoked by it, and lint:model accepts it', () => {
    const model = buildModel(locale);
    expect(model.interactionModel.languageModel.invocationName).toBe('pantry pal');
    const errors = lintModel(model as InteractionModel, undefined, locale).filter(({ level }) => level === 'error');
    expect(errors).toEqual([]);
  });

  it("skill.json's name, description and example phrases use it", () => {
    const listed = withListing(committed).manifest.publishingInformation?.locales?.[locale];
    expect(listed?.name).toBe('Pantry Pal');
    expect(listed?.description).toMatch(/^Pantry Pal keeps .*Say "Alexa, open pantry pal", then add/);
    const asking = expect.stringMatching(/^Alexa, ask pantry pal to \w/);
    expect(listed?.examplePhrases).toEqual(['Alexa, open pantry pal', asking, asking]);
    expect(JSON.stringify(listed)).not.toMatch(OLD_NAME);
  });
});

it("skill.json's testing instructions use it", () => {
  const instructions = withListing(committed).manifest.publishingInformation?.testingInstructions as string;
  expect(instructions).toContain('Say "Alexa, open pantry pal", then');
  expect(instructions).toContain('"Alexa, ask pantry pal to add milk"');
  expect(instructions).not.toMatch(OLD_NAME);
});

describe('the skill, heard through the simulator on that model', () => {
  let storage: Storage | undefined;
  let entry: SkillEntry;

  beforeAll(async () => {
    const shared = process.env.TEST_DYNAMODB_ENDPOINT;
    const table = `invocation-${randomUUID().slice(0, 8)}`;
    storage = await openStorage(shared ? { endpoint: shared, table } : { memory: true, table }, {});
    entry = await loadSkillEntry(storage);
  }, 60_000);

  afterAll(async () => {
    await storage?.stop();
  });

  it.each(SUPPORTED_LOCALES)(
    'opens on "open pantry pal" and names itself so in help and on the card (%s)',
    async (locale) => {
      const simulator = new Simulator({
        invoke: (envelope) => entry.handler(envelope),
        model: compileModel(buildModel(locale) as InteractionModel),
        caller: {
          skillId: process.env.SKILL_ID || LOCAL_SKILL_ID,
          userId: `amzn1.ask.account.INVOCATION-${locale}-${randomUUID().slice(0, 8)}`,
          locale,
          screen: false,
        },
      });
      const [opened, help, added, oldName] = await runInputs(simulator, [
        'open pantry pal',
        'help',
        'add milk',
        '.new',
        'ask my trolley to add eggs',
      ]);
      expect(opened?.understood).toEqual({ kind: 'launch' });
      expect(help?.speech).toContain('To come back any time, say, open pantry pal.');
      expect(added?.card?.title).toBe('Pantry Pal');
      expect(oldName?.request).toBeUndefined();
      expect(oldName?.understood).toEqual({ kind: 'notForSkill' });
      expect([opened, help, added].map((turn) => turn?.errors)).toEqual([[], [], []]);
    },
  );
});
