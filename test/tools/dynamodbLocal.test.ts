import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../tools/build/paths';

/** Starts DynamoDB Local as the simulator and jest's global setup do, says Java's pid, then waits to be ended. */
const SCRIPT = `
import { startDynamoDbLocal } from ${JSON.stringify(join(PROJECT_ROOT, 'tools', 'dynamodb-local'))};
startDynamoDbLocal({ startTimeoutMs: 120_000 }).then((local) => {
  process.stdout.write(JSON.stringify({ java: local.pid }) + '\\n');
  setInterval(() => undefined, 1000);
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

/** Starts the script, waits for Java, sends the signal; resolves with how the script ended and Java's pid. */
function endWith(script: string, signal: NodeJS.Signals): Promise<{ ended: string | null; java: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), script], { cwd: PROJECT_ROOT });
    let java = 0;
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = /\{"java":(\d+)\}/.exec(out);
      if (line && !java) {
        java = Number(line[1]);
        child.kill(signal);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, ended) =>
      java ? resolve({ ended, java }) : reject(new Error(`the script ended (${code}) before Java started`)),
    );
  });
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'trolley-dynamodb-local-'));
  writeFileSync(join(work, 'start.ts'), SCRIPT);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('DynamoDB Local when the process that started it is ended', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'goes with it on %s, and the process still ends by that signal',
    async (signal) => {
      const { ended, java } = await endWith(join(work, 'start.ts'), signal);
      expect(ended).toBe(signal);
      expect(await gone(java, 10_000)).toBe(true);
    },
    180_000,
  );
});
