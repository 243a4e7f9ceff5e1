import type { TrolleyStore } from '../lambda/store/trolleyStore';
import { fillTrolley, requestFor, userId, type Operation } from './fixtures';
import type { BenchSkill } from './skills';
import { elapsedMs, summarise, type Summary } from './stats';

/** Requests per second one process answers with `concurrency` requests in flight. */
export interface ThroughputRow {
  readonly build: string;
  readonly concurrency: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: Summary;
  readonly failures: number;
}

export interface ThroughputOptions {
  readonly concurrencies: readonly number[];
  /** Measured time per build and concurrency, split into `windows` turns. */
  readonly durationMs: number;
  readonly windows: number;
  /** Run, unmeasured, before each window. */
  readonly warmupMs: number;
  readonly linesPerTrolley: number;
  readonly store: TrolleyStore;
}

/** Half reads, half changes; the add and the remove cancel out, so trolleys keep their size. */
const MIX: readonly Operation[] = ['add', 'list', 'remove', 'list'];

/**
 * Each in-flight request belongs to a different household (its own trolley), as on a busy Lambda: requests
 * never contend for one item, so this measures the process, not write conflicts (the tests cover those).
 * The builds take turns in several short windows, so drift on a shared machine falls on both alike.
 */
export async function measureThroughput(
  skills: readonly BenchSkill[],
  options: ThroughputOptions,
): Promise<ThroughputRow[]> {
  const rows: ThroughputRow[] = [];
  for (const concurrency of options.concurrencies) {
    const runs = skills.map((bench) => ({
      bench,
      users: Array.from({ length: concurrency }, (_, worker) =>
        userId(`throughput-${bench.name}-${concurrency}-${worker}`),
      ),
      times: [] as number[],
      seconds: 0,
      failures: 0,
    }));
    for (const run of runs)
      for (const user of run.users) await fillTrolley(options.store, user, options.linesPerTrolley);
    for (let window = 0; window < options.windows; window += 1) {
      for (const run of window % 2 === 0 ? runs : [...runs].reverse()) {
        await runFor(run.bench, run.users, options.warmupMs);
        const failuresBefore = run.bench.failures();
        const started = process.hrtime.bigint();
        run.times.push(...(await runFor(run.bench, run.users, options.durationMs / options.windows)));
        run.seconds += elapsedMs(started) / 1000;
        run.failures += run.bench.failures() - failuresBefore;
      }
    }
    for (const run of runs) {
      rows.push({
        build: run.bench.name,
        concurrency,
        requests: run.times.length,
        requestsPerSecond: Math.round(run.times.length / run.seconds),
        latencyMs: summarise(run.times),
        failures: run.failures,
      });
    }
  }
  return rows;
}

/** Every worker sends its next request as soon as its last is answered, until the time is up. */
async function runFor(bench: BenchSkill, users: readonly string[], durationMs: number): Promise<number[]> {
  const deadline = process.hrtime.bigint() + BigInt(Math.round(durationMs * 1e6));
  const times: number[] = [];
  await Promise.all(
    users.map(async (user) => {
      for (let turn = 0; process.hrtime.bigint() < deadline; turn += 1) {
        const envelope = requestFor(MIX[turn % MIX.length] as Operation, user);
        const started = process.hrtime.bigint();
        await bench.skill.invoke(envelope);
        times.push(elapsedMs(started));
      }
    }),
  );
  bench.meter.take();
  return times;
}
