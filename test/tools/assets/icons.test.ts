import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_DIR, ICONS, iconUri, renderIcon } from '../../../tools/assets/icons';
import { SUPPORTED_LOCALES } from '../../../lambda/locales';

const skillJson = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'skill-package', 'skill.json'), 'utf8'),
) as {
  manifest: { publishingInformation: { locales: Record<string, Record<string, string>> } };
};

/** Width and height from a PNG's IHDR chunk, which the format puts first, right after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(ICONS)('the $size×$size icon ($file)', (icon) => {
  const file = join(ICON_DIR, icon.file);

  it('is a PNG of exactly that size in the skill package', () => {
    expect(existsSync(file)).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: icon.size, height: icon.size });
  });

  it('is what `npm run icons` renders from tools/assets/icon.svg, byte for byte', () => {
    expect(readFileSync(file).equals(renderIcon(icon.size))).toBe(true);
  });

  it.each(SUPPORTED_LOCALES)(`is the %s ${icon.manifestKey} in skill.json`, (locale) => {
    expect(skillJson.manifest.publishingInformation.locales[locale]?.[icon.manifestKey]).toBe(iconUri(icon.file));
  });
});

describe('rendering the icon', () => {
  it('follows the SVG source (the comparison above can fail)', () => {
    const recoloured = readFileSync(join(__dirname, '..', '..', '..', 'tools', 'assets', 'icon.svg'), 'utf8').replace(
      '#1f7a4d',
      '#7a1f1f',
    );
    expect(renderIcon(108, recoloured).equals(renderIcon(108))).toBe(false);
  });
});
