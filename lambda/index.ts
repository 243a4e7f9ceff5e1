import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { phoneAppFor } from './phone/entry';
import { functionUrlHandler } from './phone/functionUrl';
import type { PhoneApp } from './phone/phoneApp';
import { buildSkill } from './skill';
import { storeConfigFromEnv } from './store/config';

/**
 * The skill id `npm run deploy:hosted` bakes into the hosted bundle (esbuild `define`): an Alexa-hosted
 * Lambda has no environment variables of ours, so this is how it learns which skill it serves. `undefined`
 * in every other bundle, and undeclared when run from source.
 */
declare const BUNDLED_SKILL_ID: string | undefined;
const bundledSkillId = typeof BUNDLED_SKILL_ID === 'string' ? BUNDLED_SKILL_ID : undefined;

/** Built once per Lambda container, so warm requests reuse the DynamoDB connection. */
export const skill = buildSkill({ skillId: bundledSkillId ?? (process.env.SKILL_ID || undefined) });

/**
 * The Lambda entry. Async rather than `.lambda()`'s callback style, which the Node.js 24 runtime no
 * longer calls.
 */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}

/** The phone page's app, built on its first request: the skill's own function never pays for it. */
let phoneApp: PhoneApp | undefined;

/**
 * The phone page's Lambda entry, behind a function URL (the stack's second function runs the same bundle
 * with this handler).
 */
export const phoneHandler = functionUrlHandler(() => (phoneApp ??= phoneAppFor(storeConfigFromEnv())));
