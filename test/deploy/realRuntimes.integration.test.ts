import AdmZip from 'adm-zip';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { build, type Metafile } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { createStore } from '../../lambda/skill';
import type { StoreConfig } from '../../lambda/store/config';
import { bundleLambda, bundleSkill, type Target } from '../../tools/build/bundle';
import { pageAssetsPlugin } from '../../tools/build/pageAssets';
import { PROJECT_ROOT } from '../../tools/build/paths';
import { freePort } from '../../tools/dynamodb-local';
import { hostedPackageJson } from '../../tools/deploy/hosted';
import { freshTable } from '../support/dynamodb';
import { nodeBinary, RUNTIMES, type NodeRuntime } from '../support/nodeRuntimes';
import { intentRequest, launchRequest, SKILL_ID, USER_ID } from '../support/requests';
import { spoken } from '../support/speech';

/**
 * Each bundle as its route deploys it, on the real Node.js that route runs it on (RUNTIMES), against
 * DynamoDB Local: unpacked into a folder with no node_modules above it, loaded by a runner script from a
 * file in a fresh process, as Lambda's runtime requires the handler's file. Never `node -e`: that puts
 * core modules such as `crypto` on the global object and hides what a module on that runtime lacks.
 */

/** Written beside index.js: calls each entry in turn, as Lambda (async) or `ask run` (callback) does. */
const RUNNER = `'use strict';
const fs = require('fs');
const path = require('path');
const { calls, builtins } = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
function invoke(call) {
  const { handler } = require(path.join(__dirname, call.entry));
  if (call.style === 'async') return handler(call.envelope, {});
  return new Promise((resolve, reject) =>
    handler(call.envelope, null, (error, response) => (error ? reject(error) : resolve(response))),
  );
}
(async () => {
  const outcomes = [];
  for (const call of calls) {
    const started = Date.now();
    try {
      outcomes.push({ response: await invoke(call), ms: Date.now() - started });
    } catch (error) {
      outcomes.push({ error: String(error && error.message), ms: Date.now() - started });
    }
  }
  // Once the bundle has loaded (polyfills included), is every named import it takes from a built-in there?
  const missing = builtins.filter(([name, member]) => !(member in require(name)));
  fs.writeFileSync(process.argv[3], JSON.stringify({ node: process.version, outcomes, missing }));
})();
`;

const LAMBDA = './index.js';
/** The callback entry `ask run` loads (docs/simulator.md), built the way that page says. */
const LOCAL_DEBUG = './local-debug.js';

interface Call {
  readonly entry: typeof LAMBDA | typeof LOCAL_DEBUG;
  readonly style: 'async' | 'callback';
  readonly envelope: RequestEnvelope;
}
type Outcome = { readonly ms: number } & (
  | { readonly response: ResponseEnvelope; readonly error?: undefined }
  | { readonly error: string; readonly response?: undefined }
);
interface Run {
  readonly node: string;
  readonly outcomes: readonly Outcome[];
  /** [module, member] pairs the bundle imports that the runtime does not have. */
  readonly missing: readonly (readonly [string, string])[];
}

/**
 * What each route's Lambda is given: the stack sets these; a hosted skill can set no variables at all (its
 * skill id is built into the bundle instead).
 */
const ROUTE_ENV: Readonly<Record<Target, Record<string, string>>> = {
  node16: {},
  node22: { SKILL_ID, NODE_OPTIONS: '--enable-source-maps' },
};

const BUDGET_MS = 5000;
const tuna = { value: 'tuna', id: 'pantry:tuna', name: 'tuna' };
const tins = { value: 'tins', id: 'tin' };
const lambda = (envelope: RequestEnvelope): Call => ({ entry: LAMBDA, style: 'async', envelope });

function nodeModulesAbove(folder: string): string[] {
  const found: string[] = [];
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) found.push(join(dir, 'node_modules'));
    if (dir === parse(dir).root) return found;
  }
}

/**
 * Every named import the bundle takes from a Node.js built-in (`import { getRandomValues } from 'node:crypto'`),
 * read from the files esbuild bundled, whether or not a test's requests reach the code that uses it.
 */
function builtinImports(metafile: Metafile): [string, string][] {
  const pairs = new Set<string>();
  const imports = /import\s*\{([^}]*)\}\s*from\s*["'](?:node:)?([a-z_][\w/]*)["']/g;
  for (const input of Object.keys(metafile.inputs)) {
    const file = join(PROJECT_ROOT, input);
    if (!existsSync(file)) continue;
    for (const [, names = '', name = ''] of readFileSync(file, 'utf8').matchAll(imports)) {
      if (!isBuiltin(name)) continue;
      for (const imported of names.split(',')) {
        const member = imported.trim().split(/\s+as\s+/)[0];
        if (member && !member.startsWith('type ')) pairs.add(`${name}#${member}`);
      }
    }
  }
  return [...pairs].sort().map((pair) => pair.split('#') as [string, string]);
}

