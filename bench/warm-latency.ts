import type { RequestEnvelope } from 'ask-sdk-model';
import type { TrolleyStore } from '../lambda/store/trolleyStore';
import { fillTrolley, requestFor, userId, type Operation } from './fixtures';
import type { CallRecord } from './meter';
import type { BenchSkill } from './skills';
import { elapsedMs, mean, summarise, type Summary } from './stats';

/** Latency of one kind of request on a trolley of one size, with what it cost in DynamoDB. */
export interface WarmRow {
  readonly build: string;
  readonly operation: Operation;
  readonly lines: number;
  readonly latencyMs: Summary;
  readonly callsPerRequest: number;
  /** Read and write capacity units per request, by DynamoDB's rules from the item sizes. */
  readonly rcuPerRequest: number;
  readonly wcuPerRequest: number;
  /** Capacity units per request as DynamoDB Local reported them in ConsumedCapacity (reads and writes). */
  readonly reportedUnitsPerRequest: number | undefined;
  /** Mean time per request spent inside DynamoDB calls (SDK and round trip); the rest is the skill's own work. */
  readonly dynamoDbMsPerRequest: number;
  readonly failures: number;
}

export interface WarmOptions {
  readonly sizes: readonly number[];
  /** Measured requests of each operation per trolley size and build. */
  readonly iterations: number;
  /** Unmeasured rounds first, so code is optimised and connections are open. */
  readonly warmup: number;
  /** Fills trolleys directly (the same item layout serves both builds). */
  readonly store: TrolleyStore;
}

const OPERATIONS: readonly Operation[] = ['add', 'list', 'remove'];

/**
 * One request at a time against DynamoDB Local. Rounds of add, list, remove on the same line keep the
 * trolley at its size, with the undo snapshot a real trolley carries after its first change. The builds take
 * turns round by round, so drift on a shared machine falls on both alike.
 */
export async function measureWarmLatency(skills: readonly BenchSkill[], options: WarmOptions): Promise<WarmRow[]> {
  const rows: WarmRow[] = [];
  for (const lines of options.sizes) {
    const runs = skills.map((bench) => ({
      bench,
      user: userId(`warm-${bench.name}-${lines}`),
      samples: new Map(OPERATIONS.map((operation) => [operation, emptySample()])),
    }));
    for (const { user } of runs) await fillTrolley(options.store, user, lines);
    for (let round = -options.warmup; round < options.iterations; round += 1) {
      for (const { bench, user, samples } of runs) {
        for (const operation of OPERATIONS) {
          const measured = await measureOne(bench, requestFor(operation, user));
          const sample = samples.get(operation);
          if (round >= 0 && sample) {
            sample.times.push(measured.time);
            sample.calls.push(measured.calls);
            sample.failures += measured.failures;
          }
        }
      }
    }
    for (const { bench, user, samples } of runs) {
      const left = (await options.store.load(user)).trolley.lines.length;
      if (left !== lines) throw new Error(`The ${bench.name} trolley of ${lines} lines ended with ${left}`);
      for (const operation of OPERATIONS) {
        const { times, calls, failures } = samples.get(operation) ?? emptySample();
        rows.push({ build: bench.name, operation, lines, latencyMs: summarise(times), failures, ...cost(calls) });
      }
    }
  }
  return rows;
}

async function measureOne(bench: BenchSkill, envelope: RequestEnvelope) {
  const failuresBefore = bench.failures();
  bench.meter.take();
  const started = process.hrtime.bigint();
  await bench.skill.invoke(envelope);
  const time = elapsedMs(started);
  return { time, calls: bench.meter.take(), failures: bench.failures() - failuresBefore };
}

const emptySample = () => ({ times: [] as number[], calls: [] as CallRecord[][], failures: 0 });

function cost(requests: readonly CallRecord[][]) {
  const perRequest = (pick: (calls: readonly CallRecord[]) => number) => mean(requests.map(pick));
  const sum = (calls: readonly CallRecord[], kind: CallRecord['kind']) =>
    calls.filter((call) => call.kind === kind).reduce((total, call) => total + call.computedUnits, 0);
  const reported = requests.every((calls) => calls.every((call) => call.reportedUnits !== undefined));
  return {
    callsPerRequest: perRequest((calls) => calls.length),
    dynamoDbMsPerRequest: perRequest((calls) => calls.reduce((total, call) => total + call.durationMs, 0)),
    rcuPerRequest: perRequest((calls) => sum(calls, 'read')),
    wcuPerRequest: perRequest((calls) => sum(calls, 'write')),
    reportedUnitsPerRequest: reported
      ? perRequest((calls) => calls.reduce((total, call) => total + (call.reportedUnits ?? 0), 0))
      : undefined,
  };
}
