import { handledIntentsIn } from '../../../tools/model/handlerScan';
import type { InteractionModel } from '../../../tools/alexa/interactionModel';
import { lintModel } from '../../../tools/model/modelLint';
import { fixtureModel } from '../../support/fixtureModel';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

function editedFixture(edit: (model: Mutable<InteractionModel>) => void): InteractionModel {
  const model = JSON.parse(JSON.stringify(fixtureModel())) as Mutable<InteractionModel>;
  edit(model);
  return model;
}

const intent = (model: Mutable<InteractionModel>, name: string) => {
  const found = model.interactionModel.languageModel.intents.find((candidate) => candidate.name === name);
  if (!found) throw new Error(name);
  return found;
};

const ALL_HANDLED = new Set([
  'AddItemIntent',
  'RemoveItemIntent',
  'ListTrolleyIntent',
  'ClearTrolleyIntent',
  'UndoIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
]);

const errors = (model: InteractionModel, handled: ReadonlySet<string> | undefined = ALL_HANDLED) =>
  lintModel(model, handled)
    .filter((finding) => finding.level === 'error')
    .map((finding) => finding.message);

describe('lint:model', () => {
  it('the fixture has no errors, and warns of its unused slot type', () => {
    const findings = lintModel(fixtureModel(), ALL_HANDLED);
    expect(findings).toEqual([{ level: 'warning', message: 'slot type UnusedType is not used by any slot' }]);
  });

  it('finds identical samples across intents', () => {
    const model = editedFixture((draft) => intent(draft, 'UndoIntent').samples?.push('clear my trolley'));
    expect(errors(model)).toContain('identical samples "clear my trolley" in ClearTrolleyIntent and UndoIntent');
  });

  it('finds a sample that another intent would take', () => {
    // With its slot filled in, AddItemIntent's "put {item} in my trolley" is a sample of ListTrolleyIntent.
    const model = editedFixture((draft) => intent(draft, 'ListTrolleyIntent').samples?.push('put tuna in my trolley'));
    expect(errors(model)).toEqual([
      'conflict: "put {item} in my trolley" of AddItemIntent (as "put tuna in my trolley") is understood as ' +
        'ListTrolleyIntent ("put tuna in my trolley")',
    ]);
  });

  it('finds a sample that names a slot its intent lacks, and undeclared slot types', () => {
    const model = editedFixture((draft) => {
      intent(draft, 'UndoIntent').samples?.push('undo the {item}');
      intent(draft, 'AddItemIntent').slots?.push({ name: 'shop', type: 'ShopName' });
    });
    expect(errors(model)).toEqual(
      expect.arrayContaining([
        'UndoIntent: "undo the {item}" names a slot the intent does not have',
        'AddItemIntent.shop has type ShopName, which the model does not declare',
      ]),
    );
  });

  it('finds custom intents no handler answers', () => {
    const handled = new Set([...ALL_HANDLED].filter((name) => name !== 'UndoIntent'));
    expect(errors(fixtureModel(), handled)).toEqual(['UndoIntent has no handler in lambda/']);
  });

  it('multiple-value slots pass in en-GB, en-US, en-AU and en-CA', () => {
    for (const locale of ['en-GB', 'en-US', 'en-AU', 'en-CA']) {
      expect(lintModel(fixtureModel('en-US'), ALL_HANDLED, locale)).toEqual([]);
    }
  });

  it.each(['en-IN', 'de-DE', 'fr-CA'])('finds multiple-value slots in %s, where ask deploy rejects them', (locale) => {
    expect(lintModel(fixtureModel('en-US'), ALL_HANDLED, locale)).toEqual([
      {
        level: 'error',
        message:
          `AddItemIntent.item has multipleValues enabled, which Alexa does not support in ${locale} ` +
          '(only en-AU, en-CA, en-GB, en-US)',
      },
    ]);
    expect(lintModel(fixtureModel('en-GB'), ALL_HANDLED, locale).filter((found) => found.level === 'error')).toEqual(
      [],
    );
  });

  it('finds confirmation prompts that are missing', () => {
    const model = editedFixture((draft) => {
      draft.interactionModel.prompts = [];
    });
    expect(errors(model)).toEqual([
      "ClearTrolleyIntent's confirmation prompt Confirm.Intent.ClearTrolley is not in prompts",
    ]);
  });
});

describe('lint:model on the invocation name (Amazon refuses these)', () => {
  const named = (name: string) =>
    errors(
      editedFixture((draft) => {
        draft.interactionModel.languageModel.invocationName = name;
      }),
    );

  it.each([
    ['my trolley', []],
    ['pantry pal', []],
    ["mum's shopping list", []],
    ['b. b. c. shopping', []],
    ['Pantry Pal', ['may hold only lower-case letters']],
    ['pantry pal 2', ['may hold only lower-case letters']],
    ['trolley', ['needs two or more words']],
    ['for my', ['is only connecting words', 'may not use "the"']],
    ['the trolley', ['may not use "the"']],
    ['alexa shopping', ['wake word or launch word (alexa)']],
    ['open shopping list', ['wake word or launch word (open)']],
    ['shopping app', ['wake word or launch word (app)']],
  ])('"%s"', (name, expected) => {
    const problems = named(name);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((part, index) => expect(problems[index]).toContain(part));
  });
});

describe('finding the handlers in lambda/', () => {
  it('reads isIntent helpers, getIntentName comparisons and intent.name comparisons', () => {
    const source = `
      canHandle: (input) => isIntent(input, 'AddItemIntent'),
      canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', "AMAZON.CancelIntent"),
      canHandle: (input) => intentIs(input, 'UndoIntent'),
      canHandle: (input) => Alexa.getIntentName(input.requestEnvelope) === 'ListTrolleyIntent',
      if (request.intent.name === 'ClearTrolleyIntent') {}
    `;
    expect([...handledIntentsIn(source)].sort()).toEqual([
      'AMAZON.CancelIntent',
      'AMAZON.StopIntent',
      'AddItemIntent',
      'ClearTrolleyIntent',
      'ListTrolleyIntent',
      'UndoIntent',
    ]);
  });
});
