import { writeFileSync } from 'node:fs';
import type { Bundle } from './build';
import type { ColdStartResult } from './cold-start';
import type { ContentionRow } from './contention';
import type { Machine } from './machine';
import { ratio } from './stats';
import type { ThroughputRow } from './throughput';
import type { WarmRow } from './warm-latency';

/** Everything one run measured, as written to bench/results.json. Ratios are conventional ÷ ours. */
export interface Results {
  readonly generatedAt: string;
  readonly totalSeconds: number;
  readonly machine: Machine;
  readonly settings: Record<string, unknown>;
  readonly size: { readonly builds: readonly Omit<Bundle, 'file'>[]; readonly ratio: Record<string, number> };
  readonly coldStart: { readonly builds: readonly ColdStartResult[]; readonly ratio: Record<string, number> };
  readonly warm: { readonly capacityUnits: string; readonly rows: readonly WarmRow[] };
  readonly throughput: { readonly rows: readonly ThroughputRow[]; readonly ratio: Record<string, number> };
  readonly contention: { readonly rows: readonly ContentionRow[] };
}

/** Says where the capacity figures come from, and whether DynamoDB Local's own figures agree with them. */
export function capacityNote(rows: readonly WarmRow[]): string {
  const reported = rows.filter((row) => row.reportedUnitsPerRequest !== undefined);
  const differing = reported.filter(
    (row) => Math.abs((row.reportedUnitsPerRequest ?? 0) - row.rcuPerRequest - row.wcuPerRequest) > 0.01,
  );
  const local =
    reported.length === 0
      ? 'DynamoDB Local returned no ConsumedCapacity.'
      : differing.length === 0
        ? `DynamoDB Local's ConsumedCapacity ("Local", reads + writes) agrees on all ${reported.length} rows.`
        : `DynamoDB Local's ConsumedCapacity ("Local", reads + writes) differs on ${differing.length} of ${reported.length} rows.`;
  return (
    'RCU/WCU computed from item sizes by DynamoDB rules (strongly consistent read: 1 RCU per 4 KB; write: ' +
    `1 WCU per 1 KB of the larger of the old and new item). ${local}`
  );
}

export function sizeRatio(builds: readonly Bundle[]): Record<string, number> {
  const [ours, conventional] = pair(builds);
  return {
    minified: ratio(conventional.minifiedBytes, ours.minifiedBytes),
    zip: ratio(conventional.zipBytes, ours.zipBytes),
  };
}

export function coldStartRatio(builds: readonly ColdStartResult[]): Record<string, number> {
  const [ours, conventional] = pair(builds);
  return {
    totalMedian: ratio(conventional.totalMs.p50, ours.totalMs.p50),
    totalP90: ratio(conventional.totalMs.p90, ours.totalMs.p90),
    outerMedian: ratio(conventional.outerMs.p50, ours.outerMs.p50),
    loadMedian: ratio(conventional.loadMs.p50, ours.loadMs.p50),
    maxRssMedian: ratio(conventional.maxRssMb.p50, ours.maxRssMb.p50),
  };
}

export function throughputRatio(rows: readonly ThroughputRow[]): Record<string, number> {
  const byConcurrency = new Map<number, ThroughputRow[]>();
  for (const row of rows) byConcurrency.set(row.concurrency, [...(byConcurrency.get(row.concurrency) ?? []), row]);
  return Object.fromEntries(
    [...byConcurrency.entries()].map(([concurrency, pairRows]) => {
      const ours = pairRows.find((row) => row.build === 'ours');
      const conventional = pairRows.find((row) => row.build === 'conventional');
      return [`concurrency${concurrency}`, ratio(conventional?.requestsPerSecond ?? 0, ours?.requestsPerSecond ?? 0)];
    }),
  );
}

/** [ours, conventional], in that order, whatever order they were measured in. */
function pair<T extends { readonly name: string }>(items: readonly T[]): [T, T] {
  const ours = items.find((item) => item.name === 'ours');
  const conventional = items.find((item) => item.name === 'conventional');
  if (!ours || !conventional) throw new Error('Both builds must be measured');
  return [ours, conventional];
}

