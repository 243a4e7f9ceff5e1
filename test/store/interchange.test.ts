import { DynamoDB } from 'aws-sdk';
import { DynamoDbPersistenceAdapter as OfficialAdapter } from 'ask-sdk-dynamodb-persistence-adapter';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../lambda/store/documentClient';
import { DynamoDbPersistenceAdapter } from '../../lambda/store/dynamoDbPersistenceAdapter';
import { buildSkill } from '../../lambda/skill';
import { LOCAL_CREDENTIALS } from '../../tools/dynamodb-local';
import { freshTable } from '../support/dynamodb';
import { intentRequest, USER_ID } from '../support/requests';
import { spoken } from '../support/speech';

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
    const ours = new DynamoDbPersistenceAdapter({
      tableName: config.tableName,
      documentClient: createDocumentClient(config),
    });
    return { config, official, ours };
  }

  it('the official adapter reads what the skill stored', async () => {
    const { config, official } = await adapters();
    const skill = buildSkill({ storeConfig: config });
    await skill.invoke(intentRequest('AddItemIntent', { item: { value: 'milk', id: 'dairy:milk' }, quantity: '2' }));

    const attributes = await official.getAttributes(intentRequest('ListTrolleyIntent'));
    expect(attributes).toMatchObject({ trolley: { lines: [{ key: 'milk', quantity: 2 }] } });
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
    expect((after.trolley as { lines: { key: string }[] }).lines.map((line) => line.key)).toEqual(['bread', 'milk']);
  });

  it('stores { id, attributes, version } exactly as the hosted table expects', async () => {
    const { config, ours } = await adapters();
    const envelope = intentRequest('ListTrolleyIntent');
    await ours.getAttributes(envelope);
    await ours.saveAttributes(envelope, { hello: 'world' });
    const { Item } = await createDocumentClient(config).send(
      new GetCommand({ TableName: config.tableName, Key: { id: USER_ID } }),
    );
    expect(Item).toEqual({ id: USER_ID, attributes: { hello: 'world' }, version: 1 });
  });

  it('our saveAttributes refuses to overwrite a change made since its getAttributes', async () => {
    const { ours } = await adapters();
    const first = intentRequest('ListTrolleyIntent');
    const second = intentRequest('ListTrolleyIntent');
    await ours.getAttributes(first);
    await ours.getAttributes(second);
    await ours.saveAttributes(second, { from: 'second device' });
    await expect(ours.saveAttributes(first, { from: 'first device' })).rejects.toThrow(/changed/);
    expect(await ours.getAttributes(intentRequest('ListTrolleyIntent'))).toEqual({ from: 'second device' });
  });
});
