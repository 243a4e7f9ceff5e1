/**
 * Multiple-value slots: the en-US fixture's AddItemIntent.item has `multipleValues` enabled; the en-GB
 * fixture has not, as en-IN cannot.
 */
import type { IntentRequest, Slot } from 'ask-sdk-model';
import { authorityFor, buildEnvelope, intentOf, LOCAL_SKILL_ID, slotsFor } from '../../../tools/alexa/requestEnvelope';
import { splitListValues } from '../../../tools/alexa/multipleValueSlots';
import { createSimulator } from '../../../tools/simulator/createSimulator';
import { formatTurn, toJsonTurn } from '../../../tools/simulator/transcript';
import { heardOf, wordsOf } from '../../../tools/alexa/heardWords';
import { understand } from '../../../tools/alexa/understand';
import { fakeSkill } from '../../support/fakeSkill';
import { compiledFixture, FIXTURE_MODEL_DIR } from '../../support/fixtureModel';

const listModel = compiledFixture('en-US');
const plainModel = compiledFixture('en-GB');

function slotsHeard(utterance: string, model = listModel, inSession = true): Record<string, Slot> {
  const understood = understand(model, utterance, inSession);
  if (understood.kind !== 'intent') throw new Error(`expected an intent, got ${understood.kind}`);
  const caller = { skillId: LOCAL_SKILL_ID, userId: 'amzn1.ask.account.A', locale: 'en-US', screen: false };
  const slots = slotsFor(model.intents.get(understood.intent), understood.slots, caller.skillId);
  const envelope = buildEnvelope(
    caller,
    { sessionId: 'amzn1.echo-api.session.1', isNew: true, attributes: {} },
    { type: 'IntentRequest', intent: intentOf(understood.intent, slots) },
  );
  return (envelope.request as IntentRequest).intent.slots ?? {};
}

