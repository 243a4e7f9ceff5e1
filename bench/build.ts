import AdmZip from 'adm-zip';
import { build, type Metafile } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Builds a Lambda bundle the way `npm run build` does (esbuild: bundle, node, node22, minified, tree-shaken,
 * CommonJS) and zips it as Lambda receives it. The one place the bench builds code: point it at
 * tools/build/bundle.ts when that is the single source of these settings.
 */
export interface Bundle {
  readonly name: string;
  /** The bundled `index.js`, which exports `handler`. */
  readonly file: string;
  readonly minifiedBytes: number;
  readonly zipBytes: number;
  /** Which packages fill the bundle, largest first (bytes of minified output). */
  readonly largestInputs: readonly { readonly name: string; readonly bytes: number }[];
}

export async function bundleLambda(name: string, entry: string, outDir: string): Promise<Bundle> {
  const file = join(outDir, 'index.js');
  const { metafile } = await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node22',
    minify: true,
    treeShaking: true,
    format: 'cjs',
    metafile: true,
    logLevel: 'error',
  });
  const code = readFileSync(file);
  const zip = new AdmZip();
  zip.addFile('index.js', code);
  const zipped = zip.toBuffer();
  writeFileSync(join(outDir, `${name}.zip`), zipped);
  return { name, file, minifiedBytes: code.length, zipBytes: zipped.length, largestInputs: largestInputs(metafile) };
}

/** Compiles the cold-start child to one plain CommonJS file, so `node` runs it with no loader in between. */
export async function compileScript(entry: string, outFile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
  });
  return outFile;
}

function largestInputs(metafile: Metafile, count = 6): { name: string; bytes: number }[] {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes.entries()]
    .map(([name, size]) => ({ name, bytes: size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

/** `node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js` → `@aws-sdk/client-dynamodb`; own code → `(skill)`. */
function packageOf(input: string): string {
  const path = relative(process.cwd(), input).split('\\').join('/');
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match?.[1] ?? '(skill code)';
}
