import settings from '../skill-settings.json';

/**
 * The name people say to reach the skill ("Alexa, open my trolley"). It is set in one place,
 * skill-settings.json (`npm run generate:model -- --invocation-name "…"` writes it there), and the interaction
 * models, skill.json's listing and the skill's own words all take it from here.
 */
export const INVOCATION_NAME: string = settings.invocationName;

/** The name the Alexa app and the cards show: the spoken name in title case, so people find what they say. */
export function skillNameOf(invocationName: string): string {
  return invocationName.replace(/(^|\s)([a-z])/g, (_whole, space: string, letter: string) => {
    return `${space}${letter.toUpperCase()}`;
  });
}

export const SKILL_NAME = skillNameOf(INVOCATION_NAME);
