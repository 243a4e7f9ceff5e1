/**
 * Builds the skill's Lambda: one minified CommonJS `index.js` with every dependency inside (the AWS SDK v3
 * too, so the code never depends on the SDK version a runtime happens to ship), its source map, and a zip of
 * the two. `npm run build`, `hooks/build.sh` (for `ask deploy`), the Alexa-hosted deploy and the tests all
 * build through here, so there is one set of bundler settings.
 *
 *   npm run build [-- --out dist/skill.zip] [--target node22|node16]
 */
import { build, type Metafile } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { runAsMain, UsageError, type Command } from '../command';
import { describeForbiddenInputs, findForbiddenInputs, packagesOf, readDevDependencies } from './bundleGuard';
import { DEFAULT_METAFILE, DEFAULT_ZIP, LAMBDA_ENTRY, NODE16_POLYFILL, PROJECT_ROOT } from './paths';
import { writeZip } from './zip';

/** node22: the Lambda the stack creates; node16: the Alexa-hosted runtime, fixed when a hosted skill is made. */
export const TARGETS = ['node22', 'node16'] as const;
export type Target = (typeof TARGETS)[number];

export const CODE_FILE = 'index.js';
export const MAP_FILE = 'index.js.map';

export class BundleRefusedError extends Error {
  override readonly name = 'BundleRefusedError';
}

export interface LambdaBundleOptions {
  /** Where `index.js` and `index.js.map` are written (created if missing). */
  readonly outDir: string;
  readonly target?: Target;
  /** Where the esbuild metafile goes, for checking and for bundle analysers. */
  readonly metafilePath?: string;
  /**
   * The skill id the bundle accepts requests for, built in (`BUNDLED_SKILL_ID` in lambda/index.ts) for a
   * runtime where `SKILL_ID` cannot be set: the Alexa-hosted one.
   */
  readonly skillId?: string;
}

/** An Alexa skill id as SMAPI issues them: amzn1.ask.skill. and a UUID. */
export const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface LambdaBundle {
  readonly codeFile: string;
  readonly mapFile: string;
  readonly metafilePath: string;
  readonly metafile: Metafile;
  readonly codeBytes: number;
  readonly mapBytes: number;
}

/**
 * Bundles `lambda/index.ts` into `outDir`, then refuses (throws BundleRefusedError) if the bundle took
 * anything from AWS SDK v2 or a devDependency.
 */
export async function bundleLambda(options: LambdaBundleOptions): Promise<LambdaBundle> {
  const outDir = resolve(options.outDir);
  const metafilePath = resolve(options.metafilePath ?? DEFAULT_METAFILE);
  const codeFile = join(outDir, CODE_FILE);
  const target = options.target ?? 'node22';
  if (options.skillId !== undefined && !SKILL_ID_PATTERN.test(options.skillId))
    throw new BundleRefusedError(`"${options.skillId}" is not a skill id (amzn1.ask.skill.<uuid>).`);
  mkdirSync(outDir, { recursive: true });

  const { metafile } = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [LAMBDA_ENTRY],
    outfile: codeFile,
    bundle: true,
    platform: 'node',
    target,
    // esbuild lowers syntax for the target but supplies no missing APIs: this supplies Node 16's.
    inject: target === 'node16' ? [NODE16_POLYFILL] : [],
    define: { BUNDLED_SKILL_ID: options.skillId ? JSON.stringify(options.skillId) : 'undefined' },
    format: 'cjs',
    minify: true,
    treeShaking: true,
    // Packages' ES module builds first: they tree-shake far better than their CommonJS builds.
    mainFields: ['module', 'main'],
    // Stack traces point at the TypeScript; the sources themselves aren't needed for that.
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    // Keep the locale strings' typographic apostrophes as they are, not as \u escapes.
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
  });

  mkdirSync(dirname(metafilePath), { recursive: true });
  writeFileSync(metafilePath, JSON.stringify(metafile));

  const mapFile = join(outDir, MAP_FILE);
  const forbidden = findForbiddenInputs(metafile, readDevDependencies(PROJECT_ROOT));
  if (forbidden.length > 0) {
    // Leave nothing behind that could be mistaken for a good build.
    for (const file of [codeFile, mapFile]) rmSync(file, { force: true });
    throw new BundleRefusedError(describeForbiddenInputs(forbidden, metafilePath));
  }

  return {
    codeFile,
    mapFile,
    metafilePath,
    metafile,
    codeBytes: readFileSync(codeFile).length,
    mapBytes: readFileSync(mapFile).length,
  };
}

