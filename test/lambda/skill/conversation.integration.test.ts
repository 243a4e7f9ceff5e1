import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../../lambda/store/documentClient';
import {
  intentRequest,
  launchRequest,
  sessionEndedRequest,
  skillDisabledEvent,
  SKILL_ID,
  USER_ID,
} from '../../support/requests';
import { skillOnDynamoDbLocal, type TestSkill } from '../../support/skill';
import { reprompted, sessionEnds, spoken } from '../../support/speech';

const tuna = { value: 'tuna', id: 'pantry:tuna', name: 'tuna' };
const milk = { value: 'milk', id: 'dairy:milk', name: 'milk' };

let skill: TestSkill;
beforeEach(async () => {
  skill = await skillOnDynamoDbLocal();
});

describe('adding', () => {
  it('one-shot: adds, says what changed and the count, and ends the session', async () => {
    const response = await skill.send(
      intentRequest('AddItemIntent', { item: tuna, quantity: '2', unit: { value: 'tins', id: 'tin' } }),
    );
    expect(spoken(response)).toBe("Added 2 tins of tuna. You've got one thing in your trolley.");
    expect(sessionEnds(response)).toBe(true);
    expect(await skill.lines(USER_ID)).toEqual([expect.objectContaining({ key: 'tuna', quantity: 2, unit: 'tin' })]);
  });

  it('merges: two tins then a tin is three tins, said back', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: tuna, quantity: '2', unit: { value: 'tins', id: 'tin' } }));
    const response = await skill.send(
      intentRequest('AddItemIntent', { item: tuna, unit: { value: 'tin', id: 'tin' } }),
    );
    expect(spoken(response)).toBe(
      "Added a tin of tuna. That's 3 tins of tuna now. You've got one thing in your trolley.",
    );
    expect(await skill.lines(USER_ID)).toEqual([expect.objectContaining({ key: 'tuna', quantity: 3 })]);
  });

  it('"tomatoes" and "tomato" are one line', async () => {
    await skill.send(
      intentRequest('AddItemIntent', {
        item: { value: 'tomatoes', id: 'produce:tomato', name: 'tomato' },
        quantity: '2',
      }),
    );
    await skill.send(
      intentRequest('AddItemIntent', { item: { value: 'tomato', id: 'produce:tomato', name: 'tomato' } }),
    );
    const response = await skill.send(
      intentRequest('AddItemIntent', { item: { value: 'tomato', id: 'produce:tomato' }, quantity: '1' }),
    );
    expect(spoken(response)).toContain("That's 4 tomatoes now.");
    expect(await skill.lines(USER_ID)).toHaveLength(1);
  });

  it('keeps an item the catalogue does not know, in the words that were said', async () => {
    const response = await skill.send(intentRequest('AddItemIntent', { item: 'dragon fruit jam', quantity: '2' }));
    expect(spoken(response)).toBe("Added 2 jars of dragon fruit jam. You've got one thing in your trolley.");
    expect(await skill.lines(USER_ID)).toEqual([
      expect.objectContaining({ name: 'dragon fruit jam', quantity: 2, unit: 'jar', aisle: 'breakfast' }),
    ]);
  });

  it('keeps a unit word it does not know as part of the item, so nothing said is lost', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: 'saffron', quantity: '2', unit: 'sachets' }));
    expect(await skill.lines(USER_ID)).toEqual([expect.objectContaining({ name: 'sachets of saffron', quantity: 2 })]);
  });

  it('asks what to add when the item slot is empty, and keeps listening', async () => {
    const response = await skill.send(intentRequest('AddItemIntent', {}));
    expect(spoken(response)).toMatch(/What would you like to add\?/);
    expect(sessionEnds(response)).toBe(false);
    expect(await skill.lines(USER_ID)).toEqual([]);
  });

  it('a quantity Alexa could not read ("?") changes nothing and says how to say it', async () => {
    const response = await skill.send(intentRequest('AddItemIntent', { item: milk, quantity: '?' }));
    expect(spoken(response)).toMatch(/didn't catch how many milk/);
    expect(await skill.lines(USER_ID)).toEqual([]);
  });

  it('escapes SSML characters in what it says back', async () => {
    const response = await skill.send(intentRequest('AddItemIntent', { item: "M&S <Granny's> crisps" }));
    expect(response.response.outputSpeech).toMatchObject({ ssml: expect.stringContaining('granny&apos;s crisps') });
    expect(spoken(response)).toContain("Added m and s granny's crisps.");
  });
});

