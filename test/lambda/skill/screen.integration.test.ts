import type { interfaces, ResponseEnvelope } from 'ask-sdk-model';
import type { Row, TrolleyDatasources } from '../../../lambda/display/datasource';
import { aplLoadIndexListData, aplUserEvent, intentRequest, launchRequest, USER_ID } from '../../support/requests';
import { skillOnDynamoDbLocal, type TestSkill } from '../../support/skill';
import { sessionEnds, spoken } from '../../support/speech';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

const tuna = { value: 'tuna', id: 'pantry:tuna', name: 'tuna' };
const milk = { value: 'milk', id: 'dairy:milk', name: 'milk' };
const tomatoes = { value: 'tomatoes', id: 'produce:tomato', name: 'tomato' };
const onScreen = { screen: true };

function rendered(response: ResponseEnvelope): RenderDocument | undefined {
  const directives = response.response.directives ?? [];
  return directives.find((directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument') as
    RenderDocument | undefined;
}

function rowsOn(response: ResponseEnvelope): Row[] {
  const directive = rendered(response);
  if (!directive) throw new Error('no APL document in the response');
  return [...(directive.datasources as unknown as TrolleyDatasources).trolleyList.items];
}

const shown = (response: ResponseEnvelope) => rowsOn(response).map((row) => `${row.kind}:${row.text}`);

/**
 * The SendEvent arguments the device sends when the remove control of the line showing `text` is touched:
 * the document's own argument templates, bound to that line's row of the datasource.
 */
function touchArguments(response: ResponseEnvelope, text: string): string[] {
  const directive = rendered(response)!;
  const row = rowsOn(response).find((candidate) => candidate.kind === 'line' && candidate.text === text);
  if (!row) throw new Error(`no line "${text}" on screen`);
  const findSendEvent = (value: unknown): unknown[] | undefined => {
    if (Array.isArray(value)) return value.map(findSendEvent).find(Boolean);
    if (typeof value !== 'object' || value === null) return undefined;
    const object = value as Record<string, unknown>;
    if (object.type === 'SendEvent') return object.arguments as unknown[];
    return Object.values(object).map(findSendEvent).find(Boolean);
  };
  const templates = findSendEvent(directive.document) ?? [];
  return templates.map((template) =>
    String(template).replace(/\$\{data\.(\w+)\}/g, (_, field: string) => String(row[field as keyof Row])),
  );
}

let skill: TestSkill;
beforeEach(async () => {
  skill = await skillOnDynamoDbLocal();
  await skill.send(intentRequest('AddItemIntent', { item: milk }));
  await skill.send(intentRequest('AddItemIntent', { item: tuna, quantity: '2', unit: { value: 'tins', id: 'tin' } }));
  await skill.send(intentRequest('AddItemIntent', { item: tomatoes, quantity: '3' }));
});

describe('the trolley on a screen', () => {
  it('listing shows every line grouped by aisle in shopping order, and the card carries the trolley', async () => {
    const response = await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen));
    expect(rendered(response)).toMatchObject({ token: 'trolley', document: { type: 'APL' } });
    expect(shown(response)).toEqual([
      'aisle:Fruit and veg',
      'line:3 tomatoes',
      'aisle:Dairy and eggs',
      'line:milk',
      'aisle:Food cupboard',
      'line:2 tins of tuna',
    ]);
    expect(response.response.card).toMatchObject({
      type: 'Simple',
      title: 'My Trolley',
      content: 'Fruit and veg\n• 3 tomatoes\n\nDairy and eggs\n• milk\n\nFood cupboard\n• 2 tins of tuna',
    });
  });

  it('a device without a screen gets the card but no APL, for every answer that shows the trolley', async () => {
    const list = await skill.send(intentRequest('ListTrolleyIntent'));
    expect(list.response.card).toMatchObject({ content: expect.stringContaining('• 2 tins of tuna') });
    const answers = [
      list,
      await skill.send(launchRequest()),
      await skill.send(intentRequest('ClearTrolleyIntent', {}, { confirmationStatus: 'CONFIRMED' })),
      await skill.send(intentRequest('UndoIntent')),
    ];
    for (const answer of answers) expect(rendered(answer)).toBeUndefined();
  });

  it('adding, removing, changing and several at once by voice redraw the screen and the card', async () => {
    const added = await skill.send(
      intentRequest('AddItemIntent', { item: { value: 'bread', id: 'bakery:bread' } }, onScreen),
    );
    expect(shown(added)).toContain('line:bread');
    expect(added.response.card).toEqual(
      expect.objectContaining({ type: 'Simple', content: expect.stringContaining('bread') }),
    );

    const changed = await skill.send(intentRequest('ChangeItemIntent', { item: tuna, quantity: '5' }, onScreen));
    expect(spoken(changed)).toBe("Okay, that's 5 tins of tuna now.");
    expect(shown(changed)).toContain('line:5 tins of tuna');

    const removed = await skill.send(intentRequest('RemoveItemIntent', { item: milk }, onScreen));
    expect(shown(removed)).not.toContain('line:milk');
    expect(removed.response.card).toEqual(expect.objectContaining({ content: expect.not.stringContaining('milk') }));
  });

  it('a check answers by voice alone: nothing changed, so nothing is redrawn', async () => {
    const checked = await skill.send(intentRequest('CheckItemIntent', { item: milk }, onScreen));
    expect(spoken(checked)).toBe("You've got milk in your trolley.");
    expect(rendered(checked)).toBeUndefined();
  });

  it('launching on a screen shows the trolley straight away', async () => {
    const response = await skill.send(launchRequest(onScreen));
    expect(spoken(response)).toMatch(/You've got 3 things/);
    expect(shown(response)).toContain('line:2 tins of tuna');
  });

  it('a confirmed clear shows the empty trolley, and undo shows it back', async () => {
    const cleared = await skill.send(
      intentRequest('ClearTrolleyIntent', {}, { confirmationStatus: 'CONFIRMED', ...onScreen }),
    );
    expect(rowsOn(cleared)).toEqual([]);
    expect(rendered(cleared)?.datasources).toMatchObject({ trolley: { properties: { empty: true } } });
    expect(cleared.response.card).toMatchObject({ content: 'Your trolley is empty.' });

    const undone = await skill.send(intentRequest('UndoIntent', {}, onScreen));
    expect(shown(undone)).toEqual(expect.arrayContaining(['line:milk', 'line:3 tomatoes', 'line:2 tins of tuna']));
  });

  it('sends the document in the APL version the device runs, up to the newest it was made for', async () => {
    const versionOn = async (aplVersion: string) => {
      const response = await skill.send(intentRequest('ListTrolleyIntent', {}, { screen: true, aplVersion }));
      return (rendered(response)?.document as { version?: string } | undefined)?.version;
    };
    expect(await versionOn('1.6')).toBe('1.6');
    expect(await versionOn('2024.2')).toBe('1.8');
  });

  it('a screen whose APL is older than the document needs gets the card and the words, but no document', async () => {
    const response = await skill.send(intentRequest('ListTrolleyIntent', {}, { screen: true, aplVersion: '1.2' }));
    expect(rendered(response)).toBeUndefined();
    expect(response.response.card).toMatchObject({ content: expect.stringContaining('• 2 tins of tuna') });
    expect(spoken(response)).toMatch(/^You've got 3 things in your trolley/);
  });

  it('a load for another document’s list, or not well formed, gets an empty answer', async () => {
    const { listId } = (
      rendered(await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen)))!
        .datasources as unknown as TrolleyDatasources
    ).trolleyList;
    for (const load of [
      aplLoadIndexListData('another-document', { listId, startIndex: 3 }),
      aplLoadIndexListData('trolley', { listId: 'colours', startIndex: 3 }),
      aplLoadIndexListData('trolley', { listId, startIndex: -1 }),
      aplLoadIndexListData('trolley', { listId, startIndex: 1.5 }),
    ]) {
      const response = await skill.send(load);
      expect([response.response.directives, response.response.outputSpeech]).toEqual([undefined, undefined]);
    }
  });

  it('shows "&" said in a name as "and", on the screen and the card', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: 'M&S crisps' }));
    const response = await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen));
    expect(shown(response)).toContain('line:m and s crisps');
    expect(response.response.card).toMatchObject({ content: expect.stringContaining('• m and s crisps') });
  });
});

