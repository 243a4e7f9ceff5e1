import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { buildSkill, createStore } from '../../lambda/skill';
import { createDocumentClient } from '../../lambda/store/documentClient';
import { Schema1TrolleyStore } from '../../bench/schema1-store';
import { contentionBuild } from '../../bench/skills';
import { freshTable } from '../support/dynamodb';
import { intentRequest, USER_ID } from '../support/requests';
import { spoken } from '../support/speech';

/**
 * The bench compares today's store with its copy of schema 1; the comparison is only worth its figures if
 * the copy keeps the schema-1 layout and behaves as schema 1 did, re-reading after every conflict.
 */
describe("the bench's schema-1 store, on DynamoDB Local", () => {
  it('keeps the trolley as a list and the whole trolley before the change for undo, and undo restores it', async () => {
    const config = await freshTable('schema1');
    const documentClient = createDocumentClient(config);
    const skill = buildSkill({ store: new Schema1TrolleyStore(documentClient, config.tableName, config) });

    await skill.invoke(intentRequest('AddItemIntent', { item: 'tuna', quantity: '2' }));
    expect(spoken(await skill.invoke(intentRequest('AddItemIntent', { item: 'milk' })))).toMatch(/^Added milk\./);

    const { Item } = await documentClient.send(
      new GetCommand({ TableName: config.tableName, Key: { id: USER_ID }, ConsistentRead: true }),
    );
    expect(Item?.attributes).toMatchObject({
      schema: 1,
      trolley: {
        lines: [expect.objectContaining({ key: 'tuna', quantity: 2 }), expect.objectContaining({ key: 'milk' })],
      },
      undo: { change: 'add', lines: [expect.objectContaining({ key: 'tuna', quantity: 2 })] },
    });
    // Today's store reads it as the same trolley.
    expect((await createStore(config).store.load(USER_ID)).trolley.lines.map((line) => line.key)).toEqual([
      'tuna',
      'milk',
    ]);

    expect(spoken(await skill.invoke(intentRequest('UndoIntent')))).toMatch(/^Okay/);
    expect((await createStore(config).store.load(USER_ID)).trolley.lines.map((line) => line.key)).toEqual(['tuna']);
  });

  it('10 adds at once through 10 containers: all answered and stored, each conflict paid for with a re-read', async () => {
    const config = await freshTable('schema1');
    const build = contentionBuild('schema 1', config, 10);
    await build.containers[0]!.invoke(intentRequest('AddItemIntent', { item: 'bread' }));
    build.meter.take();

    const answers = await Promise.all(
      build.containers.map((container, index) =>
        container.invoke(intentRequest('AddItemIntent', { item: `contended thing ${index + 1}` })),
      ),
    );

    const calls = build.meter.take();
    expect(answers.map(spoken).filter((answer) => !answer.startsWith('Added contended thing'))).toEqual([]);
    expect((await build.store.load(USER_ID)).trolley.lines).toHaveLength(11);
    const reads = calls.filter((call) => call.operation === 'GetItem').length;
    const refused = calls.filter((call) => call.operation === 'PutItem').length - 10;
    expect(refused).toBeGreaterThan(0);
    expect(reads).toBe(10 + refused);
  });
});
