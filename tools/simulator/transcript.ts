/**
 * A turn shown two ways: as `ask dialog` prints it (`User  >` / `Alexa >`), and as the stable JSON of
 * `--json` (documented in docs/simulator.md; add fields, never rename them).
 */
import type { IntentRequest, SimpleSlotValue, Slot, SlotValue, interfaces, slu } from 'ask-sdk-model';
import type { Card, Turn } from './simulator';

export interface JsonSlotValue {
  readonly value: string;
  readonly resolved: { readonly id: string; readonly name: string } | null;
}

export interface JsonSlot extends JsonSlotValue {
  /** A multiple-value slot's values; `value` is then they joined with ", " and `resolved` null. */
  readonly values?: readonly JsonSlotValue[];
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

function resolvedOf(resolutions: slu.entityresolution.Resolutions | undefined): JsonSlotValue['resolved'] {
  const matched = resolutions?.resolutionsPerAuthority?.find(
    (authority) => authority.status.code === 'ER_SUCCESS_MATCH',
  );
  const value = matched?.values?.[0]?.value;
  return value ? { id: value.id, name: value.name } : null;
}

/** The values of a multiple-value slot; Alexa's lists hold Simple values with text, nothing else is shown. */
function listValuesOf(slot: Slot): JsonSlotValue[] | undefined {
  if (slot.slotValue?.type !== 'List') return undefined;
  return slot.slotValue.values
    .filter((value): value is SimpleSlotValue => value.type === 'Simple' && value.value !== undefined)
    .map((value) => ({ value: value.value as string, resolved: resolvedOf(value.resolutions) }));
}

function jsonSlot(slot: Slot): JsonSlot | undefined {
  const values = listValuesOf(slot);
  if (values) return { value: values.map((value) => value.value).join(', '), resolved: null, values };
  if (slot.value === undefined) return undefined;
  return { value: slot.value, resolved: resolvedOf(slot.resolutions) };
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
  if (request.type === 'Alexa.Presentation.APL.LoadIndexListData') {
    const load = request as interfaces.alexa.presentation.apl.LoadIndexListDataEvent;
    return `${request.type} listId=${JSON.stringify(load.listId)} startIndex=${load.startIndex} count=${load.count}`;
  }
  if (request.type !== 'IntentRequest') return request.type;
  const intent = (request as IntentRequest).intent;
  const slots = Object.values(intent.slots ?? {}).flatMap((slot) => {
    if (slot.slotValue?.type === 'List')
      return [`${slot.name}=[${slot.slotValue.values.map(describeValue).join(', ')}]`];
    if (slot.value === undefined) return [];
    return [`${slot.name}=${describeValue({ type: 'Simple', value: slot.value, resolutions: slot.resolutions })}`];
  });
  const confirmation =
    intent.confirmationStatus && intent.confirmationStatus !== 'NONE' ? ` ${intent.confirmationStatus}` : '';
  return `${intent.name}${confirmation}${slots.length ? ` ${slots.join(' ')}` : ''}`;
}

/** `"tuna" → pantry:tinned-tuna`, `"dragon fruit" (no match)`, or just `"2"` for a built-in type. */
function describeValue(value: SlotValue): string {
  if (value.type !== 'Simple') return '[…]';
  const resolved = resolvedOf(value.resolutions);
  // A custom type's value has resolutions whatever the outcome; a built-in's has none.
  const outcome = resolved ? ` → ${resolved.id}` : value.resolutions ? ' (no match)' : '';
  return `${JSON.stringify(value.value ?? '')}${outcome}`;
}

/**
 * The lines `ask dialog` would show for a turn after the user's words, plus what the simulator knows. The
 * card repeats the trolley after every change, so it is shown only when asked for (`card`).
 */
export function formatTurn(turn: Turn, options: { verbose?: boolean; card?: boolean } = {}): string[] {
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
  if (turn.card && options.card) {
    lines.push(`        [card] ${turn.card.title}`);
    for (const line of turn.card.text.split('\n')) lines.push(`               ${line}`);
  }
  // A document drawn, or rows loaded into the one on screen.
  if (turn.apl || turn.screen) lines.push(`        [screen] ${turn.screen || 'APL document rendered'}`);
  if (turn.request && turn.sessionEnded) lines.push('        (session ended)');
  return lines;
}
