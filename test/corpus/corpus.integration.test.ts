/**
 * The corpus of natural requests (test/corpus/<locale>.json): things people say to a shopping list, written
 * as they say them, each with what the trolley must hold afterwards. Every entry runs through the simulator
 * on the real interaction model and the real skill on DynamoDB Local, as a household of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntentRequest } from 'ask-sdk-model';
import { createStore } from '../../lambda/skill';
import { describeLine } from '../../lambda/speech/describe';
import type { TrolleyStore } from '../../lambda/store/trolleyStore';
import { createSimulator } from '../../tools/simulator/createSimulator';
import type { Turn } from '../../tools/simulator/simulator';
import { skillOnDynamoDbLocal, type TestSkill } from '../support/skill';

export interface CorpusEntry {
  /** The intent the last thing said must reach (or LaunchRequest). */
  readonly intent: string;
  /** Said first, each as a one-shot request: how the trolley came to be. */
  readonly given?: readonly string[];
  /** Said as is, outside a session; otherwise the skill is opened first ("open my trolley"). */
  readonly oneShot?: boolean;
  /** What the person says: one thing, or a short exchange. */
  readonly say: string | readonly string[];
  /** Every line of the trolley afterwards, as Alexa reads it ("2 tins of tuna"), in any order. */
  readonly then: readonly string[];
  /** Words the last answer must contain. */
  readonly answer?: readonly string[];
}

interface CorpusFile {
  readonly locale: string;
  readonly entries: readonly CorpusEntry[];
}

const CORPUS_DIR = __dirname;
const files = readdirSync(CORPUS_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();
const corpora = files.map((file) => JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as CorpusFile);

const plain = (text: string) => text.replace(/[\u2018\u2019]/g, "'");
const said = (entry: CorpusEntry) => (typeof entry.say === 'string' ? [entry.say] : entry.say);
const received = (turn: Turn | undefined) => {
  const request = turn?.request?.request;
  return request?.type === 'IntentRequest' ? (request as IntentRequest).intent.name : (request?.type ?? 'nothing');
};

let skill: TestSkill;
let store: TrolleyStore;
beforeAll(async () => {
  skill = await skillOnDynamoDbLocal();
  store = createStore(skill.config).store;
}, 60_000);

/** Why the entry failed, or nothing when it passed. */
async function problemsOf(locale: string, entry: CorpusEntry, index: number): Promise<string[]> {
  const userId = `amzn1.ask.account.CORPUS-${locale}-${index}`;
  const simulator = createSimulator({ invoke: (envelope) => skill.send(envelope), locale, userId }, {});
  const problems: string[] = [];
  for (const line of entry.given ?? []) {
    const turn = await simulator.say(line);
    if (turn.errors.length > 0) problems.push(`given "${line}": ${turn.errors.join('; ')}`);
    await simulator.endSession();
  }
  if (!entry.oneShot) await simulator.say('open my trolley');
  let last: Turn | undefined;
  for (const words of said(entry)) {
    last = await simulator.say(words);
    problems.push(...last.errors.map((error) => `"${words}": ${error}`));
  }
  await simulator.endSession();

  if (received(last) !== entry.intent) problems.push(`reached ${received(last)}, not ${entry.intent}`);
  const speech = plain(last?.speech ?? '');
  for (const words of entry.answer ?? []) {
    if (!speech.includes(plain(words))) problems.push(`answer "${speech}" lacks "${words}"`);
  }
  const holds = (await store.load(userId)).trolley.lines.map(describeLine);
  const sorted = (lines: readonly string[]) => [...lines].map(plain).sort();
  if (JSON.stringify(sorted(holds)) !== JSON.stringify(sorted(entry.then))) {
    problems.push(`the trolley holds ${JSON.stringify(sorted(holds))}, not ${JSON.stringify(sorted(entry.then))}`);
  }
  return problems;
}

it('has at least 250 utterances across the five locales', () => {
  expect(corpora.map((corpus) => corpus.locale).sort()).toEqual(['en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US']);
  expect(corpora.reduce((total, corpus) => total + corpus.entries.length, 0)).toBeGreaterThanOrEqual(250);
});

describe.each(corpora.map((corpus) => [corpus.locale, corpus] as const))('%s', (locale, corpus) => {
  it('understands every utterance as a person meant it', async () => {
    const failures: string[] = [];
    for (const [index, entry] of corpus.entries.entries()) {
      const problems = await problemsOf(locale, entry, index);
      if (problems.length > 0) failures.push(`${said(entry).join(' / ')}\n    ${problems.join('\n    ')}`);
    }
    const passed = corpus.entries.length - failures.length;
    console.log(
      `${locale} corpus: ${passed} of ${corpus.entries.length} passed (${((100 * passed) / corpus.entries.length).toFixed(1)}%)`,
    );
    expect(failures).toEqual([]);
  }, 120_000);
});
