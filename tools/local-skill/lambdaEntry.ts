/**
 * Loads the skill's Lambda entry the way Lambda would: after the environment is set, since
 * `lambda/index` reads it when first imported.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Skill } from 'ask-sdk-core';
import { exportStorageEnv, type Storage } from './storage';

export interface SkillEntry {
  handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
  readonly skill: Skill;
}

export async function loadSkillEntry(storage: Storage, env: NodeJS.ProcessEnv = process.env): Promise<SkillEntry> {
  exportStorageEnv(storage, env);
  return (await import('../../lambda/index')) as SkillEntry;
}
