import { readFileSync } from 'node:fs';
import type { v1 } from 'ask-smapi-model';
import { catalogueItemBySlotId } from '../../../lambda/catalogue';
import { UNIT_IDS } from '../../../lambda/domain/units';
import { ITEM_INTENTS } from '../../../lambda/handlers/intents';
import { SUPPORTED_LOCALES, type Locale } from '../../../lambda/locales';
import { INVOCATION_NAME } from '../../../lambda/skillName';
import { MULTIPLE_VALUE_LOCALES } from '../../../tools/alexa/multipleValueSlots';
import { CLEAR_CONFIRMATION_PROMPT_ID, buildModel, modelFileContent, modelPath } from '../../../tools/model/generate';
import { invocationNameProblems } from '../../../tools/model/invocationName';

type InteractionModelData = v1.skill.interactionModel.InteractionModelData;

function committedModel(locale: Locale): InteractionModelData {
  return JSON.parse(readFileSync(modelPath(locale), 'utf8')) as InteractionModelData;
}

function languageModelOf(locale: Locale) {
  return committedModel(locale).interactionModel.languageModel;
}

function slotTypeOf(locale: Locale, name: string) {
  const type = languageModelOf(locale).types?.find((candidate) => candidate.name === name);
  if (!type) throw new Error(`${locale} has no slot type ${name}`);
  return type;
}

const SLOT_REFERENCE = /\{(\w+)\}/g;

