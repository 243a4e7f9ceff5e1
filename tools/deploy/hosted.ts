/**
 * Deploys the skill to an Alexa-hosted skill. `ask deploy` does not deploy hosted skills; a `git push` to the
 * hosted skill's own repository (AWS CodeCommit) does, and its runtime loads `lambda/index.js`. So we build
 * the TypeScript into the clone of that repository, commit there and push: nothing compiled is ever committed
 * to this project.
 *
 *   npm run deploy:hosted -- --repo ../my-trolley-hosted [--branch master] [--no-push] [--message "…"]
 */
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runAsMain, UsageError, type Command } from '../command';
import {
  BundleRefusedError,
  bundleLambda,
  CODE_FILE,
  describeBundle,
  MAP_FILE,
  SKILL_ID_PATTERN,
} from '../build/bundle';
import { PROJECT_ROOT } from '../build/paths';
import { recordedSkillId, skillEventSubscriptions } from './askProject';
import { describeHead, git, GitError, gitInteractive } from './git';
import { isSkillManifestFile, withHostedEndpoints, type SkillManifestFile } from './hostedManifest';

/**
 * The branches an Alexa-hosted repository deploys from (ASK CLI: "The master branch gets deployed to skill's
 * development stage, the prod branch gets deployed to skill's live stage"). Other branches deploy nothing.
 */
export const DEPLOYING_BRANCHES = ['master', 'prod'] as const;
export const DEFAULT_BRANCH = 'master';
const HOSTED_DEPLOYER = '@ask-cli/hosted-skill-deployer';

export class HostedDeployError extends Error {
  override readonly name = 'HostedDeployError';
}

export interface HostedDeployOptions {
  /** The clone of the hosted skill's repository (`ask init --hosted-skill-id …` or `ask new`). */
  readonly repo: string;
  /** The hosted skill's id, built into the bundle; by default the one in the clone's `.ask/ask-states.json`. */
  readonly skillId?: string;
  readonly branch?: string;
  /** Commit in the clone but leave the push to the user. */
  readonly push?: boolean;
  readonly message?: string;
  /**
   * Where skill-package/, ask-resources.json (its skill events) and package.json come from; this project by
   * default (tests use a stand-in). The code is always this project's lambda/.
   */
  readonly projectRoot?: string;
  readonly log?: (line: string) => void;
}

export interface HostedDeployResult {
  readonly committed: boolean;
  readonly pushed: boolean;
  readonly commit: string | undefined;
  readonly warnings: readonly string[];
}

interface ProjectPackage {
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly license?: string;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Refuses anything but a clean clone of another repository: the deploy deletes and rewrites folders in it. */
export function checkHostedClone(repo: string, projectRoot: string): void {
  if (!existsSync(repo)) throw new HostedDeployError(`${repo} does not exist. Clone the hosted skill first.`);
  let top: string;
  try {
    top = realpathSync(git(repo, ['rev-parse', '--show-toplevel']));
  } catch (error) {
    throw new HostedDeployError(`${repo} is not a git repository: clone the hosted skill's repository there.`, {
      cause: error,
    });
  }
  if (top !== realpathSync(repo))
    throw new HostedDeployError(`${repo} is inside the repository ${top}; give the clone's top folder.`);
  if (top === realpathSync(projectRoot))
    throw new HostedDeployError('--repo is this project itself; give the clone of the hosted skill instead.');

  const askResources = join(repo, 'ask-resources.json');
  if (existsSync(askResources)) {
    const type = (readJson(askResources) as { profiles?: Record<string, { skillInfrastructure?: { type?: string } }> })
      .profiles?.default?.skillInfrastructure?.type;
    if (type && type !== HOSTED_DEPLOYER)
      throw new HostedDeployError(`${repo} deploys with ${type}, not as an Alexa-hosted skill (${HOSTED_DEPLOYER}).`);
  }
  if (git(repo, ['status', '--porcelain']))
    throw new HostedDeployError(`${repo} has uncommitted changes; commit or stash them first.`);
}

/** A package.json for the hosted Lambda: the bundle carries its dependencies, so the hosted build installs none. */
export function hostedPackageJson(project: ProjectPackage): Record<string, unknown> {
  return {
    name: project.name,
    version: project.version,
    private: true,
    ...(project.description ? { description: project.description } : {}),
    ...(project.license ? { license: project.license } : {}),
    main: CODE_FILE,
  };
}

function readSkillJson(file: string, whose: string): SkillManifestFile {
  const value = readJson(file);
  if (!isSkillManifestFile(value)) throw new HostedDeployError(`${whose} ${file} has no "manifest".`);
  return value;
}

/**
 * The id of the skill the clone deploys: given, or recorded by the ASK CLI in the clone. The bundle refuses
 * requests for any other skill, as the self-hosted Lambda does with `SKILL_ID`; so no id, no deploy.
 */
export function hostedSkillId(repo: string, given: string | undefined): string {
  const skillId = given ?? recordedSkillId(repo);
  if (!skillId)
    throw new HostedDeployError(
      `No skill id: ${join(repo, '.ask', 'ask-states.json')} has none. Clone with \`ask init --hosted-skill-id <id>\` ` +
        'or pass --skill-id amzn1.ask.skill.…',
    );
  if (!SKILL_ID_PATTERN.test(skillId))
    throw new HostedDeployError(`"${skillId}" is not a skill id (amzn1.ask.skill. and a UUID).`);
  return skillId;
}

export async function deployHosted(options: HostedDeployOptions): Promise<HostedDeployResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const projectRoot = resolve(options.projectRoot ?? PROJECT_ROOT);
  const repo = resolve(options.repo);
  const branch = options.branch ?? DEFAULT_BRANCH;
  const push = options.push ?? true;
  const warnings: string[] = [];
  const warn = (line: string) => {
    warnings.push(line);
    log(`warning: ${line}`);
  };

