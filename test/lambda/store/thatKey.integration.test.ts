import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ItemIdentity } from '../../../lambda/domain/item';
import { apply, type TrolleyState } from '../../../lambda/domain/trolley';
import { createStore } from '../../../lambda/skill';
import { createDocumentClient } from '../../../lambda/store/documentClient';
import { freshTable } from '../../support/dynamodb';

/**
 * "Make that three" in a later one-shot request needs the line the last change was about to survive the
 * trip through DynamoDB, and never to point at a line that is no longer there.
 */
const tuna: ItemIdentity = { key: 'tuna', name: 'tuna', countable: false, aisle: 'pantry' };
const milk: ItemIdentity = { key: 'milk', name: 'milk', countable: false, aisle: 'dairy' };
const USER = 'amzn1.ask.account.LASTKEY';

async function storeOnDynamoDbLocal() {
  const config = await freshTable('lastkey');
  return { config, store: createStore(config).store };
}

describe('the line the last change was about, stored in DynamoDB Local', () => {
  it('round-trips, and is what the next "make that three" changes', async () => {
    const { store } = await storeOnDynamoDbLocal();
    await store.update(USER, (state) =>
      apply(state, { kind: 'add', items: [{ item: milk }, { item: tuna, quantity: 2, unit: 'tin' }] }),
    );
    await store.update(USER, (state) =>
      apply(state, { kind: 'add', items: [{ item: tuna, quantity: 1, unit: 'tin' }] }),
    );
    expect((await store.load(USER)).thatKey).toBe('tuna');

    await store.update(USER, (state) => apply(state, { kind: 'change', quantity: 5 }));
    const after = await store.load(USER);
    expect(after.trolley.lines).toEqual([{ ...milk }, { ...tuna, quantity: 5, unit: 'tin' }]);
    expect(after.thatKey).toBe('tuna');
  });

  it('is removed from the stored item when a change leaves nothing to refer to', async () => {
    const { config, store } = await storeOnDynamoDbLocal();
    await store.update(USER, (state) => apply(state, { kind: 'add', items: [{ item: milk }] }));
    await store.update(USER, (state) => apply(state, { kind: 'add', items: [{ item: tuna }, { item: milk }] }));
    const { Item } = await createDocumentClient(config).send(
      new GetCommand({ TableName: config.tableName, Key: { id: USER } }),
    );
    expect(Item?.attributes).not.toHaveProperty('lastKey');
    expect((await store.load(USER)).thatKey).toBeUndefined();
  });

  it('is dropped on reading when its line is gone, so "make that three" asks which one', async () => {
    const { config, store } = await storeOnDynamoDbLocal();
    await store.update(USER, (state) => apply(state, { kind: 'add', items: [{ item: milk }] }));
    // Written by something else (an older version, another feature): a lastKey with no line behind it.
    await createDocumentClient(config).send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: { id: USER },
        UpdateExpression: 'SET #attributes.#lastKey = :gone',
        ExpressionAttributeNames: { '#attributes': 'attributes', '#lastKey': 'lastKey' },
        ExpressionAttributeValues: { ':gone': 'tuna' },
      }),
    );
    const loaded: TrolleyState = await store.load(USER);
    expect(loaded.thatKey).toBeUndefined();
    expect(loaded.trolley.lines).toEqual([{ ...milk }]);
    const { outcome, changed } = await store.update(USER, (state) => apply(state, { kind: 'change', quantity: 3 }));
    expect(outcome).toEqual({ kind: 'nothingToChange' });
    expect(changed).toBe(false);
  });
});
