import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployHosted, hostedPackageJson, HostedDeployError, hostedSkillId } from '../../../tools/deploy/hosted';
import { withHostedEndpoints, type SkillManifestFile } from '../../../tools/deploy/hostedManifest';
import { intentRequest, launchRequest } from '../../support/requests';
import { spoken } from '../../support/speech';

const HOSTED_ARN = 'arn:aws:lambda:us-east-1:111111111111:function:hosted-skill';
const HOSTED_EU_ARN = 'arn:aws:lambda:eu-west-1:111111111111:function:hosted-skill';
const OWN_ARN = 'arn:aws:lambda:eu-west-1:222222222222:function:ask-trolley-skill';
const HOSTED_SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';

function ourSkillJson(): SkillManifestFile {
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: { locales: { 'en-GB': { name: 'My Trolley' } } },
      apis: { custom: { endpoint: { uri: OWN_ARN }, interfaces: [] } },
      events: { endpoint: { uri: OWN_ARN }, subscriptions: [{ eventName: 'SKILL_DISABLED' }] },
    },
  };
}

/** skill.json as this project commits it: no endpoint and no events (ask-resources.json has the events). */
function committedSkillJson(): SkillManifestFile {
  const { manifest } = ourSkillJson();
  delete manifest.events;
  delete manifest.apis?.custom;
  return { manifest: { ...manifest, apis: { custom: { interfaces: [] } } } };
}

function hostedSkillJson(): SkillManifestFile {
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: { locales: { 'en-US': { name: 'Hello World' } } },
      apis: {
        custom: {
          endpoint: { uri: HOSTED_ARN },
          regions: { EU: { endpoint: { uri: HOSTED_EU_ARN } } },
        },
      },
    },
  };
}

describe("skill.json for a hosted skill: ours, with the hosted skill's endpoints", () => {
  it('keeps everything of ours but where requests go', () => {
    const { skillJson, warnings } = withHostedEndpoints(ourSkillJson(), hostedSkillJson());
    expect(skillJson.manifest.publishingInformation).toEqual(ourSkillJson().manifest.publishingInformation);
    expect(skillJson.manifest.apis).toEqual({
      custom: {
        endpoint: { uri: HOSTED_ARN },
        regions: { EU: { endpoint: { uri: HOSTED_EU_ARN } } },
        interfaces: [],
      },
    });
    expect(warnings).toEqual([]);
  });

  it('sends the skill events ask-resources.json subscribes to to the hosted Lambda', () => {
    const { skillJson } = withHostedEndpoints(committedSkillJson(), hostedSkillJson(), ['SKILL_DISABLED']);
    expect(skillJson.manifest.events).toEqual({
      endpoint: { uri: HOSTED_ARN },
      regions: { EU: { endpoint: { uri: HOSTED_EU_ARN } } },
      subscriptions: [{ eventName: 'SKILL_DISABLED' }],
    });
  });

  it('keeps the subscriptions a self-hosted deploy wrote into skill.json, once each', () => {
    const { skillJson } = withHostedEndpoints(ourSkillJson(), hostedSkillJson(), ['SKILL_DISABLED', 'SKILL_ENABLED']);
    expect(skillJson.manifest.events?.subscriptions).toEqual([
      { eventName: 'SKILL_DISABLED' },
      { eventName: 'SKILL_ENABLED' },
    ]);
  });

  it('subscribes to no events rather than writing events without an endpoint, and says so', () => {
    const { skillJson, warnings } = withHostedEndpoints(committedSkillJson(), undefined, ['SKILL_DISABLED']);
    expect(skillJson.manifest.events).toBeUndefined();
    expect(warnings).toContain('No hosted endpoint to send skill events to: left out SKILL_DISABLED.');
  });

  it('adds no events when nothing is subscribed', () => {
    expect(withHostedEndpoints(committedSkillJson(), hostedSkillJson()).skillJson.manifest.events).toBeUndefined();
  });

  it('never points a hosted skill at our own Lambda, even without a hosted endpoint', () => {
    const { skillJson, warnings } = withHostedEndpoints(ourSkillJson(), undefined);
    expect(JSON.stringify(skillJson)).not.toContain(OWN_ARN);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('leaves its inputs as they were', () => {
    const ours = ourSkillJson();
    withHostedEndpoints(ours, hostedSkillJson());
    expect(ours).toEqual(ourSkillJson());
  });
});

describe("the hosted skill's id", () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'trolley-skill-id-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is the one the ASK CLI recorded in the clone, unless one is given', () => {
    mkdirSync(join(folder, '.ask'));
    writeFileSync(
      join(folder, '.ask', 'ask-states.json'),
      JSON.stringify({ askcliStatesVersion: '2020-03-31', profiles: { default: { skillId: HOSTED_SKILL_ID } } }),
    );
    expect(hostedSkillId(folder, undefined)).toBe(HOSTED_SKILL_ID);
    const given = 'amzn1.ask.skill.99999999-2222-3333-4444-555555555555';
    expect(hostedSkillId(folder, given)).toBe(given);
    rmSync(join(folder, '.ask'), { recursive: true });
  });

  it('must be known and look like a skill id, or nothing is deployed', () => {
    expect(() => hostedSkillId(folder, undefined)).toThrow(/No skill id: .*ask-states\.json has none/);
    expect(() => hostedSkillId(folder, 'my-trolley')).toThrow(/"my-trolley" is not a skill id/);
  });
});

