import { LIMITS } from '../../../lambda/domain/limits';
import { inSession, intentRequest, launchRequest, listOf, USER_ID } from '../../support/requests';
import { skillOnDynamoDbLocal, type TestSkill } from '../../support/skill';
import { reprompted, sessionEnds, spoken } from '../../support/speech';

/**
 * Several things in one breath, changing how many, and asking what is there: the words Alexa says and
 * what is stored, on DynamoDB Local, with slots filled the way Alexa fills them.
 */
const milk = { value: 'milk', id: 'dairy:milk', name: 'milk' };
const eggs = { value: 'eggs', id: 'dairy:egg', name: 'egg' };
const bread = { value: 'bread', id: 'bakery:bread', name: 'bread' };
const tuna = { value: 'tuna', id: 'pantry:tuna', name: 'tuna' };
const pints = { value: 'pints', id: 'pint' };
const tins = { value: 'tins', id: 'tin' };

let skill: TestSkill;
beforeEach(async () => {
  skill = await skillOnDynamoDbLocal();
});

async function stored() {
  return (await skill.lines(USER_ID)).map(({ key, quantity, unit }) => ({
    key,
    ...(quantity === undefined ? {} : { quantity }),
    ...(unit === undefined ? {} : { unit }),
  }));
}

describe('adding several things at once', () => {
  it('"add milk, eggs and bread" as a list: three lines, said back in one sentence, and the session ends', async () => {
    const response = await skill.send(intentRequest('AddItemIntent', { item: listOf(milk, eggs, bread) }));
    expect(spoken(response)).toBe("Added milk, eggs and bread. You've got 3 things in your trolley.");
    expect(sessionEnds(response)).toBe(true);
    expect(reprompted(response)).toBe('');
    expect(await stored()).toEqual([{ key: 'milk' }, { key: 'egg' }, { key: 'bread' }]);
  });

  it('"add two pints of milk and a dozen eggs": the number and unit go with the milk, the dozen with the eggs', async () => {
    const response = await skill.send(
      intentRequest('AddItemIntent', { quantity: '2', unit: pints, item: listOf(milk, 'a dozen eggs') }),
    );
    expect(spoken(response)).toBe("Added 2 pints of milk and a dozen eggs. You've got 2 things in your trolley.");
    expect(await stored()).toEqual([
      { key: 'milk', quantity: 2, unit: 'pint' },
      { key: 'egg', quantity: 1, unit: 'dozen' },
    ]);
  });

  it('"salt and vinegar crisps" torn in two by Alexa is one line', async () => {
    const response = await skill.send(
      intentRequest('AddItemIntent', { item: listOf({ value: 'salt', id: 'pantry:salt' }, 'vinegar crisps') }),
    );
    expect(spoken(response)).toBe("Added salt and vinegar crisps. You've got one thing in your trolley.");
    expect(await stored()).toEqual([{ key: 'salt-and-vinegar-crisps' }]);
  });

  it('en-IN, which has no list slots, hears "milk and bread" as one value and still adds two lines', async () => {
    const response = await skill.send(intentRequest('AddItemIntent', { item: 'milk and bread' }, { locale: 'en-IN' }));
    expect(spoken(response)).toBe("Added milk and bread. You've got 2 things in your trolley.");
    expect(await stored()).toEqual([{ key: 'milk' }, { key: 'bread' }]);
  });

  it('en-IN: "two pints of milk and a dozen eggs" in one value keeps each amount with its item', async () => {
    await skill.send(
      intentRequest('AddItemIntent', { item: 'two pints of milk and a dozen eggs' }, { locale: 'en-IN' }),
    );
    expect(await stored()).toEqual([
      { key: 'milk', quantity: 2, unit: 'pint' },
      { key: 'egg', quantity: 1, unit: 'dozen' },
    ]);
  });

  it(`more than ${LIMITS.maxItemsPerRequest} things at once: says so and stores nothing`, async () => {
    const things = Array.from({ length: LIMITS.maxItemsPerRequest + 1 }, (_, index) => `thing number ${index}`);
    const response = await skill.send(intentRequest('AddItemIntent', { item: listOf(...things) }));
    expect(spoken(response)).toBe(
      `That's a lot at once: I can add up to ${LIMITS.maxItemsPerRequest} different things in one go. Try a few at a time.`,
    );
    expect(sessionEnds(response)).toBe(true);
    expect(await stored()).toEqual([]);
  });

  it(`exactly ${LIMITS.maxItemsPerRequest} things at once are all added`, async () => {
    const things = Array.from({ length: LIMITS.maxItemsPerRequest }, (_, index) => `thing number ${index}`);
    const response = await skill.send(intentRequest('AddItemIntent', { item: listOf(...things) }));
    expect(spoken(response)).toMatch(/You've got 20 things in your trolley\.$/);
    expect(await stored()).toHaveLength(LIMITS.maxItemsPerRequest);
  });

  it('an uncatalogued item with &, < or an apostrophe inside a list is said as valid SSML, & as "and"', async () => {
    const response = await skill.send(intentRequest('AddItemIntent', { item: listOf(milk, "M&S <Granny's> jam") }));
    expect(response.response.outputSpeech).toMatchObject({ ssml: expect.stringContaining('granny&apos;s') });
    expect(spoken(response)).toBe("Added milk and m and s granny's jam. You've got 2 things in your trolley.");
    expect((await skill.lines(USER_ID)).map((line) => line.name)).toEqual(['milk', "m and s granny's jam"]);
  });

  it('in a launched session, asks "Anything else?" and keeps listening', async () => {
    const launch = await skill.send(launchRequest());
    const response = await skill.send(intentRequest('AddItemIntent', { item: listOf(milk, bread) }, inSession(launch)));
    expect(spoken(response)).toBe("Added milk and bread. You've got 2 things in your trolley. Anything else?");
    expect(sessionEnds(response)).toBe(false);
  });
});

describe('changing how many', () => {
  it('by name: "change the milk to two pints" sets it, rather than adding', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: milk, quantity: '4', unit: pints }));
    const response = await skill.send(intentRequest('ChangeItemIntent', { item: milk, quantity: '2', unit: pints }));
    expect(spoken(response)).toBe("Okay, that's 2 pints of milk now.");
    expect(sessionEnds(response)).toBe(true);
    expect(await stored()).toEqual([{ key: 'milk', quantity: 2, unit: 'pint' }]);
  });

  it('"make that three" straight after an add, in the same session', async () => {
    const launch = await skill.send(launchRequest());
    const added = await skill.send(
      intentRequest('AddItemIntent', { item: tuna, quantity: '2', unit: tins }, inSession(launch)),
    );
    const response = await skill.send(intentRequest('ChangeItemIntent', { quantity: '3' }, inSession(added)));
    expect(spoken(response)).toBe("Okay, that's 3 tins of tuna now. Anything else?");
    expect(sessionEnds(response)).toBe(false);
    expect(await stored()).toEqual([{ key: 'tuna', quantity: 3, unit: 'tin' }]);
  });

  it('"make that three" in a later one-shot request, a new session: the trolley remembers the line', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: milk }));
    await skill.send(intentRequest('AddItemIntent', { item: tuna, quantity: '2', unit: tins }));
    const response = await skill.send(intentRequest('ChangeItemIntent', { quantity: '3' }));
    expect(spoken(response)).toBe("Okay, that's 3 tins of tuna now.");
    expect(sessionEnds(response)).toBe(true);
    expect(await stored()).toEqual([{ key: 'milk' }, { key: 'tuna', quantity: 3, unit: 'tin' }]);
  });

  it('after a check in the same session, "make that twelve" means what was asked about', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: eggs, quantity: '6' }));
    await skill.send(intentRequest('AddItemIntent', { item: milk }));
    const launch = await skill.send(launchRequest());
    const checked = await skill.send(intentRequest('CheckItemIntent', { item: eggs }, inSession(launch)));
    expect(spoken(checked)).toBe("You've got 6 eggs in your trolley. Anything else?");
    const response = await skill.send(intentRequest('ChangeItemIntent', { quantity: '12' }, inSession(checked)));
    expect(spoken(response)).toBe("Okay, that's 12 eggs now. Anything else?");
    expect(await stored()).toEqual([{ key: 'egg', quantity: 12 }, { key: 'milk' }]);
  });

  it('with nothing to refer to, asks which one, keeps listening, and changes nothing', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: listOf(milk, bread) }));
    const before = await stored();
    const response = await skill.send(intentRequest('ChangeItemIntent', { quantity: '3' }));
    expect(spoken(response)).toBe('Which one shall I change? You can say, for example, change the milk to two pints.');
    expect(sessionEnds(response)).toBe(false);
    expect(reprompted(response)).toBe(spoken(response));
    expect(await stored()).toEqual(before);
  });

  it('"make that zero" takes the line out and says what is left', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: milk }));
    await skill.send(intentRequest('AddItemIntent', { item: tuna, quantity: '2', unit: tins }));
    const response = await skill.send(intentRequest('ChangeItemIntent', { quantity: '0' }));
    expect(spoken(response)).toBe("Removed the tuna. You've got one thing in your trolley.");
    expect(await stored()).toEqual([{ key: 'milk' }]);
  });

  it('undo after a change puts the line back as it was', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: tuna, quantity: '2', unit: tins }));
    await skill.send(intentRequest('ChangeItemIntent', { item: tuna, quantity: '5' }));
    expect(await stored()).toEqual([{ key: 'tuna', quantity: 5, unit: 'tin' }]);
    const response = await skill.send(intentRequest('UndoIntent'));
    expect(spoken(response)).toBe("Okay, that's 2 tins of tuna again. You've got one thing in your trolley.");
    expect(await stored()).toEqual([{ key: 'tuna', quantity: 2, unit: 'tin' }]);
  });
});

