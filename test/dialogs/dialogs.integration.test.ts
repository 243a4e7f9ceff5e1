/**
 * Runs every dialog script in test/dialogs through the simulator core and the real skill (lambda/index)
 * against DynamoDB Local, and checks each turn against `<name>.expected.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DEFAULT_MODEL_DIR, modelPath } from '../../tools/alexa/interactionModel';
import { readReplay } from '../../tools/simulator/replayFile';
import { createSimulator, runInputs } from '../../tools/simulator/createSimulator';
import { loadSkillEntry, type SkillEntry } from '../../tools/local-skill/lambdaEntry';
import { openStorage, type Storage } from '../../tools/local-skill/storage';
import { toJsonTurn } from '../../tools/simulator/transcript';
import { differences, type ExpectedDialog } from './dialogExpectations';
import { FIXTURE_MODEL_DIR } from '../support/fixtureModel';

const DIALOG_DIR = __dirname;
const scripts = readdirSync(DIALOG_DIR)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
  .sort();

/** The generated model once it exists; until then the simulator's own fixture. */
function modelDirFor(locale: string): string {
  if (existsSync(modelPath(locale))) return DEFAULT_MODEL_DIR;
  console.warn(`No ${modelPath(locale)} yet: ${locale} dialogs use the fixture model`);
  return FIXTURE_MODEL_DIR;
}

let storage: Storage | undefined;
let entry: SkillEntry;

beforeAll(async () => {
  // The run's DynamoDB Local when jest's global setup started one; otherwise one of our own, in memory.
  const shared = process.env.TEST_DYNAMODB_ENDPOINT;
  const table = `dialogs-${randomUUID().slice(0, 8)}`;
  storage = await openStorage(shared ? { endpoint: shared, table } : { memory: true, table }, {});
  entry = await loadSkillEntry(storage);
}, 60_000);

afterAll(async () => {
  await storage?.stop();
});

it('there are dialog scripts, each with its expected answers', () => {
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(existsSync(join(DIALOG_DIR, script.replace(/\.json$/, '.expected.json')))).toBe(true);
  }
});

describe.each(scripts)('%s', (script) => {
  it('answers as expected', async () => {
    const replay = readReplay(join(DIALOG_DIR, script));
    const expected = JSON.parse(
      readFileSync(join(DIALOG_DIR, script.replace(/\.json$/, '.expected.json')), 'utf8'),
    ) as ExpectedDialog;
    const simulator = createSimulator(
      {
        invoke: (envelope) => entry.handler(envelope),
        locale: replay.locale,
        skillId: replay.skillId,
        // One household per script, so scripts never see each other's trolleys.
        userId: `amzn1.ask.account.DIALOG-${script.replace(/\W+/g, '-')}-${randomUUID().slice(0, 8)}`,
        modelDir: modelDirFor(replay.locale),
        screen: expected.screen ?? false,
      },
      {},
    );
    const turns = (await runInputs(simulator, replay.userInput)).map(toJsonTurn);
    expect(turns).toHaveLength(expected.turns.length);
    const problems = turns.flatMap((turn, index) => {
      const expectedTurn = expected.turns[index];
      return expectedTurn ? differences(turn, expectedTurn) : [`"${turn.user}": no expected answer`];
    });
    expect(problems).toEqual([]);
  });
});
