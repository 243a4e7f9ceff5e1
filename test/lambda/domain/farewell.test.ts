import { isGoodbye } from '../../../lambda/domain/farewell';

describe('a goodbye heard where an item was expected', () => {
  it.each([['ok bye bye'], ['thanks very much'], ['cheers then'], ['thank you, bye'], ['Bye!']])(
    '"%s" is a goodbye',
    (said) => expect(isGoodbye([said])).toBe(true),
  );

  it.each([['milk'], ['okay'], ['bye bye chocolate'], ['thank you cards'], ['see saw'], ['']])('"%s" is not', (said) =>
    expect(isGoodbye([said])).toBe(false),
  );
});