describe('a launched session', () => {
  it('welcomes, stays open after a change with one short question, and "no" ends it', async () => {
    const launch = await skill.send(launchRequest());
    expect(spoken(launch)).toMatch(/Welcome to your trolley/);
    expect(reprompted(launch)).not.toBe('');
    expect(sessionEnds(launch)).toBe(false);

    const added = await skill.send(
      intentRequest('AddItemIntent', { item: milk }, { sessionAttributes: launch.sessionAttributes ?? {} }),
    );
    expect(spoken(added)).toBe("Added milk. You've got one thing in your trolley. Anything else?");
    expect(sessionEnds(added)).toBe(false);

    const no = await skill.send(
      intentRequest('AMAZON.NoIntent', {}, { sessionAttributes: added.sessionAttributes ?? {} }),
    );
    expect(spoken(no)).toBe('Okay.');
    expect(sessionEnds(no)).toBe(true);
  });

  it('the trolley is still there in the next session', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: milk }));
    const launch = await skill.send(launchRequest());
    expect(spoken(launch)).toMatch(/You've got one thing in your trolley/);
  });
});

describe('removing', () => {
  beforeEach(async () => {
    await skill.send(intentRequest('AddItemIntent', { item: tuna, quantity: '3', unit: { value: 'tins', id: 'tin' } }));
    await skill.send(
      intentRequest('AddItemIntent', { item: { value: 'oat milk', id: 'dairy:oat-milk', name: 'oat milk' } }),
    );
  });

  it('with a quantity reduces the line', async () => {
    const response = await skill.send(intentRequest('RemoveItemIntent', { item: tuna, quantity: '1' }));
    expect(spoken(response)).toBe("Took a tin of tuna out. You've got 2 tins of tuna left.");
    expect(await skill.lines(USER_ID)).toContainEqual(expect.objectContaining({ key: 'tuna', quantity: 2 }));
  });

  it('without a quantity removes the line', async () => {
    const response = await skill.send(intentRequest('RemoveItemIntent', { item: tuna }));
    expect(spoken(response)).toBe("Removed the tuna. You've got one thing in your trolley.");
    expect((await skill.lines(USER_ID)).map((line) => line.key)).not.toContain('tuna');
  });

  it('removing what is not there says so and names the closest line', async () => {
    const almondMilk = { value: 'almond milk', id: 'dairy:almond-milk', name: 'almond milk' };
    const response = await skill.send(intentRequest('RemoveItemIntent', { item: almondMilk }));
    expect(spoken(response)).toBe("There's no almond milk in your trolley, but there is oat milk.");
    expect(await skill.lines(USER_ID)).toHaveLength(2);
  });
});

describe('listing', () => {
  it('an empty trolley says so', async () => {
    expect(spoken(await skill.send(intentRequest('ListTrolleyIntent')))).toBe("Your trolley's empty.");
  });

  it('reads a count, then lines grouped by aisle in shopping order, with a card of the whole trolley', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: tuna, quantity: '2', unit: { value: 'tins', id: 'tin' } }));
    await skill.send(
      intentRequest('AddItemIntent', { item: milk, quantity: '1', unit: { value: 'pint', id: 'pint' } }),
    );
    await skill.send(intentRequest('AddItemIntent', { item: { value: 'aubergine', id: 'produce:aubergine' } }));
    const response = await skill.send(intentRequest('ListTrolleyIntent'));
    expect(spoken(response)).toBe(
      "You've got 3 things in your trolley. Fruit and veg: an aubergine. Dairy and eggs: a pint of milk. Food cupboard: 2 tins of tuna.",
    );
    expect(sessionEnds(response)).toBe(true);
    expect(response.response.card).toMatchObject({
      type: 'Simple',
      title: 'My Trolley',
      content: expect.stringContaining('• 2 tins of tuna'),
    });
  });

  it('reads about eight lines, offers the rest, and "yes" reads on', async () => {
    for (let index = 1; index <= 11; index += 1) {
      await skill.send(intentRequest('AddItemIntent', { item: `thing number ${index}` }));
    }
    const first = await skill.send(intentRequest('ListTrolleyIntent'));
    expect(spoken(first)).toMatch(
      /^You've got 11 things in your trolley\. Everything else: .*thing number 8\. And 3 more\. Shall I carry on\?$/,
    );
    expect(spoken(first)).not.toContain('thing number 9');
    expect(sessionEnds(first)).toBe(false);

    const more = await skill.send(
      intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: first.sessionAttributes ?? {} }),
    );
    expect(spoken(more)).toBe(
      "Everything else: thing number 9, thing number 10 and thing number 11. That's everything.",
    );
    expect(sessionEnds(more)).toBe(true);
  });

  it('reads lists the way the locale writes them', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: 'apple sauce' }, { locale: 'en-US' }));
    await skill.send(intentRequest('AddItemIntent', { item: 'pear sauce' }, { locale: 'en-US' }));
    await skill.send(intentRequest('AddItemIntent', { item: 'plum sauce' }, { locale: 'en-US' }));
    const response = await skill.send(intentRequest('ListTrolleyIntent', {}, { locale: 'en-US' }));
    expect(spoken(response)).toContain('apple sauce, pear sauce, and plum sauce.');
  });
});

