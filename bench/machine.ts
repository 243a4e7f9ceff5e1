import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';

/** What the figures were measured on: absolute times only compare within one machine. */
export interface Machine {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly os: string;
  readonly node: string;
  readonly java: string;
  /** 1-minute load average when the bench started: other work on the machine skews every figure. */
  readonly loadAverageAtStart: number;
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()} ${process.arch}`,
    node: process.version,
    java: javaVersion(),
    loadAverageAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

function javaVersion(): string {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const firstLine = `${result.stderr ?? ''}${result.stdout ?? ''}`.split('\n')[0]?.trim();
  return firstLine || 'not found';
}
