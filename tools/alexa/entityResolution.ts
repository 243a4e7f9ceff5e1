/**
 * Entity resolution for custom slot types: what was heard is looked up among the type's values and
 * synonyms. A custom slot takes any words (as Alexa's does); words that are no value resolve to no match.
 */
import type { ModelSlotType } from './interactionModel';
import { phraseOf } from './heardWords';

export interface ResolvedValue {
  readonly id: string;
  readonly name: string;
}

/** Phrase (values and synonyms, normalised) → the values it names; one phrase can name several. */
export type SlotTypeIndex = ReadonlyMap<string, readonly ResolvedValue[]>;

export function indexSlotType(type: ModelSlotType): SlotTypeIndex {
  const index = new Map<string, ResolvedValue[]>();
  for (const value of type.values ?? []) {
    const resolved = { id: value.id ?? value.name.value, name: value.name.value };
    for (const said of [value.name.value, ...(value.name.synonyms ?? [])]) {
      const phrase = phraseOf(said);
      if (!phrase) continue;
      const known = index.get(phrase) ?? [];
      if (!known.some((entry) => entry.id === resolved.id)) known.push(resolved);
      index.set(phrase, known);
    }
  }
  return index;
}

/** A value of the type to put in a sample when checking it: its first value, spoken as written. */
export function sampleValueOf(type: ModelSlotType | undefined): string | undefined {
  return type?.values?.[0]?.name.value;
}