describe('clearing', () => {
  it('asks first, saying how many things would go; yes clears and offers undo; undo restores', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: milk }));
    await skill.send(intentRequest('AddItemIntent', { item: tuna }));
    const ask = await skill.send(intentRequest('ClearTrolleyIntent'));
    expect(spoken(ask)).toBe("You've got 2 things in your trolley. Shall I clear them all?");
    expect(ask.response.directives).toEqual([expect.objectContaining({ type: 'Dialog.ConfirmIntent' })]);
    expect(await skill.lines(USER_ID)).toHaveLength(2);

    const yes = await skill.send(
      intentRequest(
        'ClearTrolleyIntent',
        {},
        { confirmationStatus: 'CONFIRMED', sessionAttributes: ask.sessionAttributes ?? {} },
      ),
    );
    expect(spoken(yes)).toBe("Done, your trolley's empty. If that was a mistake, just say undo.");
    expect(await skill.lines(USER_ID)).toEqual([]);

    const undo = await skill.send(intentRequest('UndoIntent'));
    expect(spoken(undo)).toBe("Okay, I've put everything back in your trolley. You've got 2 things in your trolley.");
    expect(await skill.lines(USER_ID)).toHaveLength(2);
  });

  it('"no" leaves the trolley as it is', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: milk }));
    const denied = await skill.send(
      intentRequest('ClearTrolleyIntent', {}, { confirmationStatus: 'DENIED', sessionAttributes: {} }),
    );
    expect(spoken(denied)).toBe("Okay, I've left your trolley as it is.");
    expect(await skill.lines(USER_ID)).toHaveLength(1);
  });

  it('does not ask when the trolley is already empty', async () => {
    const response = await skill.send(intentRequest('ClearTrolleyIntent'));
    expect(spoken(response)).toBe("Your trolley's already empty.");
    expect(response.response.directives).toBeUndefined();
  });
});

describe('built-ins and lifecycle', () => {
  it('help explains and listens; stop, cancel and navigate home say goodbye and end', async () => {
    const help = await skill.send(intentRequest('AMAZON.HelpIntent'));
    expect(spoken(help)).toMatch(/add two tins of tuna/);
    expect(sessionEnds(help)).toBe(false);
    for (const intent of ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent']) {
      const response = await skill.send(intentRequest(intent));
      expect(spoken(response)).toBe('Goodbye.');
      expect(sessionEnds(response)).toBe(true);
    }
  });

  it('fallback and unknown intents say what the skill can do, and change nothing', async () => {
    for (const intent of ['AMAZON.FallbackIntent', 'SomeIntentFromTheFuture']) {
      const response = await skill.send(intentRequest(intent));
      expect(spoken(response)).toMatch(/^Sorry, I can't help with that\./);
      expect(sessionEnds(response)).toBe(false);
    }
  });

  it('a session ending gets an empty response', async () => {
    const response = await skill.send(sessionEndedRequest());
    expect(response.response.outputSpeech).toBeUndefined();
  });

  it('disabling the skill deletes that user’s data, and only theirs', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: milk }));
    await skill.send(intentRequest('AddItemIntent', { item: milk }, { userId: 'amzn1.ask.account.OTHER' }));
    await skill.send(skillDisabledEvent());
    const client = createDocumentClient(skill.config);
    const { Item } = await client.send(new GetCommand({ TableName: skill.config.tableName, Key: { id: USER_ID } }));
    expect(Item).toBeUndefined();
    expect(await skill.lines('amzn1.ask.account.OTHER')).toHaveLength(1);
  });
});

describe('security', () => {
  it('refuses a request for another skill before reading or writing anything', async () => {
    const guarded = await skillOnDynamoDbLocal({ skillId: SKILL_ID });
    await expect(
      guarded.send(intentRequest('AddItemIntent', { item: milk }, { skillId: 'amzn1.ask.skill.someone-else' })),
    ).rejects.toThrow(/skill id/i);
    expect(await guarded.lines(USER_ID)).toEqual([]);
    const ours = await guarded.send(intentRequest('AddItemIntent', { item: milk }));
    expect(spoken(ours)).toMatch(/^Added milk\./);
  });

  it('one user never sees another’s trolley', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: milk }, { userId: 'amzn1.ask.account.A' }));
    const other = await skill.send(intentRequest('ListTrolleyIntent', {}, { userId: 'amzn1.ask.account.B' }));
    expect(spoken(other)).toBe("Your trolley's empty.");
  });
});
