import { DynamoDB } from 'aws-sdk';
import { DynamoDbPersistenceAdapter as OfficialAdapter } from 'ask-sdk-dynamodb-persistence-adapter';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../../lambda/store/documentClient';
import { buildSkill } from '../../../lambda/skill';
import { LOCAL_CREDENTIALS } from '../../../tools/dynamodb-local';
import { freshTable } from '../../support/dynamodb';
import { intentRequest, USER_ID } from '../../support/requests';
import { spoken } from '../../support/speech';

/**
 * The official ask-sdk-dynamodb-persistence-adapter (AWS SDK v2) and ours share one item layout, so a
 * table either wrote, including the one an Alexa-hosted skill is given, works with the other. The official
 * adapter appears only here, never in the Lambda bundle.
 */
describe('data written by one adapter is read by the other', () => {
  async function adapters() {
    const config = await freshTable('interchange');
    const official = new OfficialAdapter({
      tableName: config.tableName,
      dynamoDBClient: new DynamoDB({
        endpoint: config.endpoint,
        region: config.region,
        credentials: LOCAL_CREDENTIALS,
      }),
    });
    return { config, official };
  }

  it('the official adapter reads what the skill stored', async () => {
    const { config, official } = await adapters();
    const skill = buildSkill({ storeConfig: config });
    await skill.invoke(intentRequest('AddItemIntent', { item: { value: 'milk', id: 'dairy:milk' }, quantity: '2' }));

    const attributes = await official.getAttributes(intentRequest('ListTrolleyIntent'));
    expect(attributes).toMatchObject({
      schema: 2,
      // "Two milk" is two of its usual unit, so the line is the milk counted in pints.
      lines: { 'milk|pint': { key: 'milk', quantity: 2, unit: 'pint', order: expect.any(Number) } },
    });
  });

  it('the skill reads what the official adapter stored, and its next write keeps it', async () => {
    const { config, official } = await adapters();
    const written = {
      trolley: {
        lines: [{ key: 'bread', name: 'bread', countable: false, aisle: 'bakery', quantity: 1, unit: 'loaf' }],
      },
      somethingElse: { keptBy: 'another feature' },
    };
    await official.saveAttributes(intentRequest('ListTrolleyIntent'), written);

    const skill = buildSkill({ storeConfig: config });
    const listed = await skill.invoke(intentRequest('ListTrolleyIntent'));
    expect(spoken(listed)).toBe("You've got one thing in your trolley. Bakery: a loaf of bread.");

    await skill.invoke(intentRequest('AddItemIntent', { item: { value: 'milk', id: 'dairy:milk' } }));
    const after = await official.getAttributes(intentRequest('ListTrolleyIntent'));
    expect(after).toMatchObject({ somethingElse: { keptBy: 'another feature' } });
    // Migrated to schema 2 on that write, the bread keeping its place before the milk.
    const lines = after.lines as Record<string, { key: string; order: number }>;
    const inOrder = Object.values(lines).sort((a, b) => a.order - b.order);
    expect(inOrder.map((line) => line.key)).toEqual(['bread', 'milk']);
    expect(after).not.toHaveProperty('trolley');
  });

  it('stores { id, attributes, version, writes } in the hosted table’s layout', async () => {
    const { config } = await adapters();
    await buildSkill({ storeConfig: config }).invoke(intentRequest('AddItemIntent', { item: 'milk' }));
    const { Item } = await createDocumentClient(config).send(
      new GetCommand({ TableName: config.tableName, Key: { id: USER_ID } }),
    );
    expect(Object.keys(Item ?? {}).sort()).toEqual(['attributes', 'id', 'version', 'writes']);
    expect(Item).toMatchObject({ id: USER_ID, version: 1, attributes: { schema: 2 } });
  });

  it('carries on after the official adapter’s blind write replaced an item of ours', async () => {
    const { config, official } = await adapters();
    const skill = buildSkill({ storeConfig: config });
    await skill.invoke(intentRequest('AddItemIntent', { item: 'milk' }));
    // The official adapter writes back what it read, without our version or write ids.
    const envelope = intentRequest('ListTrolleyIntent');
    await official.saveAttributes(envelope, await official.getAttributes(envelope));

    const added = await skill.invoke(intentRequest('AddItemIntent', { item: 'bread' }));
    expect(spoken(added)).toBe("Added bread. You've got 2 things in your trolley.");
  });
});
