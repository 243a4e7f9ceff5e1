/** Order statistics over a sample of timings or counts. */
export interface Summary {
  readonly count: number;
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  readonly p99: number;
  readonly min: number;
  readonly max: number;
}

/** The nearest-rank percentile (`p` from 0 to 100) of a sample; NaN for an empty one. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function mean(sample: readonly number[]): number {
  return sample.length === 0 ? Number.NaN : sample.reduce((sum, value) => sum + value, 0) / sample.length;
}

export function summarise(sample: readonly number[]): Summary {
  return {
    count: sample.length,
    mean: mean(sample),
    p50: percentile(sample, 50),
    p90: percentile(sample, 90),
    p95: percentile(sample, 95),
    p99: percentile(sample, 99),
    min: percentile(sample, 0),
    max: percentile(sample, 100),
  };
}

/** `a / b`, rounded for reading: how many times larger `a` is. */
export function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : Math.round((a / b) * 100) / 100;
}

/** Milliseconds since `start` (from `process.hrtime.bigint()`), with microsecond resolution. */
export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
