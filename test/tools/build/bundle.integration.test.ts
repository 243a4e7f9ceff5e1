import AdmZip from 'adm-zip';
import type { Metafile } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleSkill, type SkillZip } from '../../../tools/build/bundle';
import { findForbiddenInputs, packagesOf, readDevDependencies } from '../../../tools/build/bundleGuard';

const ROOT = join(__dirname, '..', '..', '..');

function metafileWith(...inputs: string[]): Metafile {
  return {
    inputs: Object.fromEntries(inputs.map((input) => [input, { bytes: 1, imports: [] }])),
    outputs: {},
  };
}

describe('the bundle guard', () => {
  it('names the packages an input comes from, scoped and nested ones too', () => {
    expect(packagesOf('lambda/index.ts')).toEqual([]);
    expect(packagesOf('node_modules/@aws-sdk/client-dynamodb/dist-es/index.js')).toEqual(['@aws-sdk/client-dynamodb']);
    expect(packagesOf('node_modules/ask-sdk-core/node_modules/aws-sdk/lib/core.js')).toEqual([
      'ask-sdk-core',
      'aws-sdk',
    ]);
  });

  it('refuses AWS SDK v2 wherever it is nested, and any devDependency', () => {
    const found = findForbiddenInputs(
      metafileWith(
        'lambda/index.ts',
        'node_modules/@aws-sdk/lib-dynamodb/dist-es/index.js',
        'node_modules/ask-sdk-dynamodb-persistence-adapter/node_modules/aws-sdk/lib/aws.js',
        'node_modules/express/index.js',
      ),
      ['express', 'jest'],
    );
    expect(found.map(({ input }) => input)).toEqual([
      'node_modules/ask-sdk-dynamodb-persistence-adapter/node_modules/aws-sdk/lib/aws.js',
      'node_modules/express/index.js',
    ]);
  });

  it('accepts a bundle of production code only', () => {
    expect(
      findForbiddenInputs(metafileWith('lambda/index.ts', 'node_modules/i18next/dist/esm/i18next.js'), ['jest']),
    ).toEqual([]);
  });
});

describe('the Lambda bundle', () => {
  let dir: string;
  let zip: SkillZip;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trolley-bundle-'));
    zip = await bundleSkill({ outZip: join(dir, 'first', 'skill.zip'), metafilePath: join(dir, 'meta.json') });
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes nothing from AWS SDK v2', () => {
    expect(Object.keys(zip.metafile.inputs).filter((input) => input.includes('node_modules/aws-sdk/'))).toEqual([]);
  });

  it('takes nothing from a devDependency', () => {
    const dev = new Set(readDevDependencies(ROOT));
    const fromDev = Object.keys(zip.metafile.inputs).filter((input) => packagesOf(input).some((name) => dev.has(name)));
    expect(fromDev).toEqual([]);
  });

  it('writes the metafile it checked', () => {
    expect(JSON.parse(readFileSync(zip.metafilePath, 'utf8'))).toEqual(zip.metafile);
  });

  it('bundles every dependency, the AWS SDK v3 included: it loads nothing but Node.js built-ins', () => {
    // esbuild lists what it left outside the bundle as external imports of the output.
    const external = Object.values(zip.metafile.outputs).flatMap((output) =>
      output.imports.filter((imported) => imported.external).map((imported) => imported.path),
    );
    expect(external.filter((name) => !isBuiltin(name))).toEqual([]);
    expect(
      Object.keys(zip.metafile.inputs).some((input) => input.includes('node_modules/@aws-sdk/client-dynamodb/')),
    ).toBe(true);
  });

  it('is one minified CommonJS file with a linked source map', () => {
    const code = readFileSync(zip.codeFile, 'utf8');
    // Minified: a few very long lines (only template literals keep their line breaks).
    expect(code.length / code.split('\n').length).toBeGreaterThan(5_000);
    expect(code).toContain('module.exports');
    expect(code.trimEnd().endsWith('//# sourceMappingURL=index.js.map')).toBe(true);
    const map = JSON.parse(readFileSync(zip.mapFile, 'utf8')) as { sources: string[] };
    expect(map.sources.some((source) => source.endsWith('lambda/index.ts'))).toBe(true);
  });

  it('zips index.js and its map at the root of the zip', () => {
    const entries = new AdmZip(zip.zipFile).getEntries().map((entry) => entry.entryName);
    expect(entries.sort()).toEqual(['index.js', 'index.js.map']);
    expect(zip.zipBytes).toBeLessThan(zip.codeBytes + zip.mapBytes);
  });

  it('makes the same zip from the same code, so `ask deploy` sees no change when there is none', async () => {
    // Built in a folder as deep as the first, as the source map's paths are relative to it.
    const again = await bundleSkill({
      outZip: join(dir, 'second', 'skill.zip'),
      metafilePath: join(dir, 'meta2.json'),
    });
    expect(readFileSync(again.zipFile).equals(readFileSync(zip.zipFile))).toBe(true);
  }, 120_000);
});
