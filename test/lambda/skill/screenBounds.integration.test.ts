import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { LineRow, Row, TrolleyDatasources } from '../../../lambda/display/datasource';
import { LIMITS } from '../../../lambda/domain/limits';
import { aplFindings, datasourceFindings, pageFindings, renderDocumentOf, sentPageOf } from '../../support/apl';
import {
  aplLoadIndexListData,
  aplUserEvent,
  intentRequest,
  launchRequest,
  listOf,
  USER_ID,
} from '../../support/requests';
import { skillOnDynamoDbLocal, type TestSkill } from '../../support/skill';
import { spoken } from '../../support/speech';

/** Amazon's published limit for a whole response ("exceeded the maximum response size of 24576 bytes"). */
const RESPONSE_LIMIT = 24_576;
const onScreen = { screen: true };
const bytes = (response: ResponseEnvelope) => Buffer.byteLength(JSON.stringify(response), 'utf8');

/**
 * A distinct name as long as the domain keeps one (60 characters), in letters that cost two and three bytes
 * in UTF-8, with apostrophes, hyphens and full stops: "ab o'neill's crème-brûlée no. 茶茶茶…".
 */
function longestName(index: number): string {
  const letter = (value: number) => String.fromCharCode(97 + (value % 26));
  return `q${letter(Math.floor(index / 26))}${letter(index)} o'neill's crème-brûlée no. `.padEnd(
    LIMITS.maxNameLength,
    '茶',
  );
}

/** "10000 millilitres of …": the most the domain lets a line hold, in the unit with the longest name. */
const longestLine = (index: number) => `10000 millilitres of ${longestName(index)}`;

let skill: TestSkill;
/** Every answer given while filling the trolley, on a screen: 20 of the longest lines at a time. */
const fills: ResponseEnvelope[] = [];

beforeAll(async () => {
  skill = await skillOnDynamoDbLocal();
  const perRequest = LIMITS.maxItemsPerRequest;
  for (let first = 0; first < LIMITS.maxLines; first += perRequest) {
    const names = Array.from({ length: perRequest }, (_, offset) => longestLine(first + offset));
    fills.push(await skill.send(intentRequest('AddItemIntent', { item: listOf(...names) }, onScreen)));
  }
}, 60_000);

function datasourcesOf(response: ResponseEnvelope): TrolleyDatasources {
  const directive = renderDocumentOf(response.response.directives);
  if (!directive) throw new Error('no APL document in the response');
  return directive.datasources as unknown as TrolleyDatasources;
}

/** Scrolls the list drawn by `response` to its end, as a device does, checking every page it is sent. */
async function scrollToTheEnd(response: ResponseEnvelope): Promise<{ rows: Row[]; loads: ResponseEnvelope[] }> {
  let drawn = { ...datasourcesOf(response).trolleyList };
  const loads: ResponseEnvelope[] = [];
  while (drawn.startIndex + drawn.items.length < drawn.maximumExclusiveIndex) {
    const asked = {
      correlationToken: `load-${loads.length}`,
      listId: drawn.listId,
      startIndex: drawn.startIndex + drawn.items.length,
      listVersion: loads.length + 1,
    };
    const answer = await skill.send(aplLoadIndexListData('trolley', { ...asked, count: 7 }));
    loads.push(answer);
    const sent = sentPageOf(answer.response.directives);
    if (!sent) throw new Error(`no SendIndexListData for rows from ${asked.startIndex}`);
    expect(await pageFindings(sent, asked, drawn)).toEqual([]);
    drawn = { ...drawn, items: [...drawn.items, ...(sent.items as Row[])] };
  }
  return { rows: [...drawn.items], loads };
}

