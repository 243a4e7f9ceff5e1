import { buildSkill } from '../../lambda/skill';
import { freshTable } from '../support/dynamodb';
import { intentRequest } from '../support/requests';
import { skillOnDynamoDbLocal } from '../support/skill';
import { spoken } from '../support/speech';

describe('several devices changing one trolley at once, against DynamoDB Local', () => {
  it('20 concurrent adds of different items for one user all survive', async () => {
    const skill = await skillOnDynamoDbLocal();
    const items = Array.from({ length: 20 }, (_, index) => `concurrent item ${index + 1}`);
    const responses = await Promise.all(items.map((item) => skill.send(intentRequest('AddItemIntent', { item }))));
    for (const response of responses) expect(spoken(response)).toMatch(/^Added concurrent item \d+\./);
    const names = (await skill.lines('amzn1.ask.account.TESTUSER')).map((line) => line.name).sort();
    expect(names).toEqual([...items].sort());
  });

  it('two skill instances (two Lambda containers) adding to one line sum exactly', async () => {
    const config = await freshTable('containers');
    const containers = [buildSkill({ storeConfig: config }), buildSkill({ storeConfig: config })];
    const adds = Array.from({ length: 10 }, (_, index) =>
      containers[index % 2]!.invoke(
        intentRequest('AddItemIntent', { item: { value: 'eggs', id: 'dairy:egg' }, quantity: '2' }),
      ),
    );
    await Promise.all(adds);
    const listed = await containers[0]!.invoke(intentRequest('ListTrolleyIntent'));
    expect(spoken(listed)).toMatch(/20 eggs/);
  });
});
