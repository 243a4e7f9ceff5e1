import { join, resolve } from 'node:path';

/** The project root, found from this file so the build works from any working directory (`ask deploy` uses `.ask/`). */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');

/** The Lambda entry: exports `handler`. */
export const LAMBDA_ENTRY = join(PROJECT_ROOT, 'lambda', 'index.ts');

/** Runs first in the Node.js 16 (Alexa-hosted) bundle only: what the bundle needs and Node 16 lacks. */
export const NODE16_POLYFILL = join(PROJECT_ROOT, 'tools', 'build', 'node16Polyfill.ts');

export const DEFAULT_ZIP = join(PROJECT_ROOT, 'dist', 'skill.zip');
export const DEFAULT_METAFILE = join(PROJECT_ROOT, 'dist', 'meta.json');
