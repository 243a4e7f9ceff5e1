import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../lambda/skill';
import { storeConfigFromEnv } from '../lambda/store/config';
import { conventionalStorage, dynamoDbV2 } from './conventional-storage';

/**
 * The conventional build's Lambda entry: the same handlers as `lambda/index.ts`, with the official
 * persistence adapter (AWS SDK v2) wired in instead of ours. The bench bundles it exactly as it bundles ours.
 */
const config = storeConfigFromEnv();

export const skill = buildSkill({
  skillId: process.env.SKILL_ID || undefined,
  store: conventionalStorage(config.tableName, dynamoDbV2(config)),
});

export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
