import { isAskedNotNamed } from '../../../lambda/domain/askedNotNamed';

describe('a question heard as an item is not an item', () => {
  it.each([
    ['how can I see the trolley on my phone'],
    ["what's the weather"],
    ['whats on offer'],
    ['where is the nearest shop'],
    ['why is it empty'],
    ['who made you'],
    ['can you read it out'],
    ['could you tell me again'],
    ['tell me a joke'],
    ['do you sell bread'],
  ])('"%s" asks the skill something', (words) => {
    expect(isAskedNotNamed([words])).toBe(true);
  });

  it.each([
    ['can of beans'],
    ['two cans of tomatoes'],
    ['whole milk'],
    ['hot cross buns'],
    ['doughnuts'],
    ['showers gel'],
    ['tell'],
  ])('"%s" is something to buy', (words) => {
    expect(isAskedNotNamed([words])).toBe(false);
  });

  it('one question among several values is enough', () => {
    expect(isAskedNotNamed(['milk', 'how do I link my phone'])).toBe(true);
  });
});