export function writeResults(path: string, results: Results): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '-');
const whole = (value: number) => Math.round(value).toLocaleString('en-GB');
const units = (value: number | undefined) => (value === undefined ? '-' : String(Math.round(value * 100) / 100));
/** "50/50", or "12–48/50" when runs differ. */
const outOf = (counts: readonly number[], of: number) => {
  const low = Math.min(...counts);
  const high = Math.max(...counts);
  return `${low === high ? whole(low) : `${whole(low)}–${whole(high)}`}/${of}`;
};
const times = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '-' : `${value}×`);

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** The human-readable report printed at the end of a run. */
export function formatReport(results: Results): string {
  const { machine, size, coldStart, warm, throughput, contention } = results;
  const [ours, conventional] = pair(size.builds);
  const [coldOurs, coldConventional] = pair(coldStart.builds);
  const coldRow = (label: string, pick: (result: ColdStartResult) => { p50: number; p90: number }) => {
    const a = pick(coldOurs);
    const b = pick(coldConventional);
    return [label, ms(a.p50), ms(a.p90), ms(b.p50), ms(b.p90), times(ratio(b.p50, a.p50))];
  };
  const sections = [
    `Voice trolley bench, ${results.generatedAt} (${results.totalSeconds} s)`,
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; ` +
      `Node ${machine.node}; ${machine.java}; load average at start ${machine.loadAverageAtStart}`,
    'Ratios are conventional ÷ ours, measured in this run: quote those, not the absolute times.',
    '',
    'Size of the production bundle (esbuild, minified, node22, cjs)',
    table(
      ['', 'ours', 'conventional', 'ratio'],
      [
        ['minified bytes', whole(ours.minifiedBytes), whole(conventional.minifiedBytes), times(size.ratio.minified)],
        ['zip bytes', whole(ours.zipBytes), whole(conventional.zipBytes), times(size.ratio.zip)],
      ],
    ),
    `  largest in ours: ${ours.largestInputs.map((input) => `${input.name} ${whole(input.bytes / 1024)} KB`).join(', ')}`,
    `  largest in conventional: ${conventional.largestInputs.map((input) => `${input.name} ${whole(input.bytes / 1024)} KB`).join(', ')}`,
    '',
    `Cold start: fresh node, require the bundle, answer one LaunchRequest (${coldOurs.runs} runs each; ms, MB)`,
    table(
      ['', 'ours p50', 'ours p90', 'conv. p50', 'conv. p90', 'ratio p50'],
      [
        coldRow('process start → answer', (result) => result.totalMs),
        coldRow('outer wall (spawn → exit)', (result) => result.outerMs),
        coldRow('  node bootstrap', (result) => result.bootMs),
        coldRow('  require(bundle)', (result) => result.loadMs),
        coldRow('  first answer', (result) => result.firstAnswerMs),
        coldRow('peak RSS (MB)', (result) => result.maxRssMb),
      ],
    ),
    '',
    `Warm latency, one request at a time (${warm.rows[0]?.latencyMs.count ?? 0} of each; ms; per request: mean time in DynamoDB calls, calls, capacity units)`,
    table(
      [
        'request',
        'lines',
        'build',
        'p50',
        'p95',
        'p99',
        'mean',
        'in DynamoDB',
        'calls',
        'RCU',
        'WCU',
        'Local',
        'failed',
      ],
      warm.rows.map((row) => [
        row.operation,
        String(row.lines),
        row.build,
        ms(row.latencyMs.p50),
        ms(row.latencyMs.p95),
        ms(row.latencyMs.p99),
        ms(row.latencyMs.mean),
        `${ms(row.dynamoDbMsPerRequest)} (${Math.round((row.dynamoDbMsPerRequest / row.latencyMs.mean) * 100)}%)`,
        units(row.callsPerRequest),
        units(row.rcuPerRequest),
        units(row.wcuPerRequest),
        units(row.reportedUnitsPerRequest),
        String(row.failures),
      ]),
    ),
    `  ${warm.capacityUnits}`,
    '',
    'Throughput of one process (add, list, remove, list; one trolley per in-flight request)',
    table(
      ['build', 'concurrency', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'failed'],
      throughput.rows.map((row) => [
        row.build,
        String(row.concurrency),
        whole(row.requests),
        whole(row.requestsPerSecond),
        ms(row.latencyMs.p50),
        ms(row.latencyMs.p99),
        String(row.failures),
      ]),
    ),
    `  ratio of req/s: ${Object.entries(throughput.ratio)
      .map(([key, value]) => `${key.replace('concurrency', 'concurrency ')} ${times(value)}`)
      .join(', ')}`,
    '',
    `Contention: simultaneous adds to one trolley, one container per request (${contention.rows[0]?.answered.length ?? 0} runs of each; ms; per change: DynamoDB calls, capacity units)`,
    table(
      [
        'burst',
        'N',
        'build',
        'answered',
        'stored',
        'p50',
        'p99',
        'changes/s',
        'stored/s',
        'calls',
        'RCU',
        'WCU',
        'sum',
      ],
      contention.rows.map((row) => [
        row.burst,
        String(row.requests),
        row.build,
        outOf(row.answered, row.requests),
        outOf(row.stored, row.requests),
        ms(row.latencyMs.p50),
        ms(row.latencyMs.p99),
        whole(row.changesPerSecond),
        whole(row.storedPerSecond),
        units(row.callsPerChange),
        units(row.rcuPerChange),
        units(row.wcuPerChange),
        row.sumExact
          ? row.sumExact.every(Boolean)
            ? 'exact'
            : `exact in ${row.sumExact.filter(Boolean).length}/${row.sumExact.length}`
          : '',
      ]),
    ),
    '  answered: heard "Added…" (min–max over runs); stored: changes the trolley holds afterwards; changes/s: N ÷ wall time of the burst; calls and units include refused writes, which DynamoDB charges.',
  ];
  return sections.join('\n');
}
