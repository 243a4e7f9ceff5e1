import { getRequestType, SkillBuilders } from 'ask-sdk-core';
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { trolleyDatasources } from '../../../lambda/display/datasource';
import { TROLLEY_DOCUMENT } from '../../../lambda/display/document';
import type { TrolleyLine } from '../../../lambda/domain/trolley';
import { textFor } from '../../../lambda/speech/i18n';
import { describeScreen, findTouchable, readScreen } from '../../../tools/alexa/aplScreen';
import { createSimulator, runInputs } from '../../../tools/simulator/createSimulator';
import { formatTurn, toJsonTurn } from '../../../tools/simulator/transcript';
import { FIXTURE_MODEL_DIR } from '../../support/fixtureModel';
import { milkLine, tomatoLine } from '../../support/lines';

type UserEvent = interfaces.alexa.presentation.apl.UserEvent;

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

/** A skill that draws the trolley document on launch and answers a touch by saying what it received. */
function drawingSkill() {
  const received: RequestEnvelope[] = [];
  const skill = SkillBuilders.custom()
    .addRequestHandlers(
      {
        canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
        handle: (input) =>
          input.responseBuilder
            .speak('Hello.')
            .reprompt('Well?')
            .addDirective(trolleyDirective([milk, tomato]))
            .getResponse(),
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

  it('replay scripts may touch the screen too', async () => {
    const skill = drawingSkill();
    const turns = await runInputs(simulatorFor(skill), ['open my trolley', '.touch milk']);
    expect(turns.map((turn) => turn.speech)).toEqual(['Hello.', 'Touched milk.']);
  });
});
