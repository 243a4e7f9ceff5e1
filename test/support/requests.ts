import type { IntentConfirmationStatus, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildEnvelope, intentOf, newSessionId, slotsFor, type RequestBody } from '../../tools/alexa/requestEnvelope';
import type { FilledSlot, HeardValue } from '../../tools/alexa/sampleMatcher';

/**
 * Shorthands for the request envelopes handler tests send. The envelopes come from the builder the simulator
 * uses (tools/alexa/requestEnvelope.ts), so a test sends what Alexa sends, `slotValue` included. Each turn of
 * a conversation passes the previous response's session attributes on, as Alexa does.
 */
export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
export const USER_ID = 'amzn1.ask.account.TESTUSER';

export interface EnvelopeOptions {
  readonly userId?: string;
  readonly locale?: string;
  readonly skillId?: string;
  /** Undefined starts a new session; attributes continue one. */
  readonly sessionAttributes?: Record<string, unknown>;
  readonly screen?: boolean;
  /** With `screen`: the newest APL the device runs (runtime.maxVersion), when not the simulator's. */
  readonly aplVersion?: string;
}

/** A slot as Alexa fills it: what was heard, and entity resolution's match (id) or no match. */
export interface SlotFill {
  readonly value: string;
  readonly id?: string;
  readonly name?: string;
}

/**
 * A multiple-value slot as Alexa fills it ("add milk, eggs and bread"): no top-level value, but a
 * `slotValue` of type `List` whose `Simple` values each carry their own entity resolution.
 */
export interface ListFill {
  readonly list: readonly (SlotFill | string)[];
}

/** The slot fill for a multiple-value slot: `item: listOf('milk', { value: 'eggs', id: 'dairy:egg' })`. */
export function listOf(...values: (SlotFill | string)[]): ListFill {
  return { list: values };
}

function envelope(request: RequestBody, options: EnvelopeOptions): RequestEnvelope {
  return buildEnvelope(
    {
      skillId: options.skillId ?? SKILL_ID,
      userId: options.userId ?? USER_ID,
      locale: options.locale ?? 'en-GB',
      screen: options.screen ?? false,
      ...(options.aplVersion === undefined ? {} : { aplVersion: options.aplVersion }),
    },
    {
      sessionId: newSessionId(),
      isNew: options.sessionAttributes === undefined,
      attributes: options.sessionAttributes ?? {},
    },
    request,
  );
}

export function launchRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  return envelope({ type: 'LaunchRequest' }, options);
}

/** What Alexa heard for one value: entity resolution's match (with an id) or no match; numbers have none. */
function heardValue(fill: SlotFill | string, type: string): HeardValue {
  const slot = typeof fill === 'string' ? { value: fill } : fill;
  if (type === 'AMAZON.NUMBER') return { value: slot.value };
  return {
    value: slot.value,
    resolution: slot.id
      ? { status: 'ER_SUCCESS_MATCH', values: [{ id: slot.id, name: slot.name ?? slot.value }] }
      : { status: 'ER_SUCCESS_NO_MATCH' },
  };
}

function filledSlot(name: string, fill: SlotFill | ListFill | string, type: string): FilledSlot {
  if (typeof fill !== 'string' && 'list' in fill) {
    const values = fill.list.map((value) => heardValue(value, type));
    return { name, type, value: values.map((value) => value.value).join(' '), values };
  }
  return { name, type, ...heardValue(fill, type) };
}

const SLOT_TYPES: Readonly<Record<string, string>> = {
  item: 'GroceryItem',
  unit: 'TrolleyUnit',
  quantity: 'AMAZON.NUMBER',
};

export function intentRequest(
  name: string,
  slots: Record<string, SlotFill | ListFill | string | undefined> = {},
  options: EnvelopeOptions & { confirmationStatus?: IntentConfirmationStatus } = {},
): RequestEnvelope {
  const filled = Object.entries(slots).flatMap(([slotName, fill]) =>
    fill === undefined ? [] : [filledSlot(slotName, fill, SLOT_TYPES[slotName] ?? 'GroceryItem')],
  );
  const confirmationStatus = options.confirmationStatus ?? 'NONE';
  return envelope(
    {
      type: 'IntentRequest',
      dialogState: confirmationStatus === 'NONE' ? 'STARTED' : 'IN_PROGRESS',
      intent: intentOf(name, slotsFor(undefined, filled, options.skillId ?? SKILL_ID), confirmationStatus),
    },
    options,
  );
}

export function sessionEndedRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  return envelope({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' }, options);
}

export function skillDisabledEvent(options: EnvelopeOptions = {}): RequestEnvelope {
  const now = new Date().toISOString();
  return envelope(
    {
      type: 'AlexaSkillEvent.SkillDisabled',
      eventCreationTime: now,
      eventPublishingTime: now,
      body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
    },
    options,
  );
}

/** What a screen sends when a control with a SendEvent is touched in a document rendered with `token`. */
export function aplUserEvent(token: string, args: readonly unknown[], options: EnvelopeOptions = {}): RequestEnvelope {
  return envelope(
    {
      type: 'Alexa.Presentation.APL.UserEvent',
      token,
      arguments: [...args],
      source: { type: 'TouchWrapper', handler: 'Press', id: '', value: false },
    },
    { screen: true, ...options },
  );
}

/** What a screen sends when its dynamic index list `listId` scrolls towards rows it has not been sent. */
export function aplLoadIndexListData(
  token: string,
  page: { listId: string; startIndex: number; count?: number; correlationToken?: string },
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return envelope(
    {
      type: 'Alexa.Presentation.APL.LoadIndexListData',
      token,
      correlationToken: page.correlationToken ?? 'amzn1.echo-api.correlation.test',
      listId: page.listId,
      startIndex: page.startIndex,
      count: page.count ?? 10,
    },
    { screen: true, ...options },
  );
}

/** The next turn of the same session, carrying the attributes Alexa carries. */
export function inSession(response: ResponseEnvelope): EnvelopeOptions {
  return { sessionAttributes: response.sessionAttributes ?? {} };
}
