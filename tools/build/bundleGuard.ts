import type { Metafile } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Checks what went into a bundle. The skill must carry only production code: no AWS SDK v2 (end of support,
 * and it would triple the bundle) and nothing from a devDependency (test tools, the official persistence
 * adapter the benchmark compares against), which would mean production code imports something it must not.
 */
export interface ForbiddenInput {
  readonly input: string;
  readonly reason: string;
}

const AWS_SDK_V2 = 'aws-sdk';

export function readDevDependencies(projectRoot: string): string[] {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  return Object.keys(manifest.devDependencies ?? {});
}

/** Every package an input path comes from, outermost first: `node_modules/a/node_modules/@b/c/x.js` → a, @b/c. */
export function packagesOf(input: string): string[] {
  const path = input.split('\\').join('/');
  return [...path.matchAll(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/g)].flatMap((match) =>
    match[1] === undefined ? [] : [match[1]],
  );
}

export function findForbiddenInputs(metafile: Metafile, devDependencies: readonly string[]): ForbiddenInput[] {
  const dev = new Set(devDependencies);
  const found: ForbiddenInput[] = [];
  for (const input of Object.keys(metafile.inputs)) {
    for (const name of packagesOf(input)) {
      if (name === AWS_SDK_V2) found.push({ input, reason: 'AWS SDK v2 (aws-sdk); use the v3 clients (@aws-sdk/*)' });
      else if (dev.has(name)) found.push({ input, reason: `devDependency "${name}"` });
    }
  }
  return found;
}

export function describeForbiddenInputs(found: readonly ForbiddenInput[], metafilePath: string): string {
  const byReason = new Map<string, string[]>();
  for (const { input, reason } of found) byReason.set(reason, [...(byReason.get(reason) ?? []), input]);
  const lines = [...byReason].map(([reason, inputs]) => {
    const shown = inputs.slice(0, 3).join(', ');
    return `  - ${reason}: ${shown}${inputs.length > 3 ? ` and ${inputs.length - 3} more` : ''}`;
  });
  return `The Lambda bundle must not contain:\n${lines.join('\n')}\nThe esbuild metafile ${metafilePath} shows what imports them.`;
}
