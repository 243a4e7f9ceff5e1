import type { HandlerInput } from 'ask-sdk-core';
import { isRecord } from '../domain/untrusted';
import { readWhichOne, type WhichOnePending } from './pendingChoice';

/**
 * What the skill remembers between the turns of one session, in Alexa's session attributes. Read here and
 * written only by the turn helpers (`turn.ts`), so no handler writes attributes by hand.
 */
export interface SessionState {
  /** Set by LaunchRequest: the person opened the skill, so the session stays open between answers. */
  readonly launched?: boolean;
  /** The question Alexa just asked, so a bare "yes" or "no" knows what it answers. */
  readonly pending?: PendingQuestion;
  /**
   * The line this conversation was last about ("how many eggs?"), so "make that twelve" knows what "that"
   * is. The trolley keeps its own for the line the last change was about: see `thatKeyOf` in the domain.
   */
  readonly thatKey?: string;
}

export type PendingQuestion = { readonly kind: 'listMore'; readonly offset: number } | WhichOnePending;

function readPending(pending: unknown): PendingQuestion | undefined {
  if (isRecord(pending) && pending.kind === 'listMore' && typeof pending.offset === 'number') {
    return { kind: 'listMore', offset: pending.offset };
  }
  return readWhichOne(pending);
}

/** The session as this request brought it back, read defensively: attributes are only as sound as their sender. */
export function sessionState(input: HandlerInput): SessionState {
  const attributes = input.attributesManager.getSessionAttributes() as Record<string, unknown>;
  const pending = readPending(attributes.pending);
  return {
    launched: attributes.launched === true,
    ...(pending ? { pending } : {}),
    ...(typeof attributes.thatKey === 'string' ? { thatKey: attributes.thatKey } : {}),
  };
}

/** What the next turn will remember: the whole session state, replacing what was there. */
export function saveSessionState(input: HandlerInput, state: SessionState): void {
  input.attributesManager.setSessionAttributes({ ...state });
}
