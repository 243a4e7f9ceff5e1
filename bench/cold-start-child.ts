/**
 * The cold-start runner: a fresh `node` process (compiled to plain CommonJS by the bench) that loads one Lambda
 * bundle, answers one request with it, prints its own timings as one JSON line and exits.
 * Usage: node child.cjs <bundle index.js> <request envelope JSON>
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

export interface ChildReport {
  /** From process start (performance.timeOrigin) to this script's first line: Node's own bootstrap. */
  readonly bootMs: number;
  /** require() of the bundle: reading, parsing and running its top level (building the skill). */
  readonly loadMs: number;
  /** The first request, from handler call to answer (credentials, first connection, first DynamoDB call). */
  readonly firstAnswerMs: number;
  /** From process start to the answer. */
  readonly totalMs: number;
  readonly maxRssKb: number;
  readonly speech: string;
}

const bootMs = performance.now();
const started = process.hrtime.bigint();
const sinceStart = () => Number(process.hrtime.bigint() - started) / 1e6;
const [bundle = '', event = '{}'] = process.argv.slice(2);

const { handler } = createRequire(__filename)(bundle) as { handler: Handler };
const loadMs = sinceStart();

handler(JSON.parse(event) as RequestEnvelope, {}).then(
  (response) => {
    const firstAnswerMs = sinceStart() - loadMs;
    const report: ChildReport = {
      bootMs,
      loadMs,
      firstAnswerMs,
      totalMs: performance.now(),
      maxRssKb: process.resourceUsage().maxRSS,
      speech: (response.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '',
    };
    process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(0));
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
