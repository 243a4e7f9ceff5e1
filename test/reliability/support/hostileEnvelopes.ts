import fc from 'fast-check';
import type { RequestEnvelope } from 'ask-sdk-model';
import { intentRequest, launchRequest, SKILL_ID } from '../../support/requests';

/**
 * Request envelopes as a careless or hostile caller might send them: every field a handler reads is
 * missing, empty, huge, in another script, full of markup, or the wrong type. The skill id is always ours,
 * so every one of them must be answered.
 */
const MARKUP = ['&', '<', '>', '"', "'", ']]>', '<speak>', '</speak>', '<break time="10s"/>', '&amp;', 'M&S', '<!--'];
const SCRIPTS = ['молоко', '牛奶', 'حليب', 'दूध', 'ミルク', '🥛', '🍎🍌🥖', '👨‍👩‍👧‍👦', 'é', 'ﬁsh', '\u200b', '\u0000'];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary-ascii', maxLength: 30 }),
  fc.constantFrom(...MARKUP, ...SCRIPTS, '', ' ', 'milk', 'eggs', 'the', 'a'),
  fc
    .array(fc.constantFrom(...MARKUP, ...SCRIPTS, 'milk', 'tins', 'of', ' '), { maxLength: 8 })
    .map((parts) => parts.join(' ')),
  fc.integer({ min: 61, max: 5_000 }).map((length) => 'tuna '.repeat(length).slice(0, length)),
  fc.constant('&<'.repeat(2_000)),
);

/** What AMAZON.NUMBER might carry, and what it never should. */
const hostileQuantity: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('-1', '0', '-0', '2.5', '1e308', 'NaN', 'Infinity', '?', 'two', '', ' ', '0x10', '100', '101'),
  fc.integer({ min: -1_000, max: 1_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  hostileText,
);

const slotFill = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    text,
    fc.record({ value: text, id: fc.oneof(fc.constantFrom('dairy:milk', 'tin', 'no-such-id'), hostileText) }),
  );

const INTENTS = [
  'AddItemIntent',
  'RemoveItemIntent',
  'ListTrolleyIntent',
  'ClearTrolleyIntent',
  'UndoIntent',
  'ChangeItemIntent',
  'CheckItemIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
  'SomeIntentFromTheFuture',
];

const REQUEST_TYPES = [
  'SessionEndedRequest',
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'Alexa.Presentation.APL.UserEvent',
  'CanFulfillIntentRequest',
  'Messaging.MessageReceived',
  'NoSuchRequest',
  '',
];

/** Ways an envelope can be broken after it is built; applied in order, each to a JSON copy. */
type Breakage = (envelope: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  fc.constant<Breakage>((envelope) => delete envelope.request.intent),
  fc.constant<Breakage>((envelope) => envelope.request.intent && delete envelope.request.intent.slots),
  fc.constant<Breakage>((envelope) => envelope.request.intent && (envelope.request.intent.slots = null)),
  fc.constant<Breakage>((envelope) => delete envelope.context.System.user),
  fc.constant<Breakage>((envelope) => delete envelope.session),
  fc.constant<Breakage>((envelope) => delete envelope.request.locale),
  fc.constant<Breakage>((envelope) => delete envelope.request.requestId),
  fc.constantFrom('de-DE', 'xx', '!!', 'en-NZ', '').map<Breakage>((locale) => (envelope) => {
    envelope.request.locale = locale;
  }),
  fc.jsonValue().map<Breakage>((value) => (envelope) => {
    if (envelope.session) envelope.session.attributes = value;
  }),
  fc
    .record({ launched: fc.jsonValue(), pending: fc.oneof(fc.jsonValue(), pendingListMore()) })
    .map<Breakage>((attributes) => (envelope) => {
      if (envelope.session) envelope.session.attributes = attributes;
    }),
  // A multiple-value item slot: long lists, odd entries, a list inside a list, or no list at all.
  fc.oneof(hostileSlotValue(), fc.jsonValue()).map<Breakage>((slotValue) => (envelope) => {
    const slots = envelope.request.intent?.slots;
    if (slots && typeof slots === 'object') slots.item = { name: 'item', confirmationStatus: 'NONE', slotValue };
  }),
  fc.constantFrom('CONFIRMED', 'DENIED', 'NONE', 'MAYBE').map<Breakage>((status) => (envelope) => {
    if (envelope.request.intent) envelope.request.intent.confirmationStatus = status;
  }),
);

function hostileSlotValue() {
  const simple = fc.record({
    type: fc.constantFrom('Simple', 'List', 'Other'),
    value: fc.oneof(hostileText, fc.jsonValue()),
    resolutions: fc.oneof(fc.jsonValue(), fc.constant({ resolutionsPerAuthority: 'not a list' })),
  });
  return fc.record({
    type: fc.constant('List'),
    values: fc.oneof(
      fc.array(fc.oneof(simple, fc.jsonValue()), { maxLength: 30 }),
      fc
        .integer({ min: 21, max: 3_000 })
        .map((count) => Array.from({ length: count }, (_, index) => ({ type: 'Simple', value: `thing ${index}` }))),
      fc.jsonValue(),
    ),
  });
}

function pendingListMore() {
  return fc.record({
    kind: fc.constant('listMore'),
    offset: fc.oneof(fc.integer(), fc.constantFrom(-1, 1e300, 0.5), fc.string()),
  });
}

const hostileIntent = fc
  .record({
    name: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...INTENTS) }, { weight: 1, arbitrary: hostileText }),
    item: fc.option(slotFill(hostileText), { nil: undefined }),
    quantity: fc.option(hostileQuantity, { nil: undefined }),
    unit: fc.option(slotFill(fc.oneof(fc.constantFrom('tins', 'kilos', 'sachets', 'dozen'), hostileText)), {
      nil: undefined,
    }),
  })
  .map(({ name, item, quantity, unit }) => intentRequest(name, { item, quantity, unit }));

const otherRequest = fc
  .constantFrom(...REQUEST_TYPES)
  .map((type) => ({ ...launchRequest(), request: { ...launchRequest().request, type } }) as RequestEnvelope);

/** One hostile request for `userId`, always addressed to this skill. */
export function hostileEnvelope(userId: string): fc.Arbitrary<RequestEnvelope> {
  return fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: hostileIntent },
        { weight: 1, arbitrary: fc.constant(launchRequest()) },
        {
          weight: 1,
          arbitrary: otherRequest,
        },
      ),
      fc.array(breakage, { maxLength: 3 }),
    )
    .map(([envelope, breakages]) => {
      const copy = JSON.parse(JSON.stringify(envelope));
      copy.context.System.user = { userId };
      if (copy.session) copy.session.user = { userId };
      for (const broken of breakages) broken(copy);
      copy.context.System.application = { applicationId: SKILL_ID };
      return copy as RequestEnvelope;
    });
}
