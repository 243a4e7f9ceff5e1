import AdmZip from 'adm-zip';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { bundleSkill } from '../../tools/build/bundle';
import { freshTable } from '../support/dynamodb';
import { intentRequest, launchRequest, SKILL_ID } from '../support/requests';
import { spoken } from '../support/speech';

/**
 * The zip as Lambda runs it: unpacked into an empty folder with no node_modules anywhere above it, loaded by
 * plain `node`, configured only through the environment the stack sets, talking to a real DynamoDB (Local).
 */

/** Runs in the unpacked folder: sends each envelope to ./index.js's handler in turn and records the outcome. */
const RUNNER = `
const { handler } = require('./index.js');
const fs = require('node:fs');
(async () => {
  const envelopes = JSON.parse(fs.readFileSync(process.env.ENVELOPES_FILE, 'utf8'));
  const results = [];
  for (const envelope of envelopes) {
    try {
      results.push({ response: await handler(envelope, {}) });
    } catch (error) {
      results.push({ error: String(error && error.message) });
    }
  }
  fs.writeFileSync(process.env.RESULTS_FILE, JSON.stringify(results));
})();
`;

type Outcome = { response: ResponseEnvelope; error?: undefined } | { error: string; response?: undefined };

function nodeModulesAbove(folder: string): string[] {
  const found: string[] = [];
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) found.push(join(dir, 'node_modules'));
    if (dir === parse(dir).root) return found;
  }
}

describe('the zip, unpacked on its own', () => {
  let work: string;
  let lambdaDir: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'trolley-zip-'));
    const zip = await bundleSkill({ outZip: join(work, 'build', 'skill.zip'), metafilePath: join(work, 'meta.json') });
    lambdaDir = join(work, 'task');
    mkdirSync(lambdaDir);
    new AdmZip(zip.zipFile).extractAllTo(lambdaDir);
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function run(envelopes: RequestEnvelope[], env: Record<string, string>): Outcome[] {
    const envelopesFile = join(work, 'envelopes.json');
    const resultsFile = join(work, 'results.json');
    writeFileSync(envelopesFile, JSON.stringify(envelopes));
    rmSync(resultsFile, { force: true });
    const child = spawnSync(process.execPath, ['-e', RUNNER], {
      cwd: lambdaDir,
      encoding: 'utf8',
      timeout: 60_000,
      // Only what the stack sets (plus local credentials): nothing from the test process leaks in.
      env: {
        PATH: process.env.PATH ?? '',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_REGION: 'eu-west-1',
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_LOG_LEVEL: 'SILENT',
        ENVELOPES_FILE: envelopesFile,
        RESULTS_FILE: resultsFile,
        ...env,
      },
    });
    if (child.status !== 0 || !existsSync(resultsFile))
      throw new Error(`the bundle failed (exit ${child.status ?? child.signal}):\n${child.stderr}${child.stdout}`);
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as Outcome[];
  }

  it('holds only index.js and its map, with no node_modules to lean on', () => {
    expect(readdirSync(lambdaDir).sort()).toEqual(['index.js', 'index.js.map']);
    expect(nodeModulesAbove(lambdaDir)).toEqual([]);
  });

  it('welcomes a new user, then adds to their trolley in DynamoDB', async () => {
    const table = await freshTable('bundle');
    const outcomes = run(
      [
        launchRequest(),
        intentRequest('AddItemIntent', {
          item: { value: 'tuna', id: 'pantry:tuna', name: 'tuna' },
          quantity: '2',
          unit: { value: 'tins', id: 'tin' },
        }),
      ],
      {
        DYNAMODB_PERSISTENCE_TABLE_NAME: table.tableName,
        DYNAMODB_PERSISTENCE_REGION: table.region ?? 'eu-west-1',
        DYNAMODB_ENDPOINT: table.endpoint ?? '',
        SKILL_ID,
      },
    );
    const [launch, add] = outcomes;
    expect(launch?.error).toBeUndefined();
    expect(spoken(launch?.response as ResponseEnvelope)).toBe(
      "Welcome to your trolley. It's empty at the moment. What would you like to add?",
    );
    expect(add?.error).toBeUndefined();
    expect(spoken(add?.response as ResponseEnvelope)).toBe(
      "Added 2 tins of tuna. You've got one thing in your trolley.",
    );
  }, 60_000);

  it('refuses requests for another skill when SKILL_ID is set', async () => {
    const table = await freshTable('bundle');
    const [outcome] = run([launchRequest({ skillId: 'amzn1.ask.skill.someone-else' })], {
      DYNAMODB_PERSISTENCE_TABLE_NAME: table.tableName,
      DYNAMODB_PERSISTENCE_REGION: table.region ?? 'eu-west-1',
      DYNAMODB_ENDPOINT: table.endpoint ?? '',
      SKILL_ID,
    });
    expect(outcome?.response).toBeUndefined();
    expect(outcome?.error).toMatch(/skill id|application id/i);
  }, 60_000);
});