export interface SkillZipOptions {
  readonly outZip: string;
  readonly target?: Target;
  /** Where `index.js` and its map are written before zipping; the zip's folder by default. */
  readonly outDir?: string;
  readonly metafilePath?: string;
}

export interface SkillZip extends LambdaBundle {
  readonly zipFile: string;
  readonly zipBytes: number;
}

/** Bundles the Lambda and zips `index.js` and `index.js.map` at the root of `outZip`, as Lambda expects. */
export async function bundleSkill(options: SkillZipOptions): Promise<SkillZip> {
  const zipFile = resolve(options.outZip);
  const bundle = await bundleLambda({
    outDir: options.outDir ?? dirname(zipFile),
    ...(options.target ? { target: options.target } : {}),
    ...(options.metafilePath ? { metafilePath: options.metafilePath } : {}),
  });
  const zipBytes = writeZip(zipFile, [
    { name: CODE_FILE, content: readFileSync(bundle.codeFile) },
    { name: MAP_FILE, content: readFileSync(bundle.mapFile) },
  ]);
  return { ...bundle, zipFile, zipBytes };
}

/** Bytes of minified output per package, largest first: what to look at when the bundle grows. */
export function largestPackages(metafile: Metafile, count = 5): { name: string; bytes: number }[] {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packagesOf(input).at(-1) ?? '(skill code)';
      bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes]
    .map(([name, size]) => ({ name, bytes: size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB (${bytes} B)`;
}

export function describeBundle(bundle: LambdaBundle, zip?: SkillZip): string {
  const where = (file: string) => relative(process.cwd(), file) || file;
  const lines = [
    `${where(bundle.codeFile)}  ${formatBytes(bundle.codeBytes)}`,
    `${where(bundle.mapFile)}  ${formatBytes(bundle.mapBytes)}`,
    ...(zip ? [`${where(zip.zipFile)}  ${formatBytes(zip.zipBytes)}`] : []),
    `largest parts: ${largestPackages(bundle.metafile)
      .map(({ name, bytes }) => `${name} ${(bytes / 1024).toFixed(1)} KiB`)
      .join(', ')}`,
  ];
  return lines.join('\n');
}

const USAGE = `Usage: npm run build -- [--out <zip path>] [--target node22|node16]

Bundles lambda/index.ts with esbuild into one minified CommonJS index.js (+ index.js.map), refuses it if it
contains AWS SDK v2 or any devDependency, and zips both at the zip's root.

  --out <path>      the zip to write (default: dist/skill.zip); index.js and its map are written beside it
  --target <node>   node22 (default: the Lambda the stack creates) or node16 (Alexa-hosted; adds what
                    Node.js 16 lacks from tools/build/node16Polyfill.ts)
  --help            show this help

The esbuild metafile is written to dist/meta.json.`;

function isTarget(value: string): value is Target {
  return (TARGETS as readonly string[]).includes(value);
}

const OPTIONS = { out: { type: 'string' }, target: { type: 'string' } } as const;

export const buildCommand: Command<typeof OPTIONS> = {
  name: 'npm run build',
  usage: USAGE,
  options: OPTIONS,
  // A refused bundle is the user's to fix: say what, without a stack trace.
  userErrors: [BundleRefusedError],
  async run(values) {
    const target = values.target ?? 'node22';
    if (!isTarget(target)) throw new UsageError(`unknown --target "${target}": use ${TARGETS.join(' or ')}`);
    const zip = await bundleSkill({ outZip: values.out ?? DEFAULT_ZIP, target });
    console.log(`Built the skill for ${target}:\n${describeBundle(zip, zip)}`);
    return 0;
  },
};

if (require.main === module) runAsMain(buildCommand);
