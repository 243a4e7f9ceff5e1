import type { RequestEnvelope, ResponseEnvelope, Slot } from 'ask-sdk-model';

/**
 * Request envelopes shaped the way Alexa sends them, for handler tests. Each turn of a conversation
 * passes the previous response's session attributes on, as Alexa does.
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
  /** With `screen`: the newest APL the device runs (runtime.maxVersion); an Echo Show of 2023 by default. */
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

let counter = 0;

function base(request: RequestEnvelope['request'], options: EnvelopeOptions): RequestEnvelope {
  const skillId = options.skillId ?? SKILL_ID;
  const userId = options.userId ?? USER_ID;
  const application = { applicationId: skillId };
  const user = { userId };
  return {
    version: '1.0',
    session: {
      new: options.sessionAttributes === undefined,
      sessionId: `amzn1.echo-api.session.test-${counter}`,
      application,
      user,
      attributes: options.sessionAttributes ?? {},
    },
    context: {
      System: {
        application,
        user,
        device: {
          deviceId: 'amzn1.ask.device.TEST',
          supportedInterfaces: options.screen
            ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: options.aplVersion ?? '2023.3' } } }
            : {},
        },
        apiEndpoint: 'https://api.eu.amazonalexa.com',
      },
    },
    request,
  } as RequestEnvelope;
}

function meta(locale: string | undefined) {
  counter += 1;
  return {
    requestId: `amzn1.echo-api.request.test-${counter}`,
    timestamp: new Date().toISOString(),
    locale: locale ?? 'en-GB',
  };
}

export function launchRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  return base({ type: 'LaunchRequest', ...meta(options.locale) }, options);
}

function resolutionsOf(slot: SlotFill, type: string) {
  const authority = `amzn1.er-authority.echo-sdk.${SKILL_ID}.${type}`;
  return {
    resolutionsPerAuthority: [
      slot.id
        ? {
            authority,
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { id: slot.id, name: slot.name ?? slot.value } }],
          }
        : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } },
    ],
  };
}

function slotFrom(name: string, fill: SlotFill | ListFill | string, type: string): Slot {
  if (typeof fill !== 'string' && 'list' in fill) {
    return {
      name,
      confirmationStatus: 'NONE',
      source: 'USER',
      slotValue: {
        type: 'List',
        values: fill.list.map((value) => {
          const simple = typeof value === 'string' ? { value } : value;
          return { type: 'Simple', value: simple.value, resolutions: resolutionsOf(simple, type) };
        }),
      },
    } as Slot;
  }
  const slot = typeof fill === 'string' ? { value: fill } : fill;
  return {
    name,
    value: slot.value,
    confirmationStatus: 'NONE',
    ...(type === 'AMAZON.NUMBER' ? {} : { resolutions: resolutionsOf(slot, type) }),
  } as Slot;
}

const SLOT_TYPES: Readonly<Record<string, string>> = {
  item: 'GroceryItem',
  unit: 'TrolleyUnit',
  quantity: 'AMAZON.NUMBER',
};

export function intentRequest(
  name: string,
  slots: Record<string, SlotFill | ListFill | string | undefined> = {},
  options: EnvelopeOptions & { confirmationStatus?: 'NONE' | 'CONFIRMED' | 'DENIED' } = {},
): RequestEnvelope {
  const filled = Object.fromEntries(
    Object.entries(slots).flatMap(([slotName, fill]) =>
      fill === undefined ? [] : [[slotName, slotFrom(slotName, fill, SLOT_TYPES[slotName] ?? 'GroceryItem')]],
    ),
  );
  return base(
    {
      type: 'IntentRequest',
      ...meta(options.locale),
      dialogState: options.confirmationStatus && options.confirmationStatus !== 'NONE' ? 'IN_PROGRESS' : 'STARTED',
      intent: { name, confirmationStatus: options.confirmationStatus ?? 'NONE', slots: filled },
    } as RequestEnvelope['request'],
    options,
  );
}

export function sessionEndedRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  return base({ type: 'SessionEndedRequest', ...meta(options.locale), reason: 'USER_INITIATED' }, options);
}

export function skillDisabledEvent(options: EnvelopeOptions = {}): RequestEnvelope {
  return base(
    {
      type: 'AlexaSkillEvent.SkillDisabled',
      ...meta(options.locale),
      eventCreationTime: new Date().toISOString(),
      eventPublishingTime: new Date().toISOString(),
      body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
    } as unknown as RequestEnvelope['request'],
    options,
  );
}

/** What a screen sends when a control with a SendEvent is touched in a document rendered with `token`. */
export function aplUserEvent(token: string, args: readonly unknown[], options: EnvelopeOptions = {}): RequestEnvelope {
  return base(
    {
      type: 'Alexa.Presentation.APL.UserEvent',
      ...meta(options.locale),
      token,
      arguments: [...args],
      source: { type: 'TouchWrapper', handler: 'Press', id: '', value: false },
      components: {},
    } as RequestEnvelope['request'],
    { screen: true, ...options },
  );
}

/** What a screen sends when its dynamic index list `listId` scrolls towards rows it has not been sent. */
export function aplLoadIndexListData(
  token: string,
  page: { listId: string; startIndex: number; count?: number; correlationToken?: string },
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return base(
    {
      type: 'Alexa.Presentation.APL.LoadIndexListData',
      ...meta(options.locale),
      token,
      correlationToken: page.correlationToken ?? `amzn1.echo-api.correlation.test-${counter}`,
      listId: page.listId,
      startIndex: page.startIndex,
      count: page.count ?? 10,
    } as RequestEnvelope['request'],
    { screen: true, ...options },
  );
}

/** The next turn of the same session, carrying the attributes Alexa carries. */
export function inSession(response: ResponseEnvelope): EnvelopeOptions {
  return { sessionAttributes: response.sessionAttributes ?? {} };
}
