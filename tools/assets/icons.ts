/**
 * Renders the skill's icons from one SVG source, tools/assets/icon.svg, into the sizes the skill manifest
 * asks for: 108×108 (smallIconUri) and 512×512 (largeIconUri), as PNGs in skill-package/assets/images/, which
 * skill.json names as `file://assets/images/…` for the ASK CLI to upload with the skill package.
 *
 *   npm run icons [-- --check]
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../build/paths';
import { runAsMain, type Command, type ParsedOptions } from '../command';

export const ICON_SOURCE = join(PROJECT_ROOT, 'tools', 'assets', 'icon.svg');
export const ICON_DIR = join(PROJECT_ROOT, 'skill-package', 'assets', 'images');

/** Each icon the manifest names: its file, its side in pixels and the manifest key that points at it. */
export const ICONS = [
  { file: 'icon-108.png', size: 108, manifestKey: 'smallIconUri' },
  { file: 'icon-512.png', size: 512, manifestKey: 'largeIconUri' },
] as const;

/** What skill.json says for an icon: a path in the skill package that `ask deploy` uploads. */
export function iconUri(file: string): string {
  return `file://assets/images/${file}`;
}

/** The PNG for one size. No text in the icon and no system fonts loaded, so every machine renders the same bytes. */
export function renderIcon(size: number, svg = readFileSync(ICON_SOURCE, 'utf8')): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

const OPTIONS = { check: { type: 'boolean' } } as const;

function renderIcons(values: ParsedOptions<typeof OPTIONS>): number {
  const svg = readFileSync(ICON_SOURCE, 'utf8');
  mkdirSync(ICON_DIR, { recursive: true });
  let stale = 0;
  for (const icon of ICONS) {
    const file = join(ICON_DIR, icon.file);
    const png = renderIcon(icon.size, svg);
    if (values.check) {
      const same = (() => {
        try {
          return readFileSync(file).equals(png);
        } catch {
          return false;
        }
      })();
      if (!same) stale += 1;
      console.log(`${same ? 'up to date' : 'STALE'}: ${icon.file}`);
    } else {
      writeFileSync(file, png);
      console.log(`wrote ${icon.file} (${icon.size}×${icon.size}, ${png.length} B)`);
    }
  }
  if (stale > 0) console.error('Run `npm run icons` to render them again from tools/assets/icon.svg.');
  return stale > 0 ? 1 : 0;
}

export const iconsCommand: Command<typeof OPTIONS> = {
  name: 'npm run icons',
  usage: `Usage: npm run icons [-- --check]

Renders tools/assets/icon.svg into skill-package/assets/images/icon-108.png and icon-512.png.

  --check   write nothing; exit 1 when a committed icon differs from what would be rendered`,
  options: OPTIONS,
  run: renderIcons,
};

if (require.main === module) runAsMain(iconsCommand);