describe('the hosted package.json', () => {
  it('names the bundle and has no dependencies or tools to install', () => {
    const manifest = hostedPackageJson({ name: 'voice-trolley', version: '1.2.3', license: 'Apache-2.0' });
    expect(manifest).toMatchObject({ name: 'voice-trolley', version: '1.2.3', main: 'index.js' });
    expect(manifest).not.toHaveProperty('dependencies');
    expect(manifest).not.toHaveProperty('devDependencies');
    expect(manifest).not.toHaveProperty('scripts');
  });
});

describe('deploying into a clone of a hosted skill (without pushing)', () => {
  let work: string;
  let clone: string;
  let project: string;

  const gitIn = (repo: string, ...args: string[]) =>
    execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();
  const writeJson = (file: string, value: unknown) => {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify(value, null, 2));
  };

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'trolley-hosted-'));
    // A project: our skill package and package.json (the code is always this project's lambda/).
    project = join(work, 'project');
    writeJson(join(project, 'package.json'), {
      name: 'voice-trolley',
      version: '0.1.0',
      devDependencies: { jest: '*' },
    });
    writeJson(join(project, 'skill-package', 'skill.json'), committedSkillJson());
    writeJson(join(project, 'ask-resources.json'), {
      askcliResourcesVersion: '2020-03-31',
      profiles: {
        default: { skillInfrastructure: { userConfig: { skillEvents: { subscriptions: ['SKILL_DISABLED'] } } } },
      },
    });
    writeJson(join(project, 'skill-package', 'interactionModels', 'custom', 'en-GB.json'), { interactionModel: {} });

    // A clone as `ask init --hosted-skill-id` leaves it: the hello-world template on master.
    clone = join(work, 'hosted');
    mkdirSync(clone);
    gitIn(clone, 'init', '--quiet', '--initial-branch=master');
    gitIn(clone, 'config', 'user.name', 'Test');
    gitIn(clone, 'config', 'user.email', 'test@example.com');
    gitIn(clone, 'config', 'commit.gpgsign', 'false');
    writeJson(join(clone, 'lambda', 'package.json'), { name: 'hello-world', dependencies: { 'ask-sdk-core': '^2' } });
    writeFileSync(join(clone, 'lambda', 'index.js'), 'exports.handler = () => {};\n');
    writeFileSync(join(clone, 'lambda', 'util.js'), '\n');
    writeJson(join(clone, 'skill-package', 'skill.json'), hostedSkillJson());
    writeJson(join(clone, 'skill-package', 'interactionModels', 'custom', 'en-US.json'), { interactionModel: {} });
    writeFileSync(join(clone, '.gitignore'), 'ask-resources.json\n.ask/\nlambda/node_modules\n');
    writeJson(join(clone, '.ask', 'ask-states.json'), {
      askcliStatesVersion: '2020-03-31',
      profiles: { default: { skillId: HOSTED_SKILL_ID } },
    });
    writeJson(join(clone, 'ask-resources.json'), {
      askcliResourcesVersion: '2020-03-31',
      profiles: { default: { skillInfrastructure: { type: '@ask-cli/hosted-skill-deployer' } } },
    });
    gitIn(clone, 'add', '--all');
    gitIn(clone, 'commit', '--quiet', '-m', 'Hello world');
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Loads the clone's committed lambda/index.js from a file in a fresh Node.js, as Lambda does, and calls it. */
  function invokeCommitted(envelopes: RequestEnvelope[]): { response?: ResponseEnvelope; error?: string }[] {
    const runner = join(work, 'invoke.js');
    writeFileSync(
      runner,
      `const { handler } = require(${JSON.stringify(join(clone, 'lambda', 'index.js'))});
(async () => {
  const outcomes = [];
  for (const envelope of ${JSON.stringify(envelopes)})
    outcomes.push(await handler(envelope, {}).then((response) => ({ response }), (error) => ({ error: error.message })));
  process.stdout.write(JSON.stringify(outcomes));
})();`,
    );
    const env = { PATH: process.env.PATH ?? '', AWS_REGION: 'eu-west-1', POWERTOOLS_LOG_LEVEL: 'SILENT' };
    // stderr captured, not shown: the SDK's Node.js notice is about the Node.js running the tests, not the bundle.
    const stdio = ['ignore', 'pipe', 'pipe'] as const;
    return JSON.parse(execFileSync(process.execPath, [runner], { encoding: 'utf8', env, stdio: [...stdio] })) as {
      response?: ResponseEnvelope;
      error?: string;
    }[];
  }

  it('refuses a folder that is not a clean clone', async () => {
    await expect(deployHosted({ repo: project, projectRoot: project, push: false, log: () => {} })).rejects.toThrow(
      HostedDeployError,
    );
    writeFileSync(join(clone, 'stray.txt'), 'uncommitted');
    await expect(deployHosted({ repo: clone, projectRoot: project, push: false, log: () => {} })).rejects.toThrow(
      /uncommitted/,
    );
    rmSync(join(clone, 'stray.txt'));
  });

  it('commits the bundle and our skill package, keeping the hosted endpoint', async () => {
    const result = await deployHosted({
      repo: clone,
      projectRoot: project,
      push: false,
      message: 'Deploy the trolley',
      log: () => {},
    });
    expect(result).toMatchObject({ committed: true, pushed: false });

    expect(readdirSync(join(clone, 'lambda')).sort()).toEqual(['index.js', 'index.js.map', 'package.json']);
    const lambdaPackage = JSON.parse(readFileSync(join(clone, 'lambda', 'package.json'), 'utf8')) as object;
    expect(lambdaPackage).toMatchObject({ name: 'voice-trolley', main: 'index.js' });
    expect(lambdaPackage).not.toHaveProperty('dependencies');
    expect(lambdaPackage).not.toHaveProperty('devDependencies');

    expect(existsSync(join(clone, 'skill-package', 'interactionModels', 'custom', 'en-GB.json'))).toBe(true);
    expect(existsSync(join(clone, 'skill-package', 'interactionModels', 'custom', 'en-US.json'))).toBe(false);
    const skillJson = JSON.parse(readFileSync(join(clone, 'skill-package', 'skill.json'), 'utf8')) as SkillManifestFile;
    expect(skillJson.manifest.apis).toMatchObject({ custom: { endpoint: { uri: HOSTED_ARN } } });
    expect(skillJson.manifest.events).toMatchObject({
      endpoint: { uri: HOSTED_ARN },
      subscriptions: [{ eventName: 'SKILL_DISABLED' }],
    });
    expect(skillJson.manifest.publishingInformation).toEqual(ourSkillJson().manifest.publishingInformation);

    expect(gitIn(clone, 'log', '-1', '--format=%s')).toBe('Deploy the trolley');
    expect(gitIn(clone, 'status', '--porcelain')).toBe('');
  }, 120_000);

  it("commits a bundle that answers the hosted skill's requests and refuses any other skill's", () => {
    // Help needs no DynamoDB, and the skill id is checked before any handler runs.
    const [own, foreign] = invokeCommitted([
      intentRequest('AMAZON.HelpIntent', {}, { skillId: HOSTED_SKILL_ID }),
      launchRequest({ skillId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000' }),
    ]);
    expect(spoken(own?.response as ResponseEnvelope)).toMatch(/^I keep your shopping trolley\./);
    expect(foreign).toEqual({ error: expect.stringMatching(/skill id|application id/i) });
    expect(gitIn(clone, 'status', '--porcelain')).toBe('');
  }, 120_000);

  it('makes no empty commit when nothing changed', async () => {
    const before = gitIn(clone, 'rev-parse', 'HEAD');
    const result = await deployHosted({ repo: clone, projectRoot: project, push: false, log: () => {} });
    expect(result.committed).toBe(false);
    expect(gitIn(clone, 'rev-parse', 'HEAD')).toBe(before);
  }, 120_000);
});
