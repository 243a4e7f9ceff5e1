/**
 * Request envelopes shaped as Alexa sends them: session (new or continued, attributes carried), the
 * device and its interfaces, and the request itself with slots and entity resolution. The one builder of
 * envelopes: the simulator sends these, and so do the tests (through test/support/requests.ts).
 */
import { randomUUID } from 'node:crypto';
import type {
  DialogState,
  Intent,
  IntentConfirmationStatus,
  RequestEnvelope,
  SimpleSlotValue,
  Slot,
} from 'ask-sdk-model';
import type { FilledSlot, HeardValue } from './sampleMatcher';
import type { ModelIntent } from './interactionModel';

export const LOCAL_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-00000000cafe';
export const LOCAL_USER_ID = 'amzn1.ask.account.LOCAL-USER';
export const LOCAL_DEVICE_ID = 'amzn1.ask.device.LOCAL-DEVICE';
const API_ENDPOINT = 'https://api.eu.amazonalexa.com';

export interface Caller {
  readonly skillId: string;
  readonly userId: string;
  readonly locale: string;
  /** An Echo Show-like device: APL supported and a viewport. */
  readonly screen: boolean;
  /** With `screen`: the newest APL the device runs (runtime.maxVersion); 2024.2 unless said. */
  readonly aplVersion?: string;
}

export interface SessionInfo {
  readonly sessionId: string;
  readonly isNew: boolean;
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** The request itself, as one of the kinds Alexa sends; the builder adds its id, timestamp and locale. */
export type RequestBody =
  | { readonly type: 'LaunchRequest' }
  | { readonly type: 'IntentRequest'; readonly intent: Intent; readonly dialogState?: DialogState }
  | {
      /** A touch on a control whose onPress is SendEvent, in the document rendered with `token`. */
      readonly type: 'Alexa.Presentation.APL.UserEvent';
      readonly token: string;
      readonly arguments: readonly unknown[];
      readonly source: Readonly<Record<string, unknown>>;
    }
  | {
      /** The screen's list scrolled towards rows it has not been sent (a dynamic index list). */
      readonly type: 'Alexa.Presentation.APL.LoadIndexListData';
      readonly token: string;
      readonly correlationToken: string;
      readonly listId: string;
      readonly startIndex: number;
      readonly count: number;
    }
  | {
      readonly type: 'SessionEndedRequest';
      readonly reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS';
      readonly error?: { readonly type: string; readonly message: string };
    }
  | {
      /** The user disabled the skill; `body` says whether Alexa keeps their data. */
      readonly type: 'AlexaSkillEvent.SkillDisabled';
      readonly eventCreationTime: string;
      readonly eventPublishingTime: string;
      readonly body: { readonly userInformationPersistenceStatus: 'PERSISTED' | 'NOT_PERSISTED' };
    };

export const newSessionId = () => `amzn1.echo-api.session.${randomUUID()}`;
const newRequestId = () => `amzn1.echo-api.request.${randomUUID()}`;
/** Alexa's timestamps have whole seconds. */
const timestampNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export function authorityFor(skillId: string, slotType: string): string {
  return `amzn1.er-authority.echo-sdk.${skillId}.${slotType}`;
}

/** Every slot the intent declares, filled or not, as Alexa lists them. */
export function slotsFor(
  intent: ModelIntent | undefined,
  filled: readonly FilledSlot[],
  skillId: string,
): Record<string, Slot> {
  const slots: Record<string, Slot> = {};
  for (const declared of intent?.slots ?? [])
    slots[declared.name] = { name: declared.name, confirmationStatus: 'NONE' };
  for (const fill of filled) slots[fill.name] = filledSlot(fill, skillId);
  return slots;
}

/**
 * A multiple-value slot carries only `slotValue` (a List of Simple values, each resolved on its own); an
 * ordinary slot carries `value` and `resolutions`, repeated in a Simple `slotValue`.
 */
function filledSlot(fill: FilledSlot, skillId: string): Slot {
  const common = { name: fill.name, confirmationStatus: 'NONE', source: 'USER' } as const;
  if (fill.values) {
    const values = fill.values.map((value) => simpleSlotValue(value, fill.type, skillId));
    return { ...common, slotValue: { type: 'List', values } } as Slot;
  }
  const simple = simpleSlotValue(fill, fill.type, skillId);
  return {
    ...common,
    value: fill.value,
    ...(simple.resolutions ? { resolutions: simple.resolutions } : {}),
    slotValue: simple,
  } as Slot;
}

function simpleSlotValue(heard: HeardValue, slotType: string, skillId: string): SimpleSlotValue {
  const resolutions = heard.resolution && {
    resolutionsPerAuthority: [
      {
        authority: authorityFor(skillId, slotType),
        status: { code: heard.resolution.status },
        ...(heard.resolution.status === 'ER_SUCCESS_MATCH'
          ? { values: heard.resolution.values.map((value) => ({ value: { id: value.id, name: value.name } })) }
          : {}),
      },
    ],
  };
  return { type: 'Simple', value: heard.value, ...(resolutions ? { resolutions } : {}) } as SimpleSlotValue;
}

export function intentOf(
  name: string,
  slots: Record<string, Slot>,
  confirmationStatus: IntentConfirmationStatus = 'NONE',
): Intent {
  return { name, confirmationStatus, slots };
}

export function buildEnvelope(caller: Caller, session: SessionInfo, request: RequestBody): RequestEnvelope {
  const application = { applicationId: caller.skillId };
  const user = { userId: caller.userId };
  const common = { requestId: newRequestId(), timestamp: timestampNow(), locale: caller.locale };
  return {
    version: '1.0',
    session: {
      new: session.isNew,
      sessionId: session.sessionId,
      application,
      user,
      attributes: { ...session.attributes },
    },
    context: {
      System: {
        application,
        user,
        device: {
          deviceId: LOCAL_DEVICE_ID,
          supportedInterfaces: caller.screen
            ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: caller.aplVersion ?? '2024.2' } } }
            : {},
        },
        apiEndpoint: API_ENDPOINT,
        apiAccessToken: 'local-simulator-token',
      },
      ...(caller.screen ? screenContext() : {}),
    },
    request: { ...common, ...request } as RequestEnvelope['request'],
  } as RequestEnvelope;
}

/** What an Echo Show 8-sized screen reports. */
function screenContext() {
  return {
    Viewport: {
      experiences: [{ arcMinuteWidth: 346, arcMinuteHeight: 216, canRotate: false, canResize: false }],
      mode: 'HUB',
      shape: 'RECTANGLE',
      pixelWidth: 1280,
      pixelHeight: 800,
      dpi: 160,
      currentPixelWidth: 1280,
      currentPixelHeight: 800,
      touch: ['SINGLE'],
      keyboard: [],
      video: { codecs: ['H_264_42', 'H_264_41'] },
    },
    Viewports: [
      {
        type: 'APL',
        id: 'main',
        shape: 'RECTANGLE',
        dpi: 160,
        presentationType: 'STANDARD',
        canRotate: false,
        configuration: {
          current: {
            mode: 'HUB',
            video: { codecs: ['H_264_42', 'H_264_41'] },
            size: { type: 'DISCRETE', pixelWidth: 1280, pixelHeight: 800 },
          },
        },
      },
    ],
  };
}
