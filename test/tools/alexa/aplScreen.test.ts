import { getRequestType, SkillBuilders } from 'ask-sdk-core';
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { trolleyDatasources, trolleyPage } from '../../../lambda/display/datasource';
import { TROLLEY_DOCUMENT } from '../../../lambda/display/document';
import type { TrolleyLine } from '../../../lambda/domain/trolley';
import { textFor } from '../../../lambda/speech/i18n';
import { describeScreen, findTouchable, readScreen } from '../../../tools/alexa/aplScreen';
import { createSimulator, runInputs } from '../../../tools/simulator/createSimulator';
import { formatTurn, toJsonTurn } from '../../../tools/simulator/transcript';
import { FIXTURE_MODEL_DIR } from '../../support/fixtureModel';
import { milkLine, tomatoLine } from '../../support/lines';

type UserEvent = interfaces.alexa.presentation.apl.UserEvent;
type LoadIndexListData = interfaces.alexa.presentation.apl.LoadIndexListDataEvent;

const milk = milkLine;
const oatMilk: TrolleyLine = { key: 'oat-milk', name: 'oat milk', countable: false, aisle: 'dairy' };
const tomato = tomatoLine(2);
const crisps: TrolleyLine = { key: 'said:m&s crisp', name: 'm&s crisps', countable: false, aisle: 'other' };

function trolleyDirective(lines: readonly TrolleyLine[]) {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument' as const,
    token: 'trolley',
    document: TROLLEY_DOCUMENT as unknown as Record<string, unknown>,
    datasources: trolleyDatasources(lines, textFor('en-GB')) as unknown as Record<string, unknown>,
  };
}

describe('reading a screen', () => {
  it('shows the trolley document as text, touchable controls in brackets, markup decoded', () => {
    const screen = readScreen(trolleyDirective([milk, tomato, crisps]));
    expect(describeScreen(screen)).toBe(
      'My Trolley · 3 things · Fruit and veg · 2 tomatoes [Remove] · Dairy and eggs · milk [Remove] · ' +
        'Everything else · m&s crisps [Remove]',
    );
    expect(describeScreen(readScreen(trolleyDirective([])))).toBe(
      'My Trolley · Your trolley’s empty. Try saying, “add two tins of tuna”.',
    );
  });

  it('finds the line a person means, preferring an exact match and refusing to guess between several', () => {
    const screen = readScreen(trolleyDirective([milk, oatMilk, tomato]));
    expect(findTouchable(screen, 'Milk')).toMatchObject({
      found: true,
      touchable: { text: 'Remove', label: 'Remove milk', arguments: ['remove', 'milk', '', 'milk'] },
    });
    expect(findTouchable(screen, 'oat')).toMatchObject({ found: true, row: { text: 'oat milk' } });
    expect(findTouchable(screen, 'mil')).toMatchObject({ found: false, reason: expect.stringMatching(/2 lines/) });
    expect(findTouchable(screen, 'bread')).toMatchObject({ found: false });
    // Headings are not touchable, so an aisle name finds nothing.
    expect(findTouchable(screen, 'Dairy and eggs')).toMatchObject({ found: false });
  });
});

const longTrolley: TrolleyLine[] = Array.from({ length: 30 }, (_, index) => ({
  key: `said:thing ${index}`,
  name: `thing ${index}`,
  countable: false,
  aisle: 'other',
}));

/**
 * A skill that draws the trolley document on launch and answers a touch by saying what it received, and a
 * load of the list's rows with the next page of `lines` (its list version one off, when `badVersion`).
 */
function drawingSkill(lines: readonly TrolleyLine[] = [milk, tomato], { badVersion = false } = {}) {
  const received: RequestEnvelope[] = [];
  const skill = SkillBuilders.custom()
    .addRequestHandlers(
      {
        canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
        handle: (input) =>
          input.responseBuilder.speak('Hello.').reprompt('Well?').addDirective(trolleyDirective(lines)).getResponse(),
      },
      {
        canHandle: (input) => getRequestType(input.requestEnvelope) === 'Alexa.Presentation.APL.LoadIndexListData',
        handle: (input) => {
          const page = trolleyPage(lines, textFor('en-GB'), input.requestEnvelope.request as LoadIndexListData);
          const listVersion = (page.listVersion ?? 0) + (badVersion ? 1 : 0);
          return input.responseBuilder.addDirective({ ...page, listVersion }).getResponse();
        },
      },
      {
        canHandle: (input) => getRequestType(input.requestEnvelope) === 'Alexa.Presentation.APL.UserEvent',
        handle: (input) => {
          const event = input.requestEnvelope.request as UserEvent;
          return input.responseBuilder
            .speak(`Touched ${String(event.arguments?.[1])}.`)
            .reprompt('Well?')
            .getResponse();
        },
      },
      {
        canHandle: () => true,
        handle: (input) => input.responseBuilder.speak('Bye.').withShouldEndSession(true).getResponse(),
      },
    )
    .create();
  return {
    received,
    invoke: (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
      received.push(envelope);
      return skill.invoke(envelope);
    },
  };
}

