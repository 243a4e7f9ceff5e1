/**
 * A turn shown two ways: as `ask dialog` prints it (`User  >` / `Alexa >`), and as the stable JSON of
 * `--json` (documented in docs/simulator.md; add fields, never rename them).
 */
import type { IntentRequest, Slot, interfaces } from 'ask-sdk-model';
import type { Card, Turn } from './simulator';

export interface JsonSlot {
  readonly value: string;
  readonly resolved: { readonly id: string; readonly name: string } | null;
}

export interface JsonTurn {
  readonly user: string;
  readonly request: {
    readonly type: string;
    readonly intent: string | null;
    readonly confirmationStatus: string | null;
    readonly slots: Readonly<Record<string, JsonSlot>>;
  } | null;
  readonly speech: string | null;
  readonly reprompt: string | null;
  readonly card: Card | null;
  readonly apl: boolean;
  readonly screen: string | null;
  readonly shouldEndSession: boolean | null;
  readonly sessionEnded: boolean;
  readonly errors: readonly string[];
  readonly notes: readonly string[];
}

function jsonSlot(slot: Slot): JsonSlot | undefined {
  if (slot.value === undefined) return undefined;
  const matched = slot.resolutions?.resolutionsPerAuthority?.find(
    (authority) => authority.status.code === 'ER_SUCCESS_MATCH',
  );
  const value = matched?.values?.[0]?.value;
  return { value: slot.value, resolved: value ? { id: value.id, name: value.name } : null };
}

export function toJsonTurn(turn: Turn): JsonTurn {
  const request = turn.request?.request;
  const intent = request?.type === 'IntentRequest' ? (request as IntentRequest).intent : undefined;
  const slots: Record<string, JsonSlot> = {};
  for (const [name, slot] of Object.entries(intent?.slots ?? {})) {
    const filled = jsonSlot(slot);
    if (filled) slots[name] = filled;
  }
  return {
    user: turn.user,
    request: request
      ? {
          type: request.type,
          intent: intent?.name ?? null,
          confirmationStatus: intent?.confirmationStatus ?? null,
          slots,
        }
      : null,
    speech: turn.speech ?? null,
    reprompt: turn.reprompt ?? null,
    card: turn.card ?? null,
    apl: turn.apl,
    screen: turn.screen ?? null,
    shouldEndSession: turn.shouldEndSession ?? null,
    sessionEnded: turn.sessionEnded,
    errors: turn.errors,
    notes: turn.notes,
  };
}

/** A short description of what the skill received, for the `(…)` line under `User  >`. */
export function describeRequest(turn: Turn): string | undefined {
  const request = turn.request?.request;
  if (!request) return undefined;
  if (request.type === 'Alexa.Presentation.APL.UserEvent') {
    const event = request as interfaces.alexa.presentation.apl.UserEvent;
    return `${request.type} token=${JSON.stringify(event.token)} arguments=${JSON.stringify(event.arguments)}`;
  }
  if (request.type !== 'IntentRequest') return request.type;
  const intent = (request as IntentRequest).intent;
  const slots = Object.values(intent.slots ?? {})
    .filter((slot) => slot.value !== undefined)
    .map((slot) => {
      const resolved = jsonSlot(slot)?.resolved;
      return `${slot.name}=${JSON.stringify(slot.value)}${resolved ? ` → ${resolved.id}` : slot.resolutions ? ' (no match)' : ''}`;
    });
  const confirmation =
    intent.confirmationStatus && intent.confirmationStatus !== 'NONE' ? ` ${intent.confirmationStatus}` : '';
  return `${intent.name}${confirmation}${slots.length ? ` ${slots.join(' ')}` : ''}`;
}

/** The lines `ask dialog` would show for a turn after the user's words, plus what the simulator knows. */
export function formatTurn(turn: Turn, options: { verbose?: boolean } = {}): string[] {
  const lines: string[] = [];
  const described = describeRequest(turn);
  if (options.verbose !== false && described) lines.push(`        (${described})`);
  for (const note of turn.notes) lines.push(`        (${note})`);
  for (const error of turn.errors) lines.push(`ERROR > ${error}`);
  // Speech Alexa would refuse is shown as an error above, never as if it were fine.
  const speechInvalid = turn.errors.some((error) => error.startsWith('speech:'));
  if (turn.speech !== undefined && !speechInvalid) lines.push(`Alexa > ${turn.speech}`);
  const repromptInvalid = turn.errors.some((error) => error.startsWith('reprompt:'));
  if (turn.reprompt !== undefined && !turn.sessionEnded && !repromptInvalid)
    lines.push(`        (re-prompt) ${turn.reprompt}`);
  if (turn.card) {
    lines.push(`        [card] ${turn.card.title}`);
    for (const line of turn.card.text.split('\n')) lines.push(`               ${line}`);
  }
  if (turn.apl) lines.push(`        [screen] ${turn.screen || 'APL document rendered'}`);
  if (turn.request && turn.sessionEnded) lines.push('        (session ended)');
  return lines;
}