function rendersApl(response: ResponseEnvelope | undefined): boolean {
  return (response?.response.directives ?? []).some(
    (directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument',
  );
}

let work: string;
/** The folder each target's bundle is unpacked into, as its route lays it out. */
const folders = {} as Record<Target, string>;
const builtins = {} as Record<Target, [string, string][]>;
let zipEntries: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'trolley-runtimes-'));

  // Own AWS account: the zip `ask deploy` uploads, unpacked as Lambda unpacks it, plus `ask run`'s entry.
  const zip = await bundleSkill({ outZip: join(work, 'zip', 'skill.zip'), metafilePath: join(work, 'meta.json') });
  zipEntries = new AdmZip(zip.zipFile).getEntries().map((entry) => entry.entryName);
  builtins.node22 = builtinImports(zip.metafile);
  folders.node22 = join(work, 'node22');
  new AdmZip(zip.zipFile).extractAllTo(folders.node22);
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [join(PROJECT_ROOT, 'lambda', 'local-debug.ts')],
    outfile: join(folders.node22, LOCAL_DEBUG),
    bundle: true,
    platform: 'node',
    target: 'node20',
    // As in the Lambda bundle: the phone page's files are read at build time, not esbuild at run time.
    plugins: [pageAssetsPlugin()],
    logLevel: 'warning',
  });

  // Alexa-hosted: the lambda/ folder `npm run deploy:hosted` commits (index.js, its map, package.json), with
  // the hosted skill's id built in.
  folders.node16 = join(work, 'node16');
  const hosted = await bundleLambda({
    outDir: folders.node16,
    target: 'node16',
    metafilePath: join(work, 'meta.node16.json'),
    skillId: SKILL_ID,
  });
  builtins.node16 = builtinImports(hosted.metafile);
  const project = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  writeFileSync(join(folders.node16, 'package.json'), JSON.stringify(hostedPackageJson(project)));

  for (const folder of Object.values(folders)) writeFileSync(join(folder, 'runner.js'), RUNNER);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(runtime: NodeRuntime, binary: string, calls: readonly Call[], env: Record<string, string>): Run {
  const folder = folders[runtime.target];
  const callsFile = join(work, `calls-${runtime.node}.json`);
  const runFile = join(work, `run-${runtime.node}.json`);
  writeFileSync(callsFile, JSON.stringify({ calls, builtins: builtins[runtime.target] }));
  rmSync(runFile, { force: true });
  const child = spawnSync(binary, ['runner.js', callsFile, runFile], {
    cwd: folder,
    encoding: 'utf8',
    timeout: 60_000,
    // Only what the route's Lambda is given (plus local credentials): nothing from the test process leaks in.
    env: {
      PATH: process.env.PATH ?? '',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_REGION: 'eu-west-1',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      ...ROUTE_ENV[runtime.target],
      ...env,
    },
  });
  if (child.status !== 0 || !existsSync(runFile))
    throw new Error(`the bundle failed (exit ${child.status ?? child.signal}):\n${child.stderr}${child.stdout}`);
  return JSON.parse(readFileSync(runFile, 'utf8')) as Run;
}

function storeEnv(config: StoreConfig): Record<string, string> {
  return {
    DYNAMODB_PERSISTENCE_TABLE_NAME: config.tableName,
    DYNAMODB_PERSISTENCE_REGION: config.region ?? 'eu-west-1',
    DYNAMODB_ENDPOINT: config.endpoint ?? '',
  };
}

