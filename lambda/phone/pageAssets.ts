/**
 * The page's files, read and compiled from source: the HTML and CSS in `page/`, the scripts in `client/`
 * (TypeScript, bundled by esbuild), the web app manifest and the skill's icons. The Lambda bundle never runs this: `tools/build/pageAssets.ts` swaps this module
 * for the same result computed at build time, so neither esbuild nor the files are needed in Lambda.
 */
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SKILL_NAME } from '../skillName';

export interface PageFile {
  readonly type: string;
  readonly body: string;
  /** The body is base64 of binary content. */
  readonly base64?: boolean;
}

export interface PageAssets {
  /** By path: "/", "/app.js", … */
  readonly files: Readonly<Record<string, PageFile>>;
}

const ROOT = join(__dirname, '..', '..');
const HERE = __dirname;

function compile(entry: string, define: Record<string, string> = {}): string {
  const result = buildSync({
    entryPoints: [join(HERE, 'client', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The page is named as the skill is (skill-settings.json), wherever it shows a name. */
const NAME_MARK = /%SKILL_NAME%/g;

export const MANIFEST = {
  name: SKILL_NAME,
  short_name: SKILL_NAME,
  description: 'Your Alexa shopping trolley, to tick off in the shop.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#0b5e2f',
  icons: [
    { src: '/icon-108.png', sizes: '108x108', type: 'image/png' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  ],
};

/** Reads and compiles everything; what the page serves, in tests, `npm start` and (frozen) in Lambda. */
export function readPageAssets(): PageAssets {
  const icon = (size: number) => readFileSync(join(ROOT, 'skill-package', 'assets', 'images', `icon-${size}.png`));
  const files: Record<string, PageFile> = {
    '/': {
      type: 'text/html; charset=utf-8',
      body: readFileSync(join(HERE, 'page', 'index.html'), 'utf8').replace(NAME_MARK, SKILL_NAME),
    },
    '/style.css': { type: 'text/css; charset=utf-8', body: readFileSync(join(HERE, 'page', 'style.css'), 'utf8') },
    '/app.js': { type: 'text/javascript; charset=utf-8', body: compile('app.ts') },
    '/manifest.webmanifest': { type: 'application/manifest+json', body: JSON.stringify(MANIFEST) },
    '/icon-108.png': { type: 'image/png', body: icon(108).toString('base64'), base64: true },
    '/icon-512.png': { type: 'image/png', body: icon(512).toString('base64'), base64: true },
  };
  // The service worker's cache is named after everything it caches, so a new release replaces it.
  const version = createHash('sha256')
    .update(
      Object.values(files)
        .map((file) => file.body)
        .join('\0'),
    )
    .digest('hex')
    .slice(0, 12);
  files['/sw.js'] = {
    type: 'text/javascript; charset=utf-8',
    body: compile('sw.ts', { PAGE_VERSION: JSON.stringify(version) }),
  };
  return { files };
}

let loaded: PageAssets | undefined;

/** Read once per process. */
export function loadPageAssets(): PageAssets {
  return (loaded ??= readPageAssets());
}