describe('a full trolley of the longest lines on a screen', () => {
  it('holds every line at its longest', async () => {
    const lines = await skill.lines(USER_ID);
    expect(lines).toHaveLength(LIMITS.maxLines);
    expect(lines.map((line) => [line.name.length, line.quantity, line.unit])).toEqual(
      lines.map(() => [LIMITS.maxNameLength, 10_000, 'millilitre']),
    );
  });

  it('answers every change and listing within 24 KB, speech, card, document and all', async () => {
    const [last] = (await skill.lines(USER_ID)).slice(-1);
    const answers: Record<string, ResponseEnvelope> = {
      'adding the last 20': fills[fills.length - 1]!,
      listing: await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen)),
      opening: await skill.send(launchRequest(onScreen)),
      'adding to a full trolley': await skill.send(
        intentRequest('AddItemIntent', { item: longestLine(999) }, onScreen),
      ),
      changing: await skill.send(
        intentRequest(
          'ChangeItemIntent',
          { item: last!.name, quantity: '9000', unit: { value: 'millilitres', id: 'millilitre' } },
          onScreen,
        ),
      ),
      removing: await skill.send(intentRequest('RemoveItemIntent', { item: last!.name }, onScreen)),
      'undoing it': await skill.send(intentRequest('UndoIntent', {}, onScreen)),
      clearing: await skill.send(
        intentRequest('ClearTrolleyIntent', {}, { confirmationStatus: 'CONFIRMED', ...onScreen }),
      ),
      'undoing the clear': await skill.send(intentRequest('UndoIntent', {}, onScreen)),
    };
    const sizes = Object.entries(answers).map(([name, answer]) => [name, bytes(answer)] as const);
    expect(sizes.filter(([, size]) => size >= RESPONSE_LIMIT)).toEqual([]);
    // Every one of them still drew the screen, and every change put the trolley on a card.
    const shown = Object.entries(answers).map(([name, answer]) => [
      name,
      renderDocumentOf(answer.response.directives) !== undefined,
      answer.response.card?.type ?? 'no card',
    ]);
    expect(shown).toEqual(Object.keys(answers).map((name) => [name, true, name === 'opening' ? 'no card' : 'Simple']));
    expect(await skill.lines(USER_ID)).toHaveLength(LIMITS.maxLines);
  });

  it('sends a document and datasources Amazon’s APL validator finds nothing wrong with', async () => {
    const directive = renderDocumentOf(
      (await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen))).response.directives,
    )!;
    expect(await aplFindings(directive.document)).toEqual([]);
    expect(await datasourceFindings(directive.datasources)).toEqual([]);
  });

  it('scrolls through every line, each page well within 24 KB and checked as the device checks it', async () => {
    const { rows, loads } = await scrollToTheEnd(await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen)));
    const keys = rows.filter((row): row is LineRow => row.kind === 'line').map((row) => row.key);
    expect(keys.sort()).toEqual((await skill.lines(USER_ID)).map((line) => line.key).sort());
    expect(loads.length).toBeGreaterThan(10);
    expect(Math.max(...loads.map(bytes))).toBeLessThan(RESPONSE_LIMIT / 2);
    // A load says nothing and leaves the session as it was.
    for (const load of loads)
      expect([load.response.outputSpeech, load.response.shouldEndSession]).toEqual([undefined, undefined]);
  });

  it('takes out a line loaded on the last page when its Remove is touched', async () => {
    const { rows } = await scrollToTheEnd(await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen)));
    const last = rows.filter((row): row is LineRow => row.kind === 'line').at(-1)!;
    const touched = await skill.send(aplUserEvent('trolley', ['remove', last.key, last.unit, last.name]));
    expect(spoken(touched)).toBe(`Removed the ${last.name}. You've got ${LIMITS.maxLines - 1} things in your trolley.`);
    expect((await skill.lines(USER_ID)).map((line) => line.key)).not.toContain(last.key);
    await skill.send(intentRequest('UndoIntent'));
    expect(await skill.lines(USER_ID)).toHaveLength(LIMITS.maxLines);
  });
});

describe('a page asked for after the trolley changed', () => {
  async function drawnThenChanged(change: RequestEnvelope) {
    const list = datasourcesOf(await skill.send(intentRequest('ListTrolleyIntent', {}, onScreen))).trolleyList;
    await skill.send(change);
    const startIndex = list.items.length;
    const answer = await skill.send(
      aplLoadIndexListData('trolley', { listId: list.listId, startIndex, correlationToken: 'c1' }),
    );
    return { list, startIndex, sent: sentPageOf(answer.response.directives)! };
  }

  it('ends the list with a notice that it changed, rather than rows that may have moved', async () => {
    const [gone] = await skill.lines(USER_ID);
    // Another device, with no screen, takes out a line.
    const { list, startIndex, sent } = await drawnThenChanged(intentRequest('RemoveItemIntent', { item: gone!.name }));
    expect(sent).toMatchObject({ correlationToken: 'c1', listId: list.listId, listVersion: 1, startIndex });
    expect(sent.maximumExclusiveIndex).toBe(startIndex + 1);
    expect(sent.items).toEqual([
      {
        kind: 'notice',
        text: 'Your trolley has changed since this was shown. Say “what’s in my trolley” to see it now.',
      },
    ]);
    expect(await pageFindings(sent, { ...sent, correlationToken: 'c1', listVersion: 1 }, list)).toEqual([]);
    await skill.send(intentRequest('UndoIntent'));
  });

  it('answers from the trolley as it is when the change left the rows as they were drawn', async () => {
    // Asking about a line changes nothing on screen.
    const [asked] = await skill.lines(USER_ID);
    const { list, sent } = await drawnThenChanged(intentRequest('CheckItemIntent', { item: asked!.name }));
    expect(sent.maximumExclusiveIndex).toBe(list.maximumExclusiveIndex);
    expect((sent.items as Row[]).every((row) => row.kind !== 'notice')).toBe(true);
  });
});