describe('touching a line’s remove control', () => {
  it('takes out exactly that line, says so, and redraws the screen', async () => {
    const list = await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen));
    const response = await skill.send(aplUserEvent('trolley', touchArguments(list, 'milk')));
    expect(spoken(response)).toBe("Removed the milk. You've got 2 things in your trolley.");
    expect((await skill.lines(USER_ID)).map((line) => `${line.key} ${line.quantity ?? ''}`)).toEqual([
      'tuna 2',
      'tomato 3',
    ]);
    expect(shown(response)).not.toContain('line:milk');
    expect(shown(response)).toContain('line:2 tins of tuna');
  });

  it('takes out only the touched line when the item has another line in another unit', async () => {
    await skill.send(intentRequest('AddItemIntent', { item: tomatoes, unit: { value: 'bag', id: 'bag' } }));
    const list = await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen));
    const response = await skill.send(aplUserEvent('trolley', touchArguments(list, '3 tomatoes')));
    expect(spoken(response)).toBe("Removed the tomatoes. You've got 3 things in your trolley.");
    expect((await skill.lines(USER_ID)).map((line) => `${line.key} ${line.quantity ?? ''} ${line.unit ?? ''}`)).toEqual(
      ['milk  ', 'tuna 2 tin', 'tomato 1 bag'],
    );
    expect(shown(response)).toContain('line:a bag of tomatoes');
  });

  it('keeps a launched session open with one short question, as a spoken change does', async () => {
    const launch = await skill.send(launchRequest(onScreen));
    const response = await skill.send(
      aplUserEvent('trolley', touchArguments(launch, '3 tomatoes'), {
        sessionAttributes: launch.sessionAttributes ?? {},
      }),
    );
    expect(spoken(response)).toBe("Removed the tomatoes. You've got 2 things in your trolley. Anything else?");
    expect(sessionEnds(response)).toBe(false);
  });

  it('a line another device took out meanwhile gets a kind answer and changes nothing', async () => {
    const list = await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen));
    const touch = touchArguments(list, '2 tins of tuna');
    await skill.send(intentRequest('RemoveItemIntent', { item: tuna }));
    const before = await skill.lines(USER_ID);

    const response = await skill.send(aplUserEvent('trolley', touch));
    expect(spoken(response)).toBe("There's no tuna in your trolley.");
    expect(await skill.lines(USER_ID)).toEqual(before);
    expect(shown(response)).not.toContain('line:2 tins of tuna');
  });

  it('ignores events from another document or with arguments that are not a remove', async () => {
    const list = await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen));
    const touch = touchArguments(list, 'milk');
    for (const event of [
      aplUserEvent('another-document', touch),
      aplUserEvent('trolley', ['remove', 'milk']),
      aplUserEvent('trolley', [{ remove: 'milk' }]),
      aplUserEvent('trolley', ['remove', 'milk', 'barrel', 'milk']),
    ]) {
      const response = await skill.send(event);
      expect(response.response.outputSpeech).toBeUndefined();
      expect(rendered(response)).toBeUndefined();
    }
    expect(await skill.lines(USER_ID)).toHaveLength(3);
  });
});