const authority = authorityFor(LOCAL_SKILL_ID, 'GroceryItem');
const match = (value: string, id: string, name = id) => ({
  type: 'Simple',
  value,
  resolutions: {
    resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id, name } }] }],
  },
});
const noMatch = (value: string) => ({
  type: 'Simple',
  value,
  resolutions: { resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_NO_MATCH' } }] },
});
const listSlot = (...values: object[]) => ({
  name: 'item',
  confirmationStatus: 'NONE',
  source: 'USER',
  slotValue: { type: 'List', values },
});
const listedValues = (slot: Slot | undefined) =>
  slot?.slotValue?.type === 'List' ? slot.slotValue.values.map((value) => value.type === 'Simple' && value.value) : [];

describe('pauses in what was typed', () => {
  it('a comma is a pause after the word before it, not a word', () => {
    expect(heardOf('Add milk, eggs, and bread.')).toEqual({
      words: ['add', 'milk', 'eggs', 'and', 'bread'],
      pauseAfter: [false, true, true, false, false],
    });
  });

  it('"1,000" is a number, not a pause; words are as before', () => {
    expect(heardOf('add 1,000 eggs').pauseAfter).toEqual([false, false, false]);
    expect(wordsOf("Alexa, what's in my trolley?")).toEqual(['alexa', "what's", 'in', 'my', 'trolley']);
  });
});

describe('splitting a list as Alexa does', () => {
  it.each([
    ['milk, eggs and bread', [['milk'], ['eggs'], ['bread']]],
    ['milk, eggs, and bread', [['milk'], ['eggs'], ['bread']]],
    ['salt and vinegar crisps', [['salt'], ['vinegar', 'crisps']]],
    ['orange juice', [['orange', 'juice']]],
    ['and milk and', [['milk']]],
    ['and', [['and']]],
  ])('"%s"', (said, values) => expect(splitListValues(heardOf(said))).toEqual(values));
});

describe('a multiple-value slot (en-US fixture)', () => {
  it('"add milk, eggs and bread" sends three values, each resolved, and no top-level value', () => {
    const slots = slotsHeard('add milk, eggs and bread');
    expect(slots.item).toEqual(listSlot(match('milk', 'milk'), match('eggs', 'egg'), match('bread', 'bread')));
    expect(slots.quantity).toEqual({ name: 'quantity', confirmationStatus: 'NONE' });
  });

  it('splits "salt and vinegar crisps" on its "and", as Alexa may; the skill re-joins it', () => {
    expect(slotsHeard('add salt and vinegar crisps').item).toEqual(
      listSlot(match('salt', 'salt'), noMatch('vinegar crisps')),
    );
  });

  it('one value is still a List, of one', () => {
    expect(slotsHeard('add semi skimmed milk').item).toEqual(listSlot(match('semi skimmed milk', 'milk')));
    expect(slotsHeard('add dragon fruit').item).toEqual(listSlot(noMatch('dragon fruit')));
  });

  it('each value resolving counts: "add two milk and bread" is a quantity and two known items', () => {
    const slots = slotsHeard('add two milk and bread');
    expect(slots.quantity?.value).toBe('2');
    expect(listedValues(slots.item)).toEqual(['milk', 'bread']);
  });

  it('keeps pauses through the wake word, a one-shot and other samples', () => {
    expect(listedValues(slotsHeard('Alexa, ask my trolley to add milk, eggs, bread', listModel, false).item)).toEqual([
      'milk',
      'eggs',
      'bread',
    ]);
    expect(listedValues(slotsHeard('add milk, eggs with my trolley', listModel, false).item)).toEqual(['milk', 'eggs']);
    expect(listedValues(slotsHeard('put milk and eggs in my trolley').item)).toEqual(['milk', 'eggs']);
    const tins = slotsHeard('add two tins of tuna and tomatoes');
    expect(tins.unit?.value).toBe('tins');
    expect(tins.item).toEqual(listSlot(match('tuna', 'tuna'), match('tomatoes', 'tomato')));
  });

  it('only the slot that enables it is a list: RemoveItemIntent.item stays one value', () => {
    const item = slotsHeard('remove milk and bread').item;
    expect(item).toMatchObject({ value: 'milk and bread', slotValue: { type: 'Simple', value: 'milk and bread' } });
  });
});

describe('a slot without multipleValues (en-GB fixture, as en-IN must be)', () => {
  it('"add milk and bread" is one Simple value with everything heard', () => {
    expect(slotsHeard('add milk, and bread', plainModel).item).toEqual({
      name: 'item',
      value: 'milk and bread',
      confirmationStatus: 'NONE',
      source: 'USER',
      resolutions: noMatch('milk and bread').resolutions,
      slotValue: noMatch('milk and bread'),
    });
  });
});

describe('transcripts of a list slot', () => {
  async function turnFor(utterance: string, locale: string) {
    const simulator = createSimulator(
      { invoke: fakeSkill().invoke, locale, modelDir: FIXTURE_MODEL_DIR, skillId: LOCAL_SKILL_ID },
      {},
    );
    await simulator.say('open my trolley');
    return simulator.say(utterance);
  }

  it('--json lists the values, each with what it resolved to', async () => {
    const turn = toJsonTurn(await turnFor('add milk, dragon fruit and bread', 'en-US'));
    expect(turn.request?.slots).toEqual({
      item: {
        value: 'milk, dragon fruit, bread',
        resolved: null,
        values: [
          { value: 'milk', resolved: { id: 'milk', name: 'milk' } },
          { value: 'dragon fruit', resolved: null },
          { value: 'bread', resolved: { id: 'bread', name: 'bread' } },
        ],
      },
    });
  });

  it('the human transcript shows the list in brackets', async () => {
    const lines = formatTurn(await turnFor('add two milk and dragon fruit', 'en-US'));
    expect(lines[0]).toBe('        (AddItemIntent item=["milk" → milk, "dragon fruit" (no match)] quantity="2")');
  });

  it('an ordinary slot looks as it always has', async () => {
    const turn = await turnFor('add milk and bread', 'en-GB');
    expect(toJsonTurn(turn).request?.slots).toEqual({ item: { value: 'milk and bread', resolved: null } });
    expect(formatTurn(turn)[0]).toBe('        (AddItemIntent item="milk and bread" (no match))');
  });
});
