import { readFileSync } from 'node:fs';
import { checkedPrivacyUrl, PrivacyUrlError, SKILL_JSON, withPrivacyUrl } from '../../../tools/deploy/privacyPolicy';

const committed = JSON.parse(readFileSync(SKILL_JSON, 'utf8')) as Parameters<typeof withPrivacyUrl>[0];
const ADDRESS = 'https://example.org/my-trolley/privacy';

describe('npm run privacy-url', () => {
  it('puts the address in every locale the skill is published in, as certification asks', () => {
    const updated = withPrivacyUrl(committed, ADDRESS);
    const published = Object.keys(committed.manifest.publishingInformation?.locales ?? {});
    expect(published).toHaveLength(5);
    expect(updated.manifest.privacyAndCompliance?.locales).toEqual(
      Object.fromEntries(published.map((locale) => [locale, { privacyPolicyUrl: ADDRESS }])),
    );
  });

  it('keeps the rest of the manifest, and the file it was read from, as they were', () => {
    const before = structuredClone(committed);
    const updated = withPrivacyUrl(committed, ADDRESS);
    expect(committed).toEqual(before);
    const { locales, ...declarations } = updated.manifest.privacyAndCompliance ?? {};
    expect(locales).toBeDefined();
    expect(declarations).toEqual(before.manifest.privacyAndCompliance);
    expect(updated.manifest.publishingInformation).toEqual(before.manifest.publishingInformation);
  });

  it('refuses an address that is not https, or not an address', () => {
    expect(() => checkedPrivacyUrl('http://example.org/privacy')).toThrow(PrivacyUrlError);
    expect(() => checkedPrivacyUrl('example.org/privacy')).toThrow(/not an address/);
    expect(checkedPrivacyUrl(ADDRESS)).toBe(ADDRESS);
  });
});
