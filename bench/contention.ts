import type { RequestEnvelope } from 'ask-sdk-model';
import { intentRequest } from '../test/support/requests';
import { spoken } from '../test/support/speech';
import { fillTrolley, userId } from './fixtures';
import type { CallRecord } from './meter';
import type { ContentionBuild } from './skills';
import { elapsedMs, percentile, summarise, type Summary } from './stats';

/** Simultaneous changes to one trolley: what was answered, what was stored, and what it cost. */
export interface ContentionRow {
  readonly build: string;
  readonly burst: Burst;
  /** Requests sent at once, each through its own container. */
  readonly requests: number;
  /** Per run: how many heard their change confirmed ("Added…"), and how many changes the trolley holds. */
  readonly answered: readonly number[];
  readonly stored: readonly number[];
  /** Over every request of every run. */
  readonly latencyMs: Summary;
  /** Median over runs of requests ÷ the burst's wall time, and of stored changes ÷ the same. */
  readonly changesPerSecond: number;
  readonly storedPerSecond: number;
  /** Per change sent, over all runs: DynamoDB calls (refused writes included) and capacity units. */
  readonly callsPerChange: number;
  readonly rcuPerChange: number;
  readonly wcuPerChange: number;
  /** For "add 2 eggs": per run, whether the one line holds exactly 2 × requests. */
  readonly sumExact?: readonly boolean[];
}

export type Burst = 'distinct adds' | 'add 2 eggs';

export interface ContentionOptions {
  readonly sizes: readonly number[];
  readonly runs: number;
  /** How many "add 2 eggs" go to one line at once. */
  readonly sameLine: number;
}

const LOCALE = 'en-GB';
const add = (user: string, item: string, quantity?: number): RequestEnvelope =>
  intentRequest(
    'AddItemIntent',
    { item, ...(quantity === undefined ? {} : { quantity: String(quantity) }) },
    { userId: user, locale: LOCALE },
  );
const distinctItem = (index: number) => `contended thing ${index + 1}`;

interface BurstRun {
  readonly answered: number;
  readonly stored: number;
  readonly wallMs: number;
  readonly times: number[];
  readonly calls: CallRecord[];
  readonly sumExact?: boolean;
}

/**
 * Every request of a burst goes to one household's trolley at the same moment, each through its own
 * container, as when Lambda scales out to one container per request. The trolley already holds one line,
 * as a household's does, so no burst starts with the first write of a new user. The builds take turns run by
 * run and size by size, so drift on a shared machine falls on both alike.
 */
export async function measureContention(
  builds: readonly ContentionBuild[],
  options: ContentionOptions,
): Promise<ContentionRow[]> {
  for (const build of builds) await warmUp(build);
  const cells = [
    ...options.sizes.map((requests) => ({ burst: 'distinct adds' as const, requests })),
    { burst: 'add 2 eggs' as const, requests: options.sameLine },
  ];
  const runs = new Map<string, BurstRun[]>();
  for (let run = 0; run < options.runs; run += 1) {
    for (const { burst, requests } of cells) {
      for (const build of run % 2 === 0 ? builds : [...builds].reverse()) {
        const label = `${build.name}|${burst}|${requests}`;
        runs.set(label, [...(runs.get(label) ?? []), await burstOnce(build, burst, requests, run)]);
      }
    }
  }
  return cells.flatMap(({ burst, requests }) =>
    builds.map((build) => rowOf(build.name, burst, requests, runs.get(`${build.name}|${burst}|${requests}`) ?? [])),
  );
}

/** Opens every container's connections and runs its code once, then one small burst, none of it measured. */
async function warmUp(build: ContentionBuild): Promise<void> {
  const user = userId(`contention-warm-${build.name}`);
  await fillTrolley(build.store, user, 1);
  await Promise.all(
    build.containers.map((container) =>
      container.invoke(intentRequest('ListTrolleyIntent', {}, { userId: user, locale: LOCALE })),
    ),
  );
  await Promise.all(
    build.containers.slice(0, 5).map((container, index) => container.invoke(add(user, distinctItem(index)))),
  );
  build.meter.take();
}

async function burstOnce(build: ContentionBuild, burst: Burst, requests: number, run: number): Promise<BurstRun> {
  if (requests > build.containers.length) throw new Error(`${requests} requests need as many containers`);
  const user = userId(`contention-${build.name.replace(' ', '')}-${burst.replace(/ /g, '-')}-${requests}-${run}`);
  await fillTrolley(build.store, user, 1);
  const envelopes = Array.from({ length: requests }, (_, index) =>
    burst === 'distinct adds' ? add(user, distinctItem(index)) : add(user, 'eggs', 2),
  );
  const heard = burst === 'distinct adds' ? /^Added contended thing \d+\./ : /^Added 2 eggs\./;
  build.meter.take();
  const started = process.hrtime.bigint();
  const answers = await Promise.all(
    envelopes.map(async (envelope, index) => {
      const sent = process.hrtime.bigint();
      const response = await (build.containers[index] as (typeof build.containers)[number]).invoke(envelope);
      return { speech: spoken(response), ms: elapsedMs(sent) };
    }),
  );
  const wallMs = elapsedMs(started);
  const calls = build.meter.take();
  const lines = (await build.store.load(user)).trolley.lines;
  const eggs = lines.find((line) => line.key === 'egg')?.quantity ?? 0;
  return {
    answered: answers.filter(({ speech }) => heard.test(speech)).length,
    stored:
      burst === 'distinct adds'
        ? new Set(lines.filter((line) => line.name.startsWith('contended thing')).map((line) => line.name)).size
        : eggs / 2,
    wallMs,
    times: answers.map(({ ms }) => ms),
    calls,
    ...(burst === 'add 2 eggs' ? { sumExact: eggs === 2 * requests } : {}),
  };
}

function rowOf(build: string, burst: Burst, requests: number, runs: readonly BurstRun[]): ContentionRow {
  const median = (values: readonly number[]) => percentile(values, 50);
  const calls = runs.flatMap((run) => run.calls);
  const changes = requests * runs.length;
  const units = (kind: CallRecord['kind']) =>
    calls.filter((call) => call.kind === kind).reduce((sum, call) => sum + call.computedUnits, 0) / changes;
  return {
    build,
    burst,
    requests,
    answered: runs.map((run) => run.answered),
    stored: runs.map((run) => run.stored),
    latencyMs: summarise(runs.flatMap((run) => run.times)),
    changesPerSecond: Math.round(median(runs.map((run) => requests / (run.wallMs / 1000)))),
    storedPerSecond: Math.round(median(runs.map((run) => run.stored / (run.wallMs / 1000)))),
    callsPerChange: calls.length / changes,
    rcuPerChange: units('read'),
    wcuPerChange: units('write'),
    ...(burst === 'add 2 eggs' ? { sumExact: runs.map((run) => run.sumExact === true) } : {}),
  };
}