  checkHostedClone(repo, projectRoot);
  const skillId = hostedSkillId(repo, options.skillId);
  const ourSkillJson = join(projectRoot, 'skill-package', 'skill.json');
  if (!existsSync(ourSkillJson)) throw new HostedDeployError(`${ourSkillJson} is missing.`);
  if (!(DEPLOYING_BRANCHES as readonly string[]).includes(branch))
    warn(`Alexa-hosted skills deploy from ${DEPLOYING_BRANCHES.join(' and ')}; pushing "${branch}" deploys nothing.`);

  git(repo, ['checkout', branch]);
  if (push) gitInteractive(repo, ['pull', '--ff-only', 'origin', branch]);

  // Bundle outside the clone first, so a refused bundle leaves the clone untouched; inside this project, so
  // the source map names our files relative to it (../../lambda/…), not to wherever a temp folder was.
  const staging = join(PROJECT_ROOT, 'dist', 'hosted');
  rmSync(staging, { recursive: true, force: true });
  const bundle = await bundleLambda({
    outDir: staging,
    target: 'node16',
    metafilePath: join(PROJECT_ROOT, 'dist', 'meta.node16.json'),
    skillId,
  });
  log(`Built the skill for Node.js 16, answering only ${skillId}:\n${describeBundle(bundle)}`);

  const lambdaDir = join(repo, 'lambda');
  rmSync(lambdaDir, { recursive: true, force: true });
  mkdirSync(lambdaDir, { recursive: true });
  cpSync(bundle.codeFile, join(lambdaDir, CODE_FILE));
  cpSync(bundle.mapFile, join(lambdaDir, MAP_FILE));
  writeJson(
    join(lambdaDir, 'package.json'),
    hostedPackageJson(readJson(join(projectRoot, 'package.json')) as ProjectPackage),
  );

  const hostedSkillJsonFile = join(repo, 'skill-package', 'skill.json');
  const hostedSkillJson = existsSync(hostedSkillJsonFile)
    ? readSkillJson(hostedSkillJsonFile, 'The hosted')
    : undefined;
  if (!hostedSkillJson) warn(`${hostedSkillJsonFile} is missing: the skill keeps no hosted endpoint.`);
  const merged = withHostedEndpoints(
    readSkillJson(ourSkillJson, 'Our'),
    hostedSkillJson,
    skillEventSubscriptions(projectRoot),
  );
  merged.warnings.forEach(warn);
  rmSync(join(repo, 'skill-package'), { recursive: true, force: true });
  cpSync(join(projectRoot, 'skill-package'), join(repo, 'skill-package'), { recursive: true });
  writeJson(hostedSkillJsonFile, merged.skillJson);

  git(repo, ['add', '--all', '--', 'lambda', 'skill-package']);
  const changed = git(repo, ['diff', '--cached', '--name-only']);
  let commit: string | undefined;
  if (changed) {
    const source = describeHead(projectRoot);
    const message = options.message ?? `Deploy voice trolley${source ? ` from ${source}` : ''}`;
    git(repo, ['commit', '--quiet', '-m', message]);
    commit = git(repo, ['rev-parse', '--short', 'HEAD']);
    log(`Committed ${commit} in ${repo}:\n${changed}`);
  } else {
    log('Nothing changed since the last deploy; no new commit.');
  }

  if (push) {
    gitInteractive(repo, ['push', 'origin', branch]);
    log(`Pushed ${branch}: the hosted skill builds and deploys it in a minute or two.`);
  } else {
    log(`Not pushed (--no-push). To deploy: git -C ${repo} push origin ${branch}`);
  }
  return { committed: changed.length > 0, pushed: push, commit, warnings };
}

const USAGE = `Usage: npm run deploy:hosted -- --repo <clone of the hosted skill's repository> [options]

Builds lambda/ for Node.js 16, answering the hosted skill's id only, into the clone's lambda/index.js (+ map
and a package.json with no dependencies), replaces the clone's skill-package/ with ours (keeping the hosted
skill's endpoints in skill.json, and sending the skill events of our ask-resources.json to them), commits in
the clone and pushes it, which deploys the hosted skill.

  --repo <path>       the clone (made by \`ask init --hosted-skill-id <id>\` or \`ask new\`); required
  --skill-id <id>     the hosted skill's id, which the bundle accepts requests for (no other); default: the
                      one in the clone's .ask/ask-states.json
  --branch <name>     ${DEPLOYING_BRANCHES.join(' (development stage) or ')} (live stage); default ${DEFAULT_BRANCH}
  --no-push           commit in the clone but do not push
  --message <text>    the commit message (default: "Deploy voice trolley from <this project's commit>")
  --help              show this help`;

const OPTIONS = {
  repo: { type: 'string' },
  'skill-id': { type: 'string' },
  branch: { type: 'string' },
  'no-push': { type: 'boolean' },
  message: { type: 'string', short: 'm' },
} as const;

export const deployHostedCommand: Command<typeof OPTIONS> = {
  name: 'npm run deploy:hosted',
  usage: USAGE,
  options: OPTIONS,
  userErrors: [HostedDeployError, GitError, BundleRefusedError],
  async run(values) {
    if (!values.repo) throw new UsageError('--repo is required');
    await deployHosted({
      repo: values.repo,
      ...(values['skill-id'] ? { skillId: values['skill-id'] } : {}),
      ...(values.branch ? { branch: values.branch } : {}),
      push: !values['no-push'],
      ...(values.message ? { message: values.message } : {}),
    });
    return 0;
  },
};

if (require.main === module) runAsMain(deployHostedCommand);
