/**
 * What the ASK CLI's own files in a project say: the skill events `ask-resources.json` subscribes to, and the
 * skill id `.ask/ask-states.json` records. Read here, in one place, for the deploys that need them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Profile {
  readonly skillId?: unknown;
  readonly skillInfrastructure?: { readonly userConfig?: { readonly skillEvents?: { subscriptions?: unknown } } };
}

function defaultProfile(file: string): Profile | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { profiles?: Record<string, Profile> };
  return parsed.profiles?.default;
}

/** `skillEvents.subscriptions` of the default profile in `<root>/ask-resources.json` (none when absent). */
export function skillEventSubscriptions(root: string): string[] {
  const subscriptions = defaultProfile(join(root, 'ask-resources.json'))?.skillInfrastructure?.userConfig?.skillEvents
    ?.subscriptions;
  return Array.isArray(subscriptions) ? subscriptions.filter((name): name is string => typeof name === 'string') : [];
}

/**
 * The skill id the ASK CLI recorded for the default profile of the project at `root`, in
 * `.ask/ask-states.json` (what `ask init --hosted-skill-id`, `ask new` and `ask deploy` write). Undefined
 * when it has none.
 */
export function recordedSkillId(root: string): string | undefined {
  const skillId = defaultProfile(join(root, '.ask', 'ask-states.json'))?.skillId;
  return typeof skillId === 'string' && skillId ? skillId : undefined;
}
