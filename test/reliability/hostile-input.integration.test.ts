import fc from 'fast-check';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { buildSkill } from '../../lambda/skill';
import type { StoreConfig } from '../../lambda/store/config';
import { createDocumentClient } from '../../lambda/store/documentClient';
import { freshTable } from '../support/dynamodb';
import { SKILL_ID } from '../support/requests';
import { expectBoundedItem } from './support/alexaResponse';
import { answerIsValid, conversation, USER } from './support/hostileConversation';

/**
 * The hostile-input properties of hostile-input.test.ts, fewer times, against DynamoDB Local: what it holds
 * stays bounded too.
 */
describe('hostile requests against DynamoDB Local', () => {
  let config: StoreConfig;
  beforeAll(async () => {
    config = await freshTable('hostile');
  });

  it('every answer is valid and what DynamoDB Local holds stays bounded', async () => {
    const reader = createDocumentClient(config);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(conversation, async (envelopes) => {
        run += 1;
        const skill = buildSkill({ skillId: SKILL_ID, storeConfig: config });
        const userId = `${USER}-${run}`;
        for (const envelope of envelopes) {
          if (envelope.context.System.user) envelope.context.System.user.userId = userId;
          await answerIsValid((request) => skill.invoke(request), envelope);
          const { Item } = await reader.send(new GetCommand({ TableName: config.tableName, Key: { id: userId } }));
          expectBoundedItem(Item);
        }
      }),
      { numRuns: 40 },
    );
  });
});
