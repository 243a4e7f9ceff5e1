/**
 * Sample utterances compiled into matchers: literal words and slots. Matching tries every way of giving
 * slots the words between the literals, so it finds what Alexa would: "add {quantity} {unit} of {item}"
 * fits "add two tins of tuna" with quantity 2, unit tins, item tuna.
 */
import { numberFromWords } from '../../lambda/domain/numbers';
import { splitListValues } from './multipleValueSlots';
import type { ResolvedValue, SlotTypeIndex } from './entityResolution';
import { sliceHeard, wordsOf, type HeardWords } from './heardWords';

export type SamplePart =
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'slot'; readonly name: string; readonly type: string; readonly multipleValues: boolean };

export interface CompiledSample {
  readonly intent: string;
  readonly text: string;
  readonly parts: readonly SamplePart[];
  readonly literalCount: number;
}

export type Resolution =
  | { readonly status: 'ER_SUCCESS_MATCH'; readonly values: readonly ResolvedValue[] }
  | { readonly status: 'ER_SUCCESS_NO_MATCH' };

export interface HeardValue {
  /** What Alexa puts in `value`: the words heard, or digits for AMAZON.NUMBER. */
  readonly value: string;
  /** Entity resolution, for custom slot types only. */
  readonly resolution?: Resolution;
}

export interface FilledSlot extends HeardValue {
  readonly name: string;
  readonly type: string;
  /**
   * A multiple-value slot's values, split as Alexa splits them; `value` is then every word the slot caught
   * and `resolution` is absent, since Alexa resolves each value on its own.
   */
  readonly values?: readonly HeardValue[];
}

export interface SampleMatch {
  readonly sample: CompiledSample;
  readonly slots: readonly FilledSlot[];
  readonly noMatchCount: number;
  /** Words taken by slots whose value resolved: longer known values ("salt and vinegar crisps") win. */
  readonly resolvedWordCount: number;
}

/** Custom slot types by name; a type not listed here is a built-in one. */
export type SlotTypes = ReadonlyMap<string, SlotTypeIndex>;

/** A slot holds at most this many words; keeps matching quick and mirrors Alexa's short slot values. */
const MAX_SLOT_WORDS = 12;
/** A multiple-value slot holds a list, so more words: "milk, eggs, bread, butter, cheese and rice…". */
const MAX_LIST_SLOT_WORDS = 30;

/** What the model says of a slot the sample names: its type, and whether it takes several values. */
export interface SlotDeclaration {
  readonly type: string;
  readonly multipleValues: boolean;
}

export function compileSample(
  intent: string,
  text: string,
  slotOf: (slotName: string) => SlotDeclaration | undefined,
): CompiledSample {
  const parts: SamplePart[] = [];
  for (const piece of text.split(/(\{[^}]+\})/)) {
    const slot = /^\{([^}|]+)\}$/.exec(piece.trim());
    if (slot) {
      const name = (slot[1] as string).trim();
      const declared = slotOf(name);
      parts.push({
        kind: 'slot',
        name,
        type: declared?.type ?? 'AMAZON.SearchQuery',
        multipleValues: declared?.multipleValues ?? false,
      });
    } else {
      for (const word of wordsOf(piece)) parts.push({ kind: 'word', word });
    }
  }
  return { intent, text, parts, literalCount: parts.filter((part) => part.kind === 'word').length };
}

/** Every way the sample fits the words, whole utterance only. */
export function matchSample(sample: CompiledSample, heard: HeardWords, types: SlotTypes): SampleMatch[] {
  const { words } = heard;
  const matches: SampleMatch[] = [];
  const walk = (partIndex: number, wordIndex: number, slots: FilledSlot[]) => {
    const part = sample.parts[partIndex];
    if (part === undefined) {
      if (wordIndex === words.length) matches.push(summarise(sample, slots));
      return;
    }
    if (part.kind === 'word') {
      if (words[wordIndex] === part.word) walk(partIndex + 1, wordIndex + 1, slots);
      return;
    }
    const longest = Math.min(words.length, wordIndex + (part.multipleValues ? MAX_LIST_SLOT_WORDS : MAX_SLOT_WORDS));
    for (let end = wordIndex + 1; end <= longest; end += 1) {
      const filled = fillSlot(part, sliceHeard(heard, wordIndex, end), types);
      if (filled) walk(partIndex + 1, end, [...slots, filled]);
    }
  };
  walk(0, 0, []);
  return matches;
}

type SlotPart = Extract<SamplePart, { kind: 'slot' }>;

function fillSlot(part: SlotPart, heard: HeardWords, types: SlotTypes): FilledSlot | undefined {
  const slot = { name: part.name, type: part.type };
  if (!part.multipleValues) {
    const single = heardValue(part.type, heard.words, types);
    return single && { ...slot, ...single };
  }
  const values: HeardValue[] = [];
  for (const words of splitListValues(heard)) {
    const value = heardValue(part.type, words, types);
    if (!value) return undefined;
    values.push(value);
  }
  return { ...slot, value: heard.words.join(' '), values };
}

/** One value as Alexa sends it; undefined when the words cannot be a value of the type (not a number). */
function heardValue(type: string, words: readonly string[], types: SlotTypes): HeardValue | undefined {
  const spoken = words.join(' ');
  if (type === 'AMAZON.NUMBER') {
    const digits = numberFromWords(words);
    return digits === undefined ? undefined : { value: digits };
  }
  const index = types.get(type);
  if (!index) return { value: spoken };
  const values = index.get(spoken);
  return {
    value: spoken,
    resolution: values ? { status: 'ER_SUCCESS_MATCH', values } : { status: 'ER_SUCCESS_NO_MATCH' },
  };
}

/** A list's values count one by one: "milk and bread" as two known values, not one unknown phrase. */
function summarise(sample: CompiledSample, slots: readonly FilledSlot[]): SampleMatch {
  let noMatchCount = 0;
  let resolvedWordCount = 0;
  for (const value of slots.flatMap((slot) => slot.values ?? [slot])) {
    if (value.resolution?.status === 'ER_SUCCESS_NO_MATCH') noMatchCount += 1;
    else if (value.resolution?.status === 'ER_SUCCESS_MATCH') resolvedWordCount += value.value.split(' ').length;
  }
  return { sample, slots, noMatchCount, resolvedWordCount };
}

/**
 * Which of two matches Alexa would more likely choose: the one with more literal words, then fewer slots
 * that captured no known value, then longer known values. Negative when `a` is better.
 */
export function compareMatches(a: SampleMatch, b: SampleMatch): number {
  return (
    b.sample.literalCount - a.sample.literalCount ||
    a.noMatchCount - b.noMatchCount ||
    b.resolvedWordCount - a.resolvedWordCount ||
    a.slots.length - b.slots.length
  );
}
