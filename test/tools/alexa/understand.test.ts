import { numberFromWords } from '../../../lambda/domain/numbers';
import { wordsOf } from '../../../tools/alexa/heardWords';
import { understand, type Understanding } from '../../../tools/alexa/understand';
import { compiledFixture } from '../../support/fixtureModel';

const model = compiledFixture();
const inSession = (utterance: string) => understand(model, utterance, true);
const outOfSession = (utterance: string) => understand(model, utterance, false);

function intentOf(understood: Understanding) {
  if (understood.kind !== 'intent') throw new Error(`expected an intent, got ${understood.kind}`);
  return understood;
}

function slotValues(understood: Understanding): Record<string, string> {
  return Object.fromEntries(intentOf(understood).slots.map((slot) => [slot.name, slot.value]));
}

describe('invocation forms', () => {
  it.each(['open my trolley', 'start my trolley', 'launch my trolley', 'begin my trolley', 'load my trolley'])(
    '"%s" launches the skill',
    (utterance) => expect(outOfSession(utterance)).toEqual({ kind: 'launch' }),
  );

  it.each([
    'ask my trolley to add two tins of tuna',
    'tell my trolley to add two tins of tuna',
    'Alexa, ask my trolley to add two tins of tuna.',
    'ALEXA ASK MY TROLLEY TO ADD TWO TINS OF TUNA!',
    'add two tins of tuna with my trolley',
    'add two tins of tuna using my trolley',
    'ask my trolley add two tins of tuna',
  ])('"%s" is a one-shot AddItemIntent', (utterance) => {
    const understood = intentOf(outOfSession(utterance));
    expect(understood).toMatchObject({ intent: 'AddItemIntent', oneShot: true });
    expect(slotValues(understood)).toEqual({ quantity: '2', unit: 'tins', item: 'tuna' });
  });

  it('"ask … for", "tell … that", "ask … whether" and "… from my trolley" hand over the rest', () => {
    expect(intentOf(outOfSession("ask my trolley for what's in my trolley")).intent).toBe('ListTrolleyIntent');
    expect(intentOf(outOfSession('tell my trolley that I need milk')).intent).toBe('AddItemIntent');
    expect(intentOf(outOfSession('ask my trolley whether undo')).intent).toBe('UndoIntent');
    const removed = intentOf(outOfSession('remove the milk from my trolley'));
    expect(removed).toMatchObject({ intent: 'RemoveItemIntent', oneShot: true });
    expect(slotValues(removed)).toEqual({ item: 'milk' });
  });

  it('"ask my trolley" with nothing more launches it', () => {
    expect(outOfSession('ask my trolley')).toEqual({ kind: 'launch' });
  });

  it('outside a session, words that do not name the skill are not for it', () => {
    expect(outOfSession('add milk')).toEqual({ kind: 'notForSkill' });
    expect(outOfSession("what's the weather")).toEqual({ kind: 'notForSkill' });
  });

  it('inside a session, plain utterances go to the skill', () => {
    expect(intentOf(inSession("what's in my trolley?")).intent).toBe('ListTrolleyIntent');
    expect(intentOf(inSession('Clear my trolley.')).intent).toBe('ClearTrolleyIntent');
  });
});

describe('fallback', () => {
  it('inside a session, nothing that fits is AMAZON.FallbackIntent', () => {
    expect(inSession('sing me a song')).toMatchObject({ kind: 'intent', intent: 'AMAZON.FallbackIntent', slots: [] });
  });

  it('a one-shot that fits nothing is AMAZON.FallbackIntent too', () => {
    expect(outOfSession('ask my trolley to sing me a song')).toMatchObject({
      kind: 'intent',
      intent: 'AMAZON.FallbackIntent',
      oneShot: true,
    });
  });
});

