import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Target } from '../../tools/build/bundle';

/**
 * The Node.js versions each bundle is proven on, in one table: the bundle a route deploys, on the runtime
 * that route runs it on. Real binaries from npm (`node-<platform>-<arch>` packages hold `bin/node`), so a
 * bundle that only works on the Node.js running the tests cannot pass.
 */
export const RUNTIMES = [
  // Alexa-hosted: `npm run deploy:hosted` builds for Node.js 16, the newest runtime a hosted skill has.
  { route: 'Alexa-hosted', target: 'node16', node: '16.20.2' },
  // Your own AWS account: `ask deploy` and `npm run build` build for the stack's nodejs22.x Lambda.
  { route: 'own AWS account', target: 'node22', node: '22.23.5' },
  // ...and on the Node.js that runs the tests (20 in CI), which `ask run` and `npm start` use too.
  { route: 'own AWS account', target: 'node22', node: 'current' },
] as const satisfies readonly { route: string; target: Target; node: string }[];

export type NodeRuntime = (typeof RUNTIMES)[number];

/** Where binaries are kept between runs and fresh clones: per machine, as Java is. */
export function nodeCacheDir(): string {
  const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cacheHome, 'voice-trolley', 'node');
}

function versionOf(binary: string): string | undefined {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The path of a `node` binary of that version ('current': the one running the tests), installed once
 * from the npm registry into the cache. Two test runs installing at once each unpack into their own
 * folder and rename it into place; the loser uses the winner's. Throws, never skips, when it cannot.
 */
export function nodeBinary(version: NodeRuntime['node']): string {
  if (version === 'current') return process.execPath;
  const spec = `node-${process.platform}-${process.arch}@${version}`;
  const root = nodeCacheDir();
  const installed = join(root, spec);
  const binary = join(installed, 'bin', 'node');
  if (versionOf(binary) === `v${version}`) return binary;

  mkdirSync(root, { recursive: true });
  const staging = mkdtempSync(join(root, `.installing-${spec}-`));
  try {
    // npm checks the tarball against the registry's integrity hash.
    execFileSync('npm', ['pack', spec, '--loglevel=error', '--pack-destination', staging], {
      cwd: staging,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 300_000,
    });
    const tarball = readdirSync(staging).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    execFileSync('tar', ['-xzf', tarball, 'package/bin/node'], { cwd: staging, stdio: ['ignore', 'ignore', 'pipe'] });
    const unpacked = join(staging, 'package');
    const found = versionOf(join(unpacked, 'bin', 'node'));
    if (found !== `v${version}`) throw new Error(`the unpacked binary says ${found ?? 'nothing'}`);
    try {
      renameSync(unpacked, installed);
    } catch {
      // Another run put its copy there first: keep it if it works, else replace what is broken.
      if (versionOf(binary) !== `v${version}`) {
        rmSync(installed, { recursive: true, force: true });
        renameSync(unpacked, installed);
      }
    }
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    throw new Error(
      `Could not install Node.js ${version} (${spec}) from the npm registry into ${root}: ${detail}\n` +
        'The real-runtime tests need it and do not skip. Check that the npm registry is reachable (npm ping).',
      { cause: error },
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  if (versionOf(binary) !== `v${version}`) throw new Error(`${binary} is not Node.js ${version}`);
  return binary;
}