describe('checking what is there', () => {
  beforeEach(async () => {
    await skill.send(intentRequest('AddItemIntent', { item: listOf('oat milk', bread) }));
    await skill.send(intentRequest('AddItemIntent', { item: eggs, quantity: '6' }));
  });

  it('says how many there are, ends a one-shot request without a question, and changes nothing', async () => {
    const before = await stored();
    const response = await skill.send(intentRequest('CheckItemIntent', { item: eggs }));
    expect(spoken(response)).toBe("You've got 6 eggs in your trolley.");
    expect(sessionEnds(response)).toBe(true);
    expect(reprompted(response)).toBe('');
    expect(await stored()).toEqual(before);
  });

  it('says no when it is not there, naming the closest line', async () => {
    const almondMilk = { value: 'almond milk', id: 'dairy:almond-milk', name: 'almond milk' };
    const response = await skill.send(intentRequest('CheckItemIntent', { item: almondMilk }));
    expect(spoken(response)).toBe("No, there's no almond milk in your trolley, but there is oat milk.");
  });

  it('says no when nothing is close', async () => {
    const response = await skill.send(intentRequest('CheckItemIntent', { item: tuna }));
    expect(spoken(response)).toBe("No, there's no tuna in your trolley.");
  });

  it('a countable line added without a number says so and how to give it one; a mass noun needs none', async () => {
    expect(spoken(await skill.send(intentRequest('CheckItemIntent', { item: bread })))).toBe(
      "You've got bread in your trolley.",
    );
    await skill.send(intentRequest('AddItemIntent', { item: { value: 'tomatoes', id: 'produce:tomato' } }));
    const response = await skill.send(
      intentRequest('CheckItemIntent', { item: { value: 'tomatoes', id: 'produce:tomato' } }),
    );
    expect(spoken(response)).toBe(
      "You've got tomatoes in your trolley, with no number given. To set one, say, make that six.",
    );
  });

  it('a check changes nothing stored, even what the next "make that" refers to', async () => {
    const before = await stored();
    await skill.send(intentRequest('CheckItemIntent', { item: bread }));
    expect(await stored()).toEqual(before);
    // A one-shot check keeps no session, so a later "make that three" still means the eggs just added.
    await skill.send(intentRequest('ChangeItemIntent', { quantity: '3' }));
    expect(await stored()).toEqual([{ key: 'oat-milk' }, { key: 'bread' }, { key: 'egg', quantity: 3 }]);
  });
});