describe('slots', () => {
  it('resolves custom slot values and their synonyms to the value id', () => {
    const understood = intentOf(inSession('add three pints of semi skimmed milk'));
    expect(understood.slots).toEqual([
      { name: 'quantity', type: 'AMAZON.NUMBER', value: '3' },
      {
        name: 'unit',
        type: 'TrolleyUnit',
        value: 'pints',
        resolution: { status: 'ER_SUCCESS_MATCH', values: [{ id: 'pint', name: 'pint' }] },
      },
      {
        name: 'item',
        type: 'GroceryItem',
        value: 'semi skimmed milk',
        resolution: { status: 'ER_SUCCESS_MATCH', values: [{ id: 'milk', name: 'milk' }] },
      },
    ]);
  });

  it('a custom slot takes words that are no value, resolving to no match', () => {
    const understood = intentOf(inSession('add dragon fruit jam'));
    expect(understood.slots).toEqual([
      { name: 'item', type: 'GroceryItem', value: 'dragon fruit jam', resolution: { status: 'ER_SUCCESS_NO_MATCH' } },
    ]);
  });

  it('prefers the longest known value: "salt and vinegar crisps" beats "salt"', () => {
    const understood = intentOf(inSession('add two salt and vinegar crisps'));
    expect(slotValues(understood)).toEqual({ quantity: '2', item: 'salt and vinegar crisps' });
    expect(understood.slots[1]?.resolution).toEqual({
      status: 'ER_SUCCESS_MATCH',
      values: [{ id: 'salt-and-vinegar-crisps', name: 'salt and vinegar crisps' }],
    });
  });

  it('prefers the sample with the most literal words', () => {
    const understood = intentOf(inSession('add two tins of tuna'));
    expect(understood.sample).toBe('add {quantity} {unit} of {item}');
  });

  it('"a" and "an" are not numbers', () => {
    const understood = intentOf(inSession('add a tin of tuna'));
    expect(slotValues(understood)).toEqual({ unit: 'tin', item: 'tuna' });
  });

  it('digits stay digits', () => {
    expect(slotValues(inSession('add 12 eggs'))).toEqual({ quantity: '12', item: 'eggs' });
  });
});

describe('number words', () => {
  it.each([
    ['two', '2'],
    ['twenty one', '21'],
    ['twenty-one', '21'],
    ['twelve', '12'],
    ['one hundred and five', '105'],
    ['two thousand three hundred', '2300'],
    ['one point five', '1.5'],
    ['1.5', '1.5'],
    ['40', '40'],
    ['zero', '0'],
  ])('"%s" is %s', (spoken, digits) => expect(numberFromWords(wordsOf(spoken))).toBe(digits));

  it.each(['a', 'an', 'a dozen', 'two three', 'twenty twenty', 'and', 'hundred', 'one and', 'point five', 'tuna'])(
    '"%s" is not a number',
    (spoken) => expect(numberFromWords(wordsOf(spoken))).toBeUndefined(),
  );
});

describe('built-in intents', () => {
  it.each([
    ['yes', 'AMAZON.YesIntent'],
    ['yeah', 'AMAZON.YesIntent'],
    ['Yep!', 'AMAZON.YesIntent'],
    ['sure', 'AMAZON.YesIntent'],
    ['ok', 'AMAZON.YesIntent'],
    ['no', 'AMAZON.NoIntent'],
    ['nope', 'AMAZON.NoIntent'],
    ['no thanks', 'AMAZON.NoIntent'],
    ['help', 'AMAZON.HelpIntent'],
    ['what can I say', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['shut up', 'AMAZON.StopIntent'],
    ['never mind', 'AMAZON.StopIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['go home', 'AMAZON.NavigateHomeIntent'],
  ])('"%s" is %s', (utterance, intent) => expect(intentOf(inSession(utterance)).intent).toBe(intent));

  it("adds the model's own samples for built-ins", () => {
    expect(intentOf(inSession('carry on')).intent).toBe('AMAZON.YesIntent');
    expect(intentOf(inSession("I'm done")).intent).toBe('AMAZON.StopIntent');
    expect(intentOf(inSession("that's all")).intent).toBe('AMAZON.NoIntent');
  });
});
