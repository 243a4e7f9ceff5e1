import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill, createStore } from '../../lambda/skill';
import type { StoreConfig } from '../../lambda/store/config';
import { freshTable } from './dynamodb';

export interface TestSkill {
  readonly config: StoreConfig;
  send(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
  /** What the trolley holds now, read through the store as the skill would. */
  lines(userKey: string): Promise<readonly { key: string; quantity?: number; unit?: string; name: string }[]>;
}

/** The real skill over a fresh table in DynamoDB Local. */
export async function skillOnDynamoDbLocal(options: { skillId?: string } = {}): Promise<TestSkill> {
  const config = await freshTable();
  const skill = buildSkill({ storeConfig: config, skillId: options.skillId });
  const { store } = createStore(config);
  return {
    config,
    send: (envelope) => skill.invoke(envelope),
    lines: async (userKey) => (await store.load(userKey)).trolley.lines,
  };
}
