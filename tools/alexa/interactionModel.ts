/**
 * The interaction model as the ASK CLI keeps it (`skill-package/interactionModels/custom/<locale>.json`),
 * read at run time so the simulator always understands what the skill would be deployed with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface SlotTypeValue {
  readonly id?: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}

export interface ModelSlotType {
  readonly name: string;
  readonly values?: readonly SlotTypeValue[];
}

export interface ModelSlot {
  readonly name: string;
  readonly type: string;
  readonly samples?: readonly string[];
  /** A multiple-value slot: Alexa sends a list of values (en-AU, en-CA, en-GB and en-US only). */
  readonly multipleValues?: { readonly enabled: boolean };
}

export interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly ModelSlot[];
  readonly samples?: readonly string[];
}

export interface DialogIntent {
  readonly name: string;
  readonly confirmationRequired?: boolean;
  readonly delegationStrategy?: 'ALWAYS' | 'SKILL_RESPONSE';
  readonly prompts?: Readonly<Record<string, string>>;
  readonly slots?: readonly unknown[];
}

export interface Prompt {
  readonly id: string;
  readonly variations: readonly { readonly type: 'PlainText' | 'SSML'; readonly value: string }[];
}

export interface InteractionModel {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: readonly ModelIntent[];
      readonly types?: readonly ModelSlotType[];
    };
    readonly dialog?: {
      readonly delegationStrategy?: 'ALWAYS' | 'SKILL_RESPONSE';
      readonly intents?: readonly DialogIntent[];
    };
    readonly prompts?: readonly Prompt[];
  };
}

export const DEFAULT_MODEL_DIR = resolve(__dirname, '../../skill-package/interactionModels/custom');

export function modelPath(locale: string, modelDir: string = DEFAULT_MODEL_DIR): string {
  return join(modelDir, `${locale}.json`);
}

export function loadModel(locale: string, modelDir: string = DEFAULT_MODEL_DIR): InteractionModel {
  const path = modelPath(locale, modelDir);
  if (!existsSync(path)) {
    throw new Error(`No interaction model for ${locale}: ${path} does not exist`);
  }
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<InteractionModel>;
  if (!parsed.interactionModel?.languageModel?.invocationName || !parsed.interactionModel.languageModel.intents) {
    throw new Error(`${path} is not an interaction model (interactionModel.languageModel is missing)`);
  }
  return parsed as InteractionModel;
}

/** The dialog model's entry for an intent, if it has one. */
export function dialogIntentOf(model: InteractionModel, intentName: string): DialogIntent | undefined {
  return model.interactionModel.dialog?.intents?.find((intent) => intent.name === intentName);
}

/** Who asks the confirmation question: Alexa itself (ALWAYS, the default) or the skill (SKILL_RESPONSE). */
export function delegationOf(model: InteractionModel, intentName: string): 'ALWAYS' | 'SKILL_RESPONSE' {
  return (
    dialogIntentOf(model, intentName)?.delegationStrategy ??
    model.interactionModel.dialog?.delegationStrategy ??
    'ALWAYS'
  );
}
