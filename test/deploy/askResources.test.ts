import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readTemplate } from './cloudformation';

const ROOT = join(__dirname, '..', '..');

interface AskResources {
  askcliResourcesVersion: string;
  profiles: Record<
    string,
    {
      skillMetadata: { src: string };
      code: Record<string, { src: string }>;
      skillInfrastructure: {
        type: string;
        userConfig: {
          runtime: string;
          handler: string;
          templatePath: string;
          awsRegion?: string;
          skillEvents?: { subscriptions?: string[]; publications?: string[] };
          cfn?: { parameters?: Record<string, string> };
        };
      };
    }
  >;
}

const askResources = JSON.parse(readFileSync(join(ROOT, 'ask-resources.json'), 'utf8')) as AskResources;
const profile = askResources.profiles.default;

describe('ask-resources.json', () => {
  it('is in the ASK CLI v2 format, with a default profile', () => {
    expect(askResources.askcliResourcesVersion).toBe('2020-03-31');
    expect(profile).toBeDefined();
  });

  it('points at the skill package and the Lambda code, which exist', () => {
    expect(profile?.skillMetadata.src).toBe('./skill-package');
    expect(existsSync(join(ROOT, 'skill-package', 'skill.json'))).toBe(true);
    expect(profile?.code.default?.src).toBe('./lambda');
    expect(statSync(join(ROOT, 'lambda')).isDirectory()).toBe(true);
    expect(existsSync(join(ROOT, 'lambda', 'index.ts'))).toBe(true);
  });

  describe('skillInfrastructure', () => {
    const infrastructure = profile?.skillInfrastructure;
    const userConfig = infrastructure?.userConfig;

    it('deploys with the cfn-deployer and our template, which exists', () => {
      expect(infrastructure?.type).toBe('@ask-cli/cfn-deployer');
      expect(userConfig?.templatePath).toBe('./infrastructure/cfn-deployer/skill-stack.yaml');
      expect(existsSync(join(ROOT, userConfig?.templatePath ?? 'missing'))).toBe(true);
    });

    it('asks for a runtime the template accepts, and the handler the bundle exports', () => {
      const template = readTemplate(join(ROOT, userConfig?.templatePath ?? 'missing'));
      const pattern = new RegExp(String(template.Parameters?.LambdaRuntime?.AllowedPattern));
      expect(userConfig?.runtime).toMatch(pattern);
      expect(userConfig?.runtime).toMatch(/^nodejs\d+\.x$/);
      expect(Number(/\d+/.exec(userConfig?.runtime ?? '')?.[0])).toBeGreaterThanOrEqual(22);
      expect(userConfig?.handler).toBe('index.handler');
    });

    it('passes no parameter the deployer reserves for itself', () => {
      const reserved = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];
      expect(Object.keys(userConfig?.cfn?.parameters ?? {}).filter((name) => reserved.includes(name))).toEqual([]);
    });

    it('subscribes the skill to SKILL_DISABLED, so a user who disables the skill has their trolley deleted', () => {
      expect(userConfig?.skillEvents?.subscriptions).toContain('SKILL_DISABLED');
    });
  });

  it('is the one place events are declared: skill.json has none, since it has no endpoint to send them to', () => {
    const skillJson = JSON.parse(readFileSync(join(ROOT, 'skill-package', 'skill.json'), 'utf8')) as {
      manifest: { events?: unknown; apis?: { custom?: { endpoint?: unknown } } };
    };
    expect(skillJson.manifest.apis?.custom?.endpoint).toBeUndefined();
    expect(skillJson.manifest.events).toBeUndefined();
  });
});

describe('hooks/build.sh', () => {
  const hook = join(ROOT, 'hooks', 'build.sh');

  it('is an executable bash script that stops at the first error', () => {
    expect(statSync(hook).mode & 0o111).toBe(0o111);
    const text = readFileSync(hook, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^#!(\/usr\/bin\/env bash|\/bin\/bash)$/);
    expect(text).toContain('set -euo pipefail');
  });

  it('type-checks, then builds through the same bundler as npm run build', () => {
    const text = readFileSync(hook, 'utf8');
    expect(text).toMatch(/tsc --noEmit -p/);
    expect(text).toContain('tools/build/bundle.ts');
  });
});
