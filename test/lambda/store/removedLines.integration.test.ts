import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ItemIdentity } from '../../../lambda/domain/item';
import { LIMITS } from '../../../lambda/domain/limits';
import { apply } from '../../../lambda/domain/trolley';
import { createStore } from '../../../lambda/skill';
import { createDocumentClient } from '../../../lambda/store/documentClient';
import { freshTable } from '../../support/dynamodb';

/**
 * "Put the rice back" in a later request needs the lines taken out to survive the trip through
 * DynamoDB, bounded, and read back defensively.
 */
const rice: ItemIdentity = { key: 'rice', name: 'rice', countable: false, aisle: 'pantry' };
const bread: ItemIdentity = { key: 'bread', name: 'bread', countable: false, aisle: 'bakery' };
const USER = 'amzn1.ask.account.REMOVED';

describe('lines taken out, stored in DynamoDB Local', () => {
  it('round-trip, so a later request puts the rice back as it was', async () => {
    const config = await freshTable('removed');
    const { store } = createStore(config);
    await store.update(USER, (state) =>
      apply(state, { kind: 'add', items: [{ item: rice, quantity: 2, unit: 'bag' }, { item: bread }] }),
    );
    await store.update(USER, (state) => apply(state, { kind: 'remove', item: rice }));
    await store.update(USER, (state) => apply(state, { kind: 'add', items: [{ item: bread, quantity: 1 }] }));
    expect((await store.load(USER)).removed).toEqual([{ ...rice, quantity: 2, unit: 'bag' }]);

    const back = await store.update(USER, (state) => apply(state, { kind: 'putBack', item: { item: rice } }));
    expect(back.outcome.kind).toBe('putBack');
    expect((await store.load(USER)).trolley.lines).toContainEqual({ ...rice, quantity: 2, unit: 'bag' });
  });

  it('are read back bounded, dropping anything malformed', async () => {
    const config = await freshTable('removed');
    const { store } = createStore(config);
    await store.update(USER, (state) => apply(state, { kind: 'add', items: [{ item: bread }] }));
    const client = createDocumentClient(config);
    const junk = Array.from({ length: 50 }, (_, index) => ({ key: `said:thing ${index}`, name: `thing ${index}` }));
    await client.send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: { id: USER },
        UpdateExpression: 'SET attributes.removed = :removed',
        ExpressionAttributeValues: { ':removed': [{ nonsense: true }, 'rice', ...junk] },
      }),
    );
    const { removed } = await store.load(USER);
    expect(removed).toHaveLength(LIMITS.maxRememberedRemovals);
    expect(removed?.[0]).toMatchObject({ key: 'said:thing 0', aisle: 'other' });
    const raw = await client.send(new GetCommand({ TableName: config.tableName, Key: { id: USER } }));
    expect(raw.Item?.attributes.removed).toHaveLength(52);
  });
});
