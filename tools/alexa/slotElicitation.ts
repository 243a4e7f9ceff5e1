/**
 * Slot elicitation as Alexa runs it. After a skill's Dialog.ElicitSlot, Alexa listens for that slot: the
 * slot's own samples ("{item}", "two tins of {item}") are heard as the elicited intent, which comes back
 * with the slots the skill put in `updatedIntent`, the new words filled in and `dialogState` IN_PROGRESS.
 * What another intent's samples fit better ("no", "what's in my trolley", "remove the milk") goes to that
 * intent instead, and the elicitation is over. From a LaunchRequest, or into another intent than the one
 * asked, ElicitSlot is intent chaining: it needs `updatedIntent`, a dialog model, and a custom intent.
 */
import type { Intent, Slot, dialog } from 'ask-sdk-model';
import type { CompiledModel } from './compiledModel';

export interface PendingElicitation {
  readonly intent: Intent;
  readonly slot: string;
}

/** What the skill asked for, or why Alexa would refuse the directive. */
export type ElicitationReading =
  | { readonly ok: true; readonly pending: PendingElicitation; readonly notes: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

export function readElicitation(
  model: CompiledModel,
  directive: dialog.ElicitSlotDirective,
  asked: Intent | undefined,
  hasSpeech: boolean,
): ElicitationReading {
  const intent = directive.updatedIntent ?? asked;
  const slot = directive.slotToElicit;
  if (!intent) {
    return {
      ok: false,
      errors: ['Dialog.ElicitSlot outside an IntentRequest needs an updatedIntent (intent chaining)'],
    };
  }
  const errors: string[] = [];
  const declared = model.intents.get(intent.name);
  if (!model.model.interactionModel.dialog)
    errors.push('Dialog.ElicitSlot needs a dialog model in the interaction model');
  if (intent.name.startsWith('AMAZON.')) errors.push(`Dialog.ElicitSlot cannot chain into the built-in ${intent.name}`);
  else if (!declared) errors.push(`Dialog.ElicitSlot names ${intent.name}, which the model does not have`);
  else if (!declared.slots?.some((each) => each.name === slot))
    errors.push(`Dialog.ElicitSlot asks for ${intent.name}.${String(slot)}, which the model does not declare`);
  if (!hasSpeech) errors.push('Dialog.ElicitSlot without outputSpeech: the skill must ask the question itself');
  if (errors.length > 0) return { ok: false, errors };

  const samples = model.slotSamples.get(slotKey(intent.name, slot)) ?? [];
  return {
    ok: true,
    pending: { intent: { ...intent, slots: { ...(intent.slots ?? {}) } }, slot },
    notes: [
      samples.length > 0
        ? `Alexa listens for ${intent.name}.${slot} (Dialog.ElicitSlot)`
        : `Alexa listens for ${intent.name}.${slot}, but the slot has no samples: only other intents can answer`,
    ],
  };
}

export function slotKey(intent: string, slot: string): string {
  return `${intent}.${slot}`;
}

/** A slot that was heard: a value, or a list of them. */
const isFilled = (slot: Slot | undefined) =>
  slot !== undefined && (slot.value !== undefined || slot.slotValue !== undefined);

/** The elicited intent as Alexa sends it back: the skill's slots kept, what was just said filled in. */
export function answerElicitation(pending: PendingElicitation, heard: Intent): Intent {
  const slots: Record<string, Slot> = { ...(pending.intent.slots ?? {}) };
  for (const [name, slot] of Object.entries(heard.slots ?? {})) {
    if (isFilled(slot) || !slots[name]) slots[name] = slot;
  }
  return { name: pending.intent.name, confirmationStatus: pending.intent.confirmationStatus ?? 'NONE', slots };
}
