import { spawn } from 'node:child_process';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Bundle } from './build';
import type { ChildReport } from './cold-start-child';
import { elapsedMs, summarise, type Summary } from './stats';

/** Cold starts of one build: each a fresh `node` that loads the bundle and answers one LaunchRequest. */
export interface ColdStartResult {
  readonly name: string;
  readonly runs: number;
  /** Inside the child, from process start (performance.timeOrigin) to the answer. */
  readonly totalMs: Summary;
  /** Outside, from spawn() to the child's exit, process start-up and teardown included. */
  readonly outerMs: Summary;
  readonly bootMs: Summary;
  readonly loadMs: Summary;
  readonly firstAnswerMs: Summary;
  readonly maxRssMb: Summary;
}

export interface ColdStartOptions {
  readonly childScript: string;
  /** Measured runs per build; one more per build is run first and discarded (it fills the page cache). */
  readonly runs: number;
  /** The child's whole environment, as a Lambda's would be: DynamoDB settings and credentials. */
  readonly env: NodeJS.ProcessEnv;
  readonly event: () => RequestEnvelope;
  /** What the answer must contain, so a failing skill never passes for a fast one. */
  readonly expectSpeech: string;
}

/** Runs the builds in turn (A B, B A, …) so drift on the machine falls on both alike. */
export async function measureColdStarts(bundles: readonly Bundle[], options: ColdStartOptions) {
  const samples = new Map(bundles.map((bundle) => [bundle.name, [] as (ChildReport & { outerMs: number })[]]));
  for (let run = -1; run < options.runs; run += 1) {
    const order = run % 2 === 0 ? bundles : [...bundles].reverse();
    for (const bundle of order) {
      const sample = await runChild(bundle, options);
      if (run >= 0) samples.get(bundle.name)?.push(sample);
    }
  }
  return bundles.map((bundle): ColdStartResult => {
    const runs = samples.get(bundle.name) ?? [];
    const of = (pick: (run: ChildReport & { outerMs: number }) => number) => summarise(runs.map(pick));
    return {
      name: bundle.name,
      runs: runs.length,
      totalMs: of((run) => run.totalMs),
      outerMs: of((run) => run.outerMs),
      bootMs: of((run) => run.bootMs),
      loadMs: of((run) => run.loadMs),
      firstAnswerMs: of((run) => run.firstAnswerMs),
      maxRssMb: of((run) => run.maxRssKb / 1024),
    };
  });
}

function runChild(bundle: Bundle, options: ColdStartOptions): Promise<ChildReport & { outerMs: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [options.childScript, bundle.file, JSON.stringify(options.event())], {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const outerMs = elapsedMs(started);
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        if (code !== 0) throw new Error(`exited with ${code}`);
        const report = JSON.parse(line) as ChildReport;
        if (!report.speech.includes(options.expectSpeech)) throw new Error(`answered "${report.speech}"`);
        resolve({ ...report, outerMs });
      } catch (error) {
        reject(new Error(`Cold start of the ${bundle.name} build failed: ${(error as Error).message}\n${stderr}`));
      }
    });
  });
}
