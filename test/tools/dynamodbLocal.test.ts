import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../tools/build/paths';

/**
 * Starts DynamoDB Local as the simulator and jest's global setup do and says Java's pid; then stops it
 * ("stop") or waits to be ended.
 */
const SCRIPT = `
import { startDynamoDbLocal } from ${JSON.stringify(join(PROJECT_ROOT, 'tools', 'dynamodb-local'))};
startDynamoDbLocal({ startTimeoutMs: 120_000 }).then(async (local) => {
  process.stdout.write(JSON.stringify({ java: local.pid }) + '\\n');
  if (process.argv[2] === 'stop') await local.stop();
  else setInterval(() => undefined, 1000);
});
`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 100));
  return !isRunning(pid);
}

interface Ended {
  readonly code: number | null;
  readonly signal: string | null;
  readonly java: number;
  /** What is left in the temp directory the script (and so Java) was given. */
  readonly leftInTemp: string[];
}

/**
 * Runs the script with a temp directory of its own; once Java is up, sends the signal (if any). Resolves with
 * how the script ended, Java's pid and what is left in that temp directory.
 */
function run(mode: 'stop' | NodeJS.Signals): Promise<Ended> {
  const temp = mkdtempSync(join(work, 'tmp-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), join(work, 'start.ts'), mode], {
      cwd: PROJECT_ROOT,
      // The temp directory as Node.js and Java each find it (Java ignores TMPDIR).
      env: { ...process.env, TMPDIR: temp, JAVA_TOOL_OPTIONS: `-Djava.io.tmpdir=${temp}` },
    });
    let java = 0;
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = /\{"java":(\d+)\}/.exec(out);
      if (line && !java) {
        java = Number(line[1]);
        if (mode !== 'stop') child.kill(mode);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      java
        ? // tsx-*: the compile cache of tsx, which runs this script; not DynamoDB Local's.
          resolve({ code, signal, java, leftInTemp: readdirSync(temp).filter((name) => !name.startsWith('tsx-')) })
        : reject(new Error(`the script ended (${code}) before Java started`)),
    );
  });
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'trolley-dynamodb-local-'));
  writeFileSync(join(work, 'start.ts'), SCRIPT);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('DynamoDB Local and the process that started it', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'goes with it on %s, leaving nothing in the temp directory, and the process still ends by that signal',
    async (signal) => {
      const ended = await run(signal);
      expect(ended.signal).toBe(signal);
      expect(await gone(ended.java, 10_000)).toBe(true);
      expect(ended.leftInTemp).toEqual([]);
    },
    180_000,
  );

  it('leaves nothing in the temp directory when stopped', async () => {
    const ended = await run('stop');
    expect(ended.code).toBe(0);
    expect(isRunning(ended.java)).toBe(false);
    expect(ended.leftInTemp).toEqual([]);
  }, 180_000);
});
