import type { Plugin } from 'esbuild';
import { readPageAssets } from '../../lambda/phone/pageAssets';

/**
 * Swaps `lambda/phone/pageAssets.ts` in the Lambda bundle for its result, computed now: the page's files
 * compiled and read at build time, so Lambda carries them as strings and needs neither esbuild nor the files.
 */
export function pageAssetsPlugin(): Plugin {
  return {
    name: 'phone-page-assets',
    setup(build) {
      build.onResolve({ filter: /^\.\/pageAssets$/ }, (args) =>
        /[\\/]lambda[\\/]phone$/.test(args.resolveDir)
          ? { path: 'phone-page-assets', namespace: 'phone-page' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'phone-page' }, () => ({
        // As JSON text in one string: the page's line breaks stay escaped, so the minified bundle stays a few
        // long lines (esbuild turns a string with line breaks into a template literal that keeps them).
        contents: `const assets = JSON.parse(${JSON.stringify(JSON.stringify(readPageAssets()))});\nexport function loadPageAssets() { return assets; }\n`,
        loader: 'js',
      }));
    },
  };
}
