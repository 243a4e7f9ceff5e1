import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../tools/build/paths';

/**
 * tools/setup.sh in a stand-in project, with an `npm` on the PATH that only records that it ran (and, as
 * `npm ci` does, starts node_modules afresh), so what the script decides is seen without a real install.
 */
let project: string;
const npmLog = () => join(project, 'npm-calls.log');

function setup(...args: string[]): { output: string; npmRan: string[] } {
  rmSync(npmLog(), { force: true });
  const output = execFileSync('bash', [join(project, 'tools', 'setup.sh'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(project, 'bin')}:${process.env.PATH ?? ''}` },
    timeout: 60_000,
  });
  const npmRan = existsSync(npmLog()) ? readFileSync(npmLog(), 'utf8').trim().split('\n') : [];
  return { output, npmRan };
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'trolley-setup-'));
  mkdirSync(join(project, 'tools'));
  cpSync(join(PROJECT_ROOT, 'tools', 'setup.sh'), join(project, 'tools', 'setup.sh'));
  writeFileSync(join(project, 'package-lock.json'), '{ "lockfileVersion": 3, "packages": {} }\n');
  mkdirSync(join(project, 'bin'));
  const fakeNpm = join(project, 'bin', 'npm');
  writeFileSync(
    fakeNpm,
    `#!/usr/bin/env bash\necho "npm $*" >> ${JSON.stringify(npmLog())}\nrm -rf node_modules && mkdir node_modules\n`,
  );
  chmodSync(fakeNpm, 0o755);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('bash tools/setup.sh', () => {
  it('installs on a fresh clone', () => {
    expect(setup().npmRan).toEqual(['npm ci --no-audit --no-fund']);
  });

  it('installs nothing the second time, and says why (the README runs it before each command)', () => {
    const { output, npmRan } = setup();
    expect(npmRan).toEqual([]);
    expect(output).toContain('node_modules already matches package-lock.json, nothing to install');
  });

  it('installs again when the lock file changed, or when asked to', () => {
    writeFileSync(join(project, 'package-lock.json'), '{ "lockfileVersion": 3, "packages": { "": {} } }\n');
    expect(setup().npmRan).toEqual(['npm ci --no-audit --no-fund']);
    expect(setup().npmRan).toEqual([]);
    expect(setup('--force').npmRan).toEqual(['npm ci --no-audit --no-fund']);
  });

  it('installs again when node_modules is gone', () => {
    rmSync(join(project, 'node_modules'), { recursive: true });
    expect(setup().npmRan).toEqual(['npm ci --no-audit --no-fund']);
  });
});
