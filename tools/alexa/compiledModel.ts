/**
 * One locale's model made ready to match against: every sample of every intent compiled, built-in phrases
 * added for the built-in intents the skill has, and each custom slot type indexed for entity resolution.
 */
import { BUILT_IN_PHRASES, FALLBACK_INTENT, REQUIRED_BUILT_INS } from './builtInIntents';
import { slotKey } from './slotElicitation';
import { hasMultipleValues } from './multipleValueSlots';
import { compileSample, type CompiledSample, type SlotTypes } from './sampleMatcher';
import type { InteractionModel, ModelIntent } from './interactionModel';
import { indexSlotType } from './entityResolution';
import { wordsOf } from './heardWords';

export interface CompiledModel {
  readonly model: InteractionModel;
  readonly invocationWords: readonly string[];
  readonly samples: readonly CompiledSample[];
  /** Each slot's own samples (what people answer when Alexa asks for it), by `Intent.slot`. */
  readonly slotSamples: ReadonlyMap<string, readonly CompiledSample[]>;
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
  const slotSamples = new Map<string, CompiledSample[]>();
  for (const intent of intents.values()) {
    const slotOf = (slotName: string) => {
      const slot = intent.slots?.find((declared) => declared.name === slotName);
      return slot && { type: slot.type, multipleValues: hasMultipleValues(slot) };
    };
    const texts = new Set([...(BUILT_IN_PHRASES[intent.name] ?? []), ...(intent.samples ?? [])]);
    for (const text of texts) samples.push(compileSample(intent.name, text, slotOf));
    for (const slot of intent.slots ?? []) {
      const answers = (slot.samples ?? []).map((text) => compileSample(intent.name, text, slotOf));
      if (answers.length > 0) slotSamples.set(slotKey(intent.name, slot.name), answers);
    }
  }
  return {
    model,
    invocationWords: wordsOf(language.invocationName),
    samples,
    slotSamples,
    slotTypes,
    intents,
    hasFallback: intents.has(FALLBACK_INTENT),
  };
}
