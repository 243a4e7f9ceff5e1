import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from './skill';

/** Built once per Lambda container, so warm requests reuse the DynamoDB connection. */
export const skill = buildSkill({ skillId: process.env.SKILL_ID || undefined });

/**
 * The Lambda entry. Async rather than `.lambda()`'s callback style, which the Node.js 24 runtime no
 * longer calls.
 */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
