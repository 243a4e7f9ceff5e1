import { itemRequestsFor } from '../../../lambda/domain/itemRequests';
import { apply, type TrolleyState } from '../../../lambda/domain/trolley';
import { createStore } from '../../../lambda/skill';
import { describeLine } from '../../../lambda/speech/describe';
import { ITEM_NAMES } from '../../../lambda/store/trolleyTable';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../../lambda/store/documentClient';
import { freshTable } from '../../support/dynamodb';

/** What the page relies on when it resends a queued change: the store's write ids, on DynamoDB Local. */
describe('a change sent again with its own write id', () => {
  const KEY = 'household#resent';
  const add = (words: string) => (state: TrolleyState) => {
    const wanted = itemRequestsFor([{ words }], {}, 'en-GB');
    if (!wanted.ok) throw new Error(words);
    return apply(state, { kind: 'add', items: wanted.requests });
  };

  it('is applied once, as a first write (a put) and as a line update alike, and told as written', async () => {
    const config = await freshTable('resent');
    const { store } = createStore(config);
    const first = await store.update(KEY, add('two eggs'), { writeId: 'page-first-write' });
    const again = await store.update(KEY, add('two eggs'), { writeId: 'page-first-write' });
    expect(first.changed).toBe(true);
    expect(again.changed).toBe(false);
    await store.update(KEY, add('milk'), { writeId: 'page-second-write' });
    await store.update(KEY, add('milk'), { writeId: 'page-second-write' });
    const lines = (await store.load(KEY)).trolley.lines.map(describeLine);
    expect(lines).toEqual(['2 eggs', 'milk']);
    // Without an id of its own, each change is new: the skill's spoken adds are unchanged.
    await store.update(KEY, add('two eggs'));
    await store.update(KEY, add('two eggs'));
    expect((await store.load(KEY)).trolley.lines.map(describeLine)).toEqual(['6 eggs', 'milk']);
  });

  it('goes in once after an attempt the store fenced (its answer lost, so it never landed)', async () => {
    const config = await freshTable('resent');
    const { store } = createStore(config);
    await store.update(KEY, add('milk'));
    // What TrolleyTable.fence leaves for a line update whose answer was lost: the id recorded as fenced.
    await createDocumentClient(config).send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: { [ITEM_NAMES.key]: KEY },
        UpdateExpression: 'SET #writes.#write = :fenced',
        ExpressionAttributeNames: { '#writes': ITEM_NAMES.writes, '#write': 'page-lost-answer' },
        ExpressionAttributeValues: { ':fenced': -Date.now() },
      }),
    );
    const resent = await store.update(KEY, add('bread'), { writeId: 'page-lost-answer' });
    expect(resent.changed).toBe(true);
    await store.update(KEY, add('bread'), { writeId: 'page-lost-answer' });
    expect((await store.load(KEY)).trolley.lines.map(describeLine)).toEqual(['milk', 'bread']);
  });
});
