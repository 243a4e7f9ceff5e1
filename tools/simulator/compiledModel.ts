/**
 * One locale's model made ready to match against: every sample of every intent compiled, built-in phrases
 * added for the built-in intents the skill has, and each custom slot type indexed for entity resolution.
 */
import { BUILT_IN_PHRASES, FALLBACK_INTENT, REQUIRED_BUILT_INS } from './builtins';
import { hasMultipleValues } from './listValues';
import { compileSample, type CompiledSample, type SlotTypes } from './matcher';
import type { InteractionModel, ModelIntent } from './model';
import { indexSlotType } from './slotValues';
import { wordsOf } from './text';

export interface CompiledModel {
  readonly model: InteractionModel;
  readonly invocationWords: readonly string[];
  readonly samples: readonly CompiledSample[];
  readonly slotTypes: SlotTypes;
  readonly intents: ReadonlyMap<string, ModelIntent>;
  readonly hasFallback: boolean;
}

export function compileModel(model: InteractionModel): CompiledModel {
  const language = model.interactionModel.languageModel;
  const intents = new Map<string, ModelIntent>(language.intents.map((intent) => [intent.name, intent]));
  for (const required of REQUIRED_BUILT_INS) if (!intents.has(required)) intents.set(required, { name: required });

  const slotTypes = new Map((language.types ?? []).map((type) => [type.name, indexSlotType(type)]));
  const samples: CompiledSample[] = [];
  for (const intent of intents.values()) {
    const slotOf = (slotName: string) => {
      const slot = intent.slots?.find((declared) => declared.name === slotName);
      return slot && { type: slot.type, multipleValues: hasMultipleValues(slot) };
    };
    const texts = new Set([...(BUILT_IN_PHRASES[intent.name] ?? []), ...(intent.samples ?? [])]);
    for (const text of texts) samples.push(compileSample(intent.name, text, slotOf));
  }
  return {
    model,
    invocationWords: wordsOf(language.invocationName),
    samples,
    slotTypes,
    intents,
    hasFallback: intents.has(FALLBACK_INTENT),
  };
}
