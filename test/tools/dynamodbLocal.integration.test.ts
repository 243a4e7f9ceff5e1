import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../tools/build/paths';

/** Starts DynamoDB Local as the simulator and jest's global setup do, says Java's pid, then waits to be ended. */
const SCRIPT = `
import { startDynamoDbLocal } from ${JSON.stringify(join(PROJECT_ROOT, 'tools', 'dynamodb-local'))};
startDynamoDbLocal({ startTimeoutMs: 60_000 }).then((local) => {
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

interface Ended {
  readonly code: number | null;
  readonly signal: string | null;
  readonly java: number;
  /** What is left in the temp directory the script (and so Java) was given. */
  readonly leftInTemp: string[];
}

/**
 * Runs the script with a temp directory of its own; once Java is up, sends the signal. Resolves with
 * how the script ended, Java's pid and what is left in that temp directory.
 */
function run(signal: NodeJS.Signals): Promise<Ended> {
  const temp = mkdtempSync(join(work, 'tmp-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), join(work, 'start.ts')], {
      cwd: PROJECT_ROOT,
      // The temp directory as Node.js and Java each find it (Java ignores TMPDIR).
      env: {
        ...process.env,
        PATH: `${join(work, 'bin')}:${process.env.PATH ?? ''}`,
        TMPDIR: temp,
        JAVA_TOOL_OPTIONS: `-Djava.io.tmpdir=${temp}`,
      },
    });
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
    child.once('exit', (code, endedBy) =>
      java
        ? // tsx-*: the compile cache of tsx, which runs this script; not DynamoDB Local's.
          resolve({
            code,
            signal: endedBy,
            java,
            leftInTemp: readdirSync(temp).filter((name) => !name.startsWith('tsx-')),
          })
        : reject(new Error(`the script ended (${code}) before Java started`)),
    );
  });
}

/**
 * A stand-in for \`java\` on the PATH, so this test boots no JVM beside the timing-sensitive tests: it answers
 * DynamoDB's ListTables on the port it is given, and, as DynamoDB Local does, unpacks a SQLite library into
 * the java.io.tmpdir of JAVA_TOOL_OPTIONS (the last one wins, as in a JVM), which only a clean shutdown
 * removes. The real one was seen to leave sqlite-…-libsqlite4java.so there when killed.
 */
const FAKE_JAVA = `#!/usr/bin/env node
const fs = require('fs');
const http = require('http');
const path = require('path');
const temp = [...(process.env.JAVA_TOOL_OPTIONS || '').matchAll(/-Djava\\.io\\.tmpdir=(\\S+)/g)].pop()[1];
const library = path.join(temp, 'sqlite-392-stand-in-libsqlite4java.so');
fs.writeFileSync(library, '');
const port = Number(process.argv[process.argv.indexOf('-port') + 1]);
http.createServer((request, response) => response.end('{"TableNames":[]}')).listen(port, '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'])
  process.on(signal, () => { fs.rmSync(library, { force: true }); process.exit(0); });
`;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'trolley-dynamodb-local-'));
  writeFileSync(join(work, 'start.ts'), SCRIPT);
  mkdirSync(join(work, 'bin'));
  writeFileSync(join(work, 'bin', 'java'), FAKE_JAVA);
  chmodSync(join(work, 'bin', 'java'), 0o755);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('DynamoDB Local (a stand-in java) and the process that started it', () => {
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
});
