/**
 * Intent confirmation as Alexa runs it. After a skill's Dialog.ConfirmIntent (or, with auto-delegation,
 * after Alexa asks the model's confirmation prompt itself), a "yes" or "no" is not sent as YesIntent or
 * NoIntent: the same intent comes back, slots carried, with confirmationStatus CONFIRMED or DENIED.
 */
import type { DialogState, Intent, IntentConfirmationStatus } from 'ask-sdk-model';
import type { InteractionModel } from './interactionModel';
import { textOfSsml } from './markup';

export interface PendingConfirmation {
  readonly intent: Intent;
  /** Who asked: the skill (SKILL_RESPONSE) or Alexa from the dialog model (auto-delegation). */
  readonly askedBy: 'skill' | 'alexa';
}

export function answerConfirmation(
  pending: PendingConfirmation,
  answer: 'AMAZON.YesIntent' | 'AMAZON.NoIntent',
): { intent: Intent; dialogState: DialogState } {
  const confirmationStatus: IntentConfirmationStatus = answer === 'AMAZON.YesIntent' ? 'CONFIRMED' : 'DENIED';
  return {
    intent: { ...pending.intent, confirmationStatus, slots: { ...(pending.intent.slots ?? {}) } },
    // With auto-delegation the skill only hears of the intent once the dialog is done.
    dialogState: pending.askedBy === 'skill' ? 'IN_PROGRESS' : 'COMPLETED',
  };
}

/** The confirmation question Alexa asks on the skill's behalf, from the model's prompts. */
export function confirmationPrompt(model: InteractionModel, intentName: string): string | undefined {
  const dialogIntent = model.interactionModel.dialog?.intents?.find((intent) => intent.name === intentName);
  const promptId = dialogIntent?.prompts?.confirmation;
  const variation = model.interactionModel.prompts?.find((prompt) => prompt.id === promptId)?.variations[0];
  if (!variation) return undefined;
  return variation.type === 'SSML' ? textOfSsml(variation.value) : variation.value;
}