describe.each(RUNTIMES)('the $route bundle ($target) on Node.js $node', (runtime) => {
  const conversation = {
    launch: lambda(launchRequest()),
    add: lambda(intentRequest('AddItemIntent', { item: tuna, quantity: '2', unit: tins })),
    list: lambda(intentRequest('ListTrolleyIntent')),
    change: lambda(intentRequest('ChangeItemIntent', { quantity: '3' })),
    undo: lambda(intentRequest('UndoIntent')),
    screen: lambda(intentRequest('ListTrolleyIntent', {}, { screen: true })),
    otherSkill: lambda(launchRequest({ skillId: 'amzn1.ask.skill.someone-else' })),
    askRunHelp: { entry: LOCAL_DEBUG, style: 'callback', envelope: intentRequest('AMAZON.HelpIntent') } as Call,
  };
  const names = Object.keys(conversation) as (keyof typeof conversation)[];
  // `ask run` stands in for the own-account Lambda only.
  const forRoute = names.filter((name) => runtime.target === 'node22' || name !== 'askRunHelp');

  let config: StoreConfig;
  let ran: Run;
  let heard: Partial<Record<keyof typeof conversation, Outcome>>;
  let unreachable: Run;

  beforeAll(async () => {
    const binary = nodeBinary(runtime.node);
    config = await freshTable('runtime');
    ran = run(
      runtime,
      binary,
      forRoute.map((name) => conversation[name]),
      storeEnv(config),
    );
    heard = Object.fromEntries(forRoute.map((name, index) => [name, ran.outcomes[index]]));
    // Nothing listens on a port just freed: every DynamoDB call is refused.
    const closed = `http://127.0.0.1:${await freePort()}`;
    unreachable = run(runtime, binary, [conversation.launch, conversation.add], {
      ...storeEnv(config),
      DYNAMODB_ENDPOINT: closed,
      TROLLEY_STORE_BUDGET_MS: String(BUDGET_MS),
    });
  }, 360_000);

  it('runs on that very Node.js, loading nothing from outside its own folder', () => {
    expect(ran.node).toBe(runtime.node === 'current' ? process.version : `v${runtime.node}`);
    expect(nodeModulesAbove(folders[runtime.target])).toEqual([]);
  });

  it('has every member of a Node.js built-in that the bundle imports', () => {
    expect(builtins[runtime.target].length).toBeGreaterThan(10);
    expect(ran.missing).toEqual([]);
  });

  it('welcomes a new user', () => {
    expect(heard.launch?.error).toBeUndefined();
    expect(spoken(heard.launch?.response as ResponseEnvelope)).toBe(
      "Welcome to your trolley. It's empty at the moment. What would you like to add?",
    );
  });

  it('adds to the trolley, lists it, and changes the line just added', () => {
    expect(spoken(heard.add?.response as ResponseEnvelope)).toBe(
      "Added 2 tins of tuna. You've got one thing in your trolley.",
    );
    expect(spoken(heard.list?.response as ResponseEnvelope)).toMatch(/2 tins of tuna/);
    expect(spoken(heard.change?.response as ResponseEnvelope)).toMatch(/^Okay, that's 3 tins of tuna now/);
  });

  it('undoes the change, and DynamoDB holds the trolley as it was before it', async () => {
    expect(spoken(heard.undo?.response as ResponseEnvelope)).toMatch(/^Okay, that's 2 tins of tuna again\./);
    const { store } = createStore(config);
    const { lines } = (await store.load(USER_ID)).trolley;
    expect(lines.map(({ key, quantity, unit }) => ({ key, quantity, unit }))).toEqual([
      { key: 'tuna', quantity: 2, unit: 'tin' },
    ]);
  });

  it('shows the trolley on a device with a screen, and only there', () => {
    expect(spoken(heard.screen?.response as ResponseEnvelope)).toMatch(/2 tins of tuna/);
    expect(rendersApl(heard.screen?.response)).toBe(true);
    expect(rendersApl(heard.list?.response)).toBe(false);
  });

  it('apologises within the time budget when DynamoDB cannot be reached, and keeps running', () => {
    for (const outcome of unreachable.outcomes) {
      expect(outcome.error).toBeUndefined();
      expect(spoken(outcome.response as ResponseEnvelope)).toMatch(/^I couldn't reach your trolley just now/);
      expect(outcome.ms).toBeLessThan(BUDGET_MS);
    }
    expect(unreachable.outcomes).toHaveLength(2);
  });

  it(`refuses requests for another skill (${runtime.target === 'node16' ? 'the id built in' : 'SKILL_ID'})`, () => {
    expect(heard.otherSkill?.response).toBeUndefined();
    expect(heard.otherSkill?.error).toMatch(/skill id|application id/i);
    // ...while its own skill's requests, the rest of the conversation, are answered.
    expect(heard.launch?.response).toBeDefined();
  });

  if (runtime.target === 'node22') {
    it('is the zip `ask deploy` uploads: index.js and its map at its root', () => {
      expect(zipEntries.sort()).toEqual(['index.js', 'index.js.map']);
    });

    it('answers through the callback entry that `ask run` loads', () => {
      expect(heard.askRunHelp?.error).toBeUndefined();
      expect(spoken(heard.askRunHelp?.response as ResponseEnvelope)).toMatch(/^I keep your shopping trolley\./);
    });
  }
});