describe.each(SUPPORTED_LOCALES)('the %s interaction model', (locale) => {
  const languageModel = languageModelOf(locale);

  it('is exactly what tools/model/generate.ts writes (run it after changing the catalogue or samples)', () => {
    expect(readFileSync(modelPath(locale), 'utf8')).toBe(modelFileContent(locale));
  });

  it('is invoked by the name skill-settings.json gives, which Amazon accepts', () => {
    expect(languageModel.invocationName).toBe(INVOCATION_NAME);
    expect(invocationNameProblems(languageModel.invocationName)).toEqual([]);
  });

  it('never puts one sample in two intents, or twice in one', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const intent of languageModel.intents) {
      for (const sample of intent.samples ?? []) {
        const seen = owner.get(sample);
        if (seen) clashes.push(`"${sample}": ${seen} and ${intent.name}`);
        owner.set(sample, intent.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('declares every slot a sample uses, and uses every slot it declares', () => {
    for (const intent of languageModel.intents) {
      const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
      const used = new Set(
        (intent.samples ?? []).flatMap((sample) => [...sample.matchAll(SLOT_REFERENCE)].map((match) => match[1])),
      );
      expect([intent.name, [...used].filter((name) => name === undefined || !declared.has(name))]).toEqual([
        intent.name,
        [],
      ]);
      expect([intent.name, [...declared].filter((name) => !used.has(name))]).toEqual([intent.name, []]);
    }
  });

  it('writes samples as Alexa requires: lowercase words, apostrophes, abbreviation periods and slots only', () => {
    const bad = languageModel.intents
      .flatMap((intent) => intent.samples ?? [])
      .filter((sample) => {
        const words = sample.split(' ');
        const wordOk = (word: string) =>
          /^\{\w+\}$/.test(word) || /^[a-z]+('[a-z]+)?$/.test(word) || /^[a-z]\.$/.test(word);
        return sample !== sample.trim() || words.some((word) => !wordOk(word));
      });
    expect(bad).toEqual([]);
  });

  it('gives the item intents their slots, with the types the skill resolves', () => {
    for (const name of ['AddItemIntent', 'RemoveItemIntent']) {
      const intent = languageModel.intents.find((candidate) => candidate.name === name);
      expect(intent?.slots?.map(({ name: slot, type }) => ({ slot, type }))).toEqual([
        { slot: 'item', type: 'GroceryItem' },
        { slot: 'quantity', type: 'AMAZON.NUMBER' },
        { slot: 'unit', type: 'TrolleyUnit' },
      ]);
      expect((intent?.samples ?? []).length).toBeGreaterThanOrEqual(30);
    }
  });

  it('takes several values in the add, remove, change and check item slots, only where Alexa offers them', () => {
    const listSlots = languageModel.intents.flatMap((intent) =>
      (intent.slots ?? [])
        .filter((slot) => (slot as { multipleValues?: { enabled?: boolean } }).multipleValues?.enabled === true)
        .map((slot) => `${intent.name}.${slot.name}`),
    );
    const listed = ['AddItemIntent.item', 'RemoveItemIntent.item', 'ChangeItemIntent.item', 'CheckItemIntent.item'];
    expect(listSlots).toEqual(MULTIPLE_VALUE_LOCALES.includes(locale) ? listed : []);
  });

  it('has the change and check intents, with their slots and samples for "make that three" and "how many"', () => {
    const intentNamed = (name: string) => languageModel.intents.find((candidate) => candidate.name === name);
    const slotsOf = (name: string) => intentNamed(name)?.slots?.map(({ name: slot, type }) => ({ slot, type }));
    expect(slotsOf('ChangeItemIntent')).toEqual([
      { slot: 'item', type: 'GroceryItem' },
      { slot: 'quantity', type: 'AMAZON.NUMBER' },
      { slot: 'unit', type: 'TrolleyUnit' },
    ]);
    expect(slotsOf('CheckItemIntent')).toEqual([{ slot: 'item', type: 'GroceryItem' }]);
    expect(intentNamed('ChangeItemIntent')?.samples).toEqual(
      expect.arrayContaining(['make that {quantity}', 'change the {item} to {quantity} {unit}']),
    );
    expect(intentNamed('CheckItemIntent')?.samples).toEqual(
      expect.arrayContaining(['is there {item} in my trolley', 'how many {item} have i got']),
    );
  });

  it('declares every custom slot type an intent uses', () => {
    const declared = new Set(languageModel.types?.map((type) => type.name));
    for (const intent of languageModel.intents) {
      for (const slot of intent.slots ?? []) {
        if (!slot.type?.startsWith('AMAZON.'))
          expect([slot.name, declared.has(slot.type ?? '')]).toEqual([slot.name, true]);
      }
    }
  });

  it('includes the built-in intents a custom skill needs', () => {
    const names = languageModel.intents.map((intent) => intent.name);
    for (const builtIn of [
      'HelpIntent',
      'StopIntent',
      'CancelIntent',
      'FallbackIntent',
      'NavigateHomeIntent',
      'YesIntent',
      'NoIntent',
    ]) {
      expect(names).toContain(`AMAZON.${builtIn}`);
    }
    expect(languageModel.modelConfiguration?.fallbackIntentSensitivity?.level).toBe('LOW');
  });

  it('has a GroceryItem value for every catalogue item, each spoken form appearing once', () => {
    const values = slotTypeOf(locale, 'GroceryItem').values ?? [];
    expect(values.length).toBeGreaterThanOrEqual(400);
    const words = values.flatMap((value) => [value.name.value, ...value.name.synonyms]);
    expect(words.filter((word, index) => words.indexOf(word) !== index)).toEqual([]);
    for (const word of words) expect(word).toMatch(/^[a-z][a-z' ]*[a-z']$/);
    for (const value of values)
      expect([value.id, catalogueItemBySlotId(value.id ?? '')?.aisle]).toEqual([value.id, value.id?.split(':')[0]]);
  });

  it('has a TrolleyUnit value for every unit the domain knows', () => {
    const values = slotTypeOf(locale, 'TrolleyUnit').values ?? [];
    expect(values.map((value) => value.id)).toEqual([...UNIT_IDS]);
    const words = values.flatMap((value) => [value.name.value, ...value.name.synonyms]);
    expect(words.filter((word, index) => words.indexOf(word) !== index)).toEqual([]);
  });

  it('confirms clearing the trolley through the skill, with a prompt Alexa can fall back on', () => {
    const dialog = committedModel(locale).interactionModel.dialog;
    expect(dialog?.delegationStrategy).toBe('SKILL_RESPONSE');
    const clear = dialog?.intents.find((intent) => intent.name === 'ClearTrolleyIntent');
    expect(clear).toEqual(expect.objectContaining({ confirmationRequired: true }));
    expect(clear?.prompts?.confirmation).toBe(CLEAR_CONFIRMATION_PROMPT_ID);
    const prompt = committedModel(locale).interactionModel.prompts?.find((p) => p.id === CLEAR_CONFIRMATION_PROMPT_ID);
    expect(prompt?.variations.length).toBeGreaterThan(0);
  });

  it('lets Alexa listen for a bare item after a question: item slots in the dialog model, none required', () => {
    const dialog = committedModel(locale).interactionModel.dialog;
    const listened = (dialog?.intents ?? []).filter((intent) =>
      intent.slots?.some((slot) => slot.name === 'item' && slot.elicitationRequired === false),
    );
    expect(listened.map((intent) => intent.name)).toEqual([...ITEM_INTENTS]);
    const addItem = languageModel.intents.find((intent) => intent.name === 'AddItemIntent');
    const answers = addItem?.slots?.find((slot) => slot.name === 'item')?.samples;
    expect(answers).toEqual(expect.arrayContaining(['{item}', '{quantity} {unit} of {item}']));
    // A bare "{item}" is an answer only: as an intent sample it would turn any stray one-shot into an item.
    for (const intent of languageModel.intents) expect(intent.samples ?? []).not.toContain('{item}');
  });

  it('speaks the locale’s own words for an item, and hears the other variety’s too', () => {
    const aubergine = slotTypeOf(locale, 'GroceryItem').values?.find((value) => value.id === 'produce:aubergine');
    const northAmerican = locale === 'en-US' || locale === 'en-CA';
    expect(aubergine?.name.value).toBe(northAmerican ? 'eggplant' : 'aubergine');
    expect(aubergine?.name.synonyms).toEqual(
      expect.arrayContaining(northAmerican ? ['eggplants', 'aubergine'] : ['aubergines', 'eggplant']),
    );
  });
});

describe('the five interaction models together', () => {
  const shapeOf = (locale: Locale) =>
    buildModel(locale).interactionModel.languageModel.intents.map((intent) => ({
      name: intent.name,
      slots: (intent.slots ?? []).map((slot) => `${slot.name}:${slot.type}`),
    }));

  it('have the same intents and slots in every locale', () => {
    for (const locale of SUPPORTED_LOCALES) expect([locale, shapeOf(locale)]).toEqual([locale, shapeOf('en-GB')]);
  });

  it('are written the same way on every run', () => {
    for (const locale of SUPPORTED_LOCALES) expect(modelFileContent(locale)).toBe(modelFileContent(locale));
  });
});