describe('list slots that are odd or huge', () => {
  /** An AddItemIntent whose item slot carries `slotValue` exactly as given, however malformed. */
  function addWithSlotValue(slotValue: unknown) {
    const envelope = intentRequest('AddItemIntent', {});
    const request = envelope.request as { intent: { slots: Record<string, unknown> } };
    request.intent.slots.item = { name: 'item', confirmationStatus: 'NONE', slotValue };
    return envelope;
  }

  it.each([
    ['values that are not a list', { type: 'List', values: 'milk' }],
    ['entries that are not values', { type: 'List', values: [null, 7, { type: 'Simple', value: 42 }] }],
    ['a list inside a list', { type: 'List', values: [{ type: 'List', values: [{ type: 'Simple', value: 'milk' }] }] }],
    ['resolutions that are not a list', { type: 'Simple', value: '', resolutions: { resolutionsPerAuthority: 'x' } }],
  ])('%s: asks what to add, keeps listening, and stores nothing', async (_, slotValue) => {
    const response = await skill.send(addWithSlotValue(slotValue));
    expect(spoken(response)).toBe('What would you like to add? You can say, for example, add two tins of tuna.');
    expect(sessionEnds(response)).toBe(false);
    expect(await stored()).toEqual([]);
  });

  it('a value with malformed resolutions is still added, in the words that were said', async () => {
    const response = await skill.send(
      addWithSlotValue({
        type: 'List',
        values: [{ type: 'Simple', value: 'milk', resolutions: { resolutionsPerAuthority: 'x' } }],
      }),
    );
    expect(spoken(response)).toBe("Added milk. You've got one thing in your trolley.");
    expect(await stored()).toEqual([{ key: 'milk' }]);
  });

  it('three thousand values at once get the too-many answer and change nothing', async () => {
    const values = Array.from({ length: 3_000 }, (_, index) => ({ type: 'Simple', value: `thing ${index}` }));
    const response = await skill.send(addWithSlotValue({ type: 'List', values }));
    expect(spoken(response)).toBe(
      `That's a lot at once: I can add up to ${LIMITS.maxItemsPerRequest} different things in one go. Try a few at a time.`,
    );
    expect(await stored()).toEqual([]);
  });
});
