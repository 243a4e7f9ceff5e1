/**
 * `npm run bench`: size, cold start, warm latency and throughput of the skill, next to a conventional build of
 * the same handlers on the official persistence adapter; then simultaneous changes to one trolley, next to the
 * schema-1 store. Starts DynamoDB Local in memory and stops it at the end. Prints a report and writes
 * bench/results.json. `--quick` runs a short smoke version.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createStore } from '../lambda/skill';
import { DEFAULT_TIMING, type StoreConfig } from '../lambda/store/config';
import { runAsMain, type Command } from '../tools/command';
import { ensureTrolleyTable, LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from '../tools/dynamodb-local';
import { bundleLambda, compileScript } from './build';
import { measureColdStarts } from './cold-start';
import { measureContention } from './contention';
import { fillTrolley, launchFor, userId } from './fixtures';
import { describeMachine } from './machine';
import {
  capacityNote,
  coldStartRatio,
  formatReport,
  sizeRatio,
  throughputRatio,
  writeResults,
  type Results,
} from './report';
import { contentionBuild, conventionalSkill, oursSkill } from './skills';
import { elapsedMs } from './stats';
import { measureThroughput } from './throughput';
import { measureWarmLatency } from './warm-latency';

const BENCH = __dirname;
const ROOT = resolve(BENCH, '..');

const FULL = {
  coldStartRuns: 15,
  coldStartTrolleyLines: 10,
  warmSizes: [1, 50, 200],
  warmIterations: 300,
  warmupRounds: 30,
  throughputConcurrencies: [1, 10],
  throughputMs: 6_000,
  throughputWindows: 4,
  throughputWarmupMs: 300,
  throughputTrolleyLines: 20,
  contentionSizes: [1, 5, 20, 50, 100],
  contentionRuns: 3,
  contentionSameLine: 20,
};
const QUICK: typeof FULL = {
  ...FULL,
  coldStartRuns: 3,
  warmIterations: 30,
  warmupRounds: 5,
  throughputMs: 1_000,
  throughputWindows: 2,
  throughputWarmupMs: 100,
  contentionSizes: [1, 5, 20],
  contentionRuns: 1,
};

const log = (message: string) => console.error(`[bench] ${message}`);

/** The cold-start child's whole environment, like a Lambda's: nothing of this process (no tsx loader) leaks in. */
function childEnv(config: StoreConfig): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    AWS_REGION: config.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    DYNAMODB_ENDPOINT: config.endpoint,
    DYNAMODB_PERSISTENCE_TABLE_NAME: config.tableName,
    DYNAMODB_PERSISTENCE_REGION: config.region,
  };
}

async function bench(quick: boolean): Promise<number> {
  const started = process.hrtime.bigint();
  const settings = quick ? QUICK : FULL;
  const machine = describeMachine();
  // Both SDKs in this process find DynamoDB Local's dummy credentials where a Lambda finds its own.
  process.env.AWS_ACCESS_KEY_ID = LOCAL_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = LOCAL_CREDENTIALS.secretAccessKey;

  log('starting DynamoDB Local (in memory)');
  const dynamoDb = await startDynamoDbLocal({ startTimeoutMs: 60_000 });
  const work = mkdtempSync(join(tmpdir(), 'trolley-bench-'));
  try {
    const config: StoreConfig = {
      ...DEFAULT_TIMING,
      tableName: 'trolley-bench',
      region: LOCAL_REGION,
      endpoint: dynamoDb.endpoint,
    };
    await ensureTrolleyTable(dynamoDb.endpoint, config.tableName);
    const { store } = createStore(config);

    log('bundling both builds');
    const outDir = (name: string) => {
      const dir = join(work, name);
      mkdirSync(dir);
      return dir;
    };
    const bundles = await Promise.all([
      bundleLambda('ours', join(ROOT, 'lambda/index.ts'), outDir('ours')),
      bundleLambda('conventional', join(BENCH, 'conventional-entry.ts'), outDir('conventional')),
    ]);
    const childScript = await compileScript(join(BENCH, 'cold-start-child.ts'), join(work, 'cold-start-child.cjs'));

    log(`cold starts (${settings.coldStartRuns} per build)`);
    const coldUser = userId('cold-start');
    await fillTrolley(store, coldUser, settings.coldStartTrolleyLines);
    const coldBuilds = await measureColdStarts(bundles, {
      childScript,
      runs: settings.coldStartRuns,
      env: childEnv(config),
      event: () => launchFor(coldUser),
      expectSpeech: 'Welcome back',
    });

    const skills = [oursSkill(config), conventionalSkill(config)];
    log(`warm latency (${settings.warmIterations} of each request per trolley size and build)`);
    const warmRows = await measureWarmLatency(skills, {
      sizes: settings.warmSizes,
      iterations: settings.warmIterations,
      warmup: settings.warmupRounds,
      store,
    });

    log(`throughput (${settings.throughputMs / 1000} s per build and concurrency)`);
    const throughputRows = await measureThroughput(skills, {
      concurrencies: settings.throughputConcurrencies,
      durationMs: settings.throughputMs,
      windows: settings.throughputWindows,
      warmupMs: settings.throughputWarmupMs,
      linesPerTrolley: settings.throughputTrolleyLines,
      store,
    });

    const containers = Math.max(...settings.contentionSizes, settings.contentionSameLine);
    log(`contention (${settings.contentionRuns} runs of each burst per build, ${containers} containers per build)`);
    const contentionRows = await measureContention(
      [contentionBuild('schema 2', config, containers), contentionBuild('schema 1', config, containers)],
      { sizes: settings.contentionSizes, runs: settings.contentionRuns, sameLine: settings.contentionSameLine },
    );

    const results: Results = {
      generatedAt: new Date().toISOString(),
      totalSeconds: Math.round(elapsedMs(started) / 100) / 10,
      machine,
      settings: { ...settings, quick: settings === QUICK },
      size: { builds: bundles.map(({ file: _file, ...bundle }) => bundle), ratio: sizeRatio(bundles) },
      coldStart: { builds: coldBuilds, ratio: coldStartRatio(coldBuilds) },
      warm: { capacityUnits: capacityNote(warmRows), rows: warmRows },
      throughput: { rows: throughputRows, ratio: throughputRatio(throughputRows) },
      contention: { rows: contentionRows },
    };
    writeResults(join(BENCH, 'results.json'), results);
    console.log(formatReport(results));
    const failures = [...warmRows, ...throughputRows].reduce((total, row) => total + row.failures, 0);
    if (failures > 0) throw new Error(`${failures} requests failed: their figures measure an apology, not the skill`);
  } finally {
    rmSync(work, { recursive: true, force: true });
    await dynamoDb.stop();
  }
  return 0;
}

const OPTIONS = { quick: { type: 'boolean' } } as const;

export const benchCommand: Command<typeof OPTIONS> = {
  name: 'npm run bench',
  usage: `Usage: npm run bench [-- --quick]

Measures bundle size, cold start, warm latency, throughput and simultaneous changes to one trolley, next to
a conventional build on the official persistence adapter and the schema-1 store, on DynamoDB Local in memory.
Prints a report and writes bench/results.json (see docs/performance.md).

  --quick   a short smoke run: fewer runs and containers`,
  options: OPTIONS,
  run: ({ quick }) => bench(quick === true),
};

if (require.main === module) {
  // Interrupted: exit through 'exit', where the DynamoDB Local launcher kills Java.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  // Ends the process when done: the measured skills leave sockets and timers behind.
  runAsMain(benchCommand, { exit: true });
}