describe('.touch in the simulator', () => {
  const simulatorFor = (skill: ReturnType<typeof drawingSkill>) =>
    createSimulator({ invoke: skill.invoke, locale: 'en-GB', modelDir: FIXTURE_MODEL_DIR, screen: true }, {});

  it('sends the UserEvent the device would, in the open session, and shows the screen in the transcript', async () => {
    const skill = drawingSkill();
    const simulator = simulatorFor(skill);
    const launch = await simulator.say('open my trolley');
    expect(formatTurn(launch)).toContain(
      '        [screen] My Trolley · 2 things · Fruit and veg · 2 tomatoes [Remove] · Dairy and eggs · milk [Remove]',
    );
    expect(toJsonTurn(launch).screen).toMatch(/^My Trolley · 2 things/);

    const touch = await simulator.touch('tomatoes');
    expect(touch).toMatchObject({ speech: 'Touched tomato.', errors: [] });
    const [first, sent] = skill.received;
    expect(sent?.request).toMatchObject({
      type: 'Alexa.Presentation.APL.UserEvent',
      token: 'trolley',
      arguments: ['remove', 'tomato', '', 'tomatoes'],
      source: { type: 'TouchWrapper', handler: 'Press' },
    });
    expect(sent?.session).toMatchObject({ new: false, sessionId: first?.session?.sessionId });
  });

  it('touching with no screen in the session, or words on no line, is an error and sends nothing', async () => {
    const skill = drawingSkill();
    const simulator = simulatorFor(skill);
    expect((await simulator.touch('milk')).errors.join()).toMatch(/nothing on screen/);
    await simulator.say('open my trolley');
    expect((await simulator.touch('bread')).errors.join()).toMatch(/nothing touchable on screen says "bread"/);
    expect(skill.received).toHaveLength(1);
  });

  it('.scroll asks for the rows not on screen yet, in pages, and shows them as they come', async () => {
    const skill = drawingSkill(longTrolley);
    const simulator = simulatorFor(skill);
    const launch = await simulator.say('open my trolley');
    expect(launch.screen).toMatch(/ · thing 14 \[Remove\] · \(15 more rows: \.scroll\)$/);
    const first = await simulator.scroll();
    expect(first).toMatchObject({ errors: [], notes: [] });
    expect(formatTurn(first)).toEqual([
      expect.stringMatching(
        /^ {8}\(Alexa\.Presentation\.APL\.LoadIndexListData listId="trolley\.16\.\w+" startIndex=16 count=10\)$/,
      ),
      expect.stringMatching(
        /^ {8}\[screen\] My Trolley · 30 things · .* · thing 24 \[Remove\] · \(5 more rows: \.scroll\)$/,
      ),
    ]);
    expect(first.screen).toMatch(/ · thing 24 \[Remove\] · \(5 more rows: \.scroll\)$/);
    expect(skill.received[1]?.request).toMatchObject({
      type: 'Alexa.Presentation.APL.LoadIndexListData',
      token: 'trolley',
      startIndex: 16,
      listId: expect.stringMatching(/^trolley\./),
    });
    const second = await simulator.scroll();
    expect(second.screen).toMatch(/ · thing 29 \[Remove\]$/);
    expect((await simulator.touch('thing 27')).speech).toBe('Touched said:thing 27.');
    expect((await simulator.scroll()).errors).toEqual([
      'nothing to scroll to: every row of the list is on screen already',
    ]);
  });

  it('.scroll reports a page whose list version does not follow the last, as a device refuses it', async () => {
    const simulator = simulatorFor(drawingSkill(longTrolley, { badVersion: true }));
    await simulator.say('open my trolley');
    expect((await simulator.scroll()).errors).toEqual(['SendIndexListData has listVersion 2, not 1']);
  });

  it('replay scripts may touch the screen too', async () => {
    const skill = drawingSkill();
    const turns = await runInputs(simulatorFor(skill), ['open my trolley', '.touch milk']);
    expect(turns.map((turn) => turn.speech)).toEqual(['Hello.', 'Touched milk.']);
  });
});
