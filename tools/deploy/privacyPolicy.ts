/**
 * Sets the privacy policy address certification asks for: `privacyPolicyUrl` in every locale of
 * skill-package/skill.json's `privacyAndCompliance.locales`. Both routes upload that file (ask deploy as it
 * is, deploy:hosted through the clone), so this one setting serves both. Publish docs/privacy.md (or your
 * own policy) at that address first.
 *
 *   npm run privacy-url -- https://example.org/my-trolley/privacy
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../build/paths';
import { runAsMain, UsageError, type Command } from '../command';

export const SKILL_JSON = join(PROJECT_ROOT, 'skill-package', 'skill.json');

type Json = Record<string, unknown>;
interface SkillJson {
  manifest: Json & {
    publishingInformation?: { locales?: Record<string, unknown> };
    privacyAndCompliance?: Json & { locales?: Record<string, Json> };
  };
}

export class PrivacyUrlError extends Error {
  override readonly name = 'PrivacyUrlError';
}

/** Only an https address a browser can open is accepted: certification follows the link. */
export function checkedPrivacyUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PrivacyUrlError(`"${text}" is not an address: give the full https:// address of the policy.`);
  }
  if (url.protocol !== 'https:') throw new PrivacyUrlError(`"${text}" is not https: certification asks for https.`);
  return url.href;
}

/** skill.json with the policy address in every published locale; everything else as it was. */
export function withPrivacyUrl(skillJson: SkillJson, address: string): SkillJson {
  const updated = structuredClone(skillJson);
  const privacy = (updated.manifest.privacyAndCompliance ??= {});
  const locales = (privacy.locales ??= {});
  for (const locale of Object.keys(updated.manifest.publishingInformation?.locales ?? {}))
    locales[locale] = { ...locales[locale], privacyPolicyUrl: checkedPrivacyUrl(address) };
  return updated;
}

/**
 * Writes skill.json as the project formats it, so a diff shows little but what changed. Prettier is loaded
 * only here: its own dynamic imports cannot run inside jest, which loads this module for its tests.
 */
export async function writeSkillJson(skillJson: unknown): Promise<void> {
  const { format, resolveConfig } = await import('prettier');
  const options = { ...(await resolveConfig(SKILL_JSON)), filepath: SKILL_JSON };
  writeFileSync(SKILL_JSON, await format(JSON.stringify(skillJson, null, 2), options));
}

export const privacyUrlCommand: Command<Record<never, never>> = {
  name: 'npm run privacy-url',
  usage: `Usage: npm run privacy-url -- https://<where your privacy policy is published>

Writes that address as privacyPolicyUrl into every locale of skill-package/skill.json.`,
  options: {},
  maxPositionals: 1,
  userErrors: [PrivacyUrlError],
  async run(_values, [address]) {
    if (!address) throw new UsageError('the address of the published privacy policy is missing');
    const skillJson = JSON.parse(readFileSync(SKILL_JSON, 'utf8')) as SkillJson;
    const updated = withPrivacyUrl(skillJson, address);
    await writeSkillJson(updated);
    const locales = Object.keys(updated.manifest.privacyAndCompliance?.locales ?? {});
    console.log(`skill.json: privacyPolicyUrl ${checkedPrivacyUrl(address)} in ${locales.join(', ')}.`);
    return 0;
  },
};

if (require.main === module) runAsMain(privacyUrlCommand);
