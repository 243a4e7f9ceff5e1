/**
 * Sample utterances compiled into matchers: literal words and slots. Matching tries every way of giving
 * slots the words between the literals, so it finds what Alexa would: "add {quantity} {unit} of {item}"
 * fits "add two tins of tuna" with quantity 2, unit tins, item tuna.
 */
import { numberFromWords } from '../../lambda/domain/numbers';
import type { ResolvedValue, SlotTypeIndex } from './slotValues';
import { wordsOf } from './text';

export type SamplePart =
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'slot'; readonly name: string; readonly type: string };

export interface CompiledSample {
  readonly intent: string;
  readonly text: string;
  readonly parts: readonly SamplePart[];
  readonly literalCount: number;
}

export type Resolution =
  | { readonly status: 'ER_SUCCESS_MATCH'; readonly values: readonly ResolvedValue[] }
  | { readonly status: 'ER_SUCCESS_NO_MATCH' };

export interface FilledSlot {
  readonly name: string;
  readonly type: string;
  /** What Alexa puts in `slot.value`: the words heard, or digits for AMAZON.NUMBER. */
  readonly value: string;
  /** Entity resolution, for custom slot types only. */
  readonly resolution?: Resolution;
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

export function compileSample(
  intent: string,
  text: string,
  slotTypeOf: (slotName: string) => string | undefined,
): CompiledSample {
  const parts: SamplePart[] = [];
  for (const piece of text.split(/(\{[^}]+\})/)) {
    const slot = /^\{([^}|]+)\}$/.exec(piece.trim());
    if (slot) {
      const name = (slot[1] as string).trim();
      parts.push({ kind: 'slot', name, type: slotTypeOf(name) ?? 'AMAZON.SearchQuery' });
    } else {
      for (const word of wordsOf(piece)) parts.push({ kind: 'word', word });
    }
  }
  return { intent, text, parts, literalCount: parts.filter((part) => part.kind === 'word').length };
}

/** Every way the sample fits the words, whole utterance only. */
export function matchSample(sample: CompiledSample, words: readonly string[], types: SlotTypes): SampleMatch[] {
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
    const longest = Math.min(words.length, wordIndex + MAX_SLOT_WORDS);
    for (let end = wordIndex + 1; end <= longest; end += 1) {
      const filled = fillSlot(part, words.slice(wordIndex, end), types);
      if (filled) walk(partIndex + 1, end, [...slots, filled]);
    }
  };
  walk(0, 0, []);
  return matches;
}

function fillSlot(
  part: Extract<SamplePart, { kind: 'slot' }>,
  heard: readonly string[],
  types: SlotTypes,
): FilledSlot | undefined {
  const spoken = heard.join(' ');
  if (part.type === 'AMAZON.NUMBER') {
    const digits = numberFromWords(heard);
    return digits === undefined ? undefined : { name: part.name, type: part.type, value: digits };
  }
  const index = types.get(part.type);
  if (!index) return { name: part.name, type: part.type, value: spoken };
  const values = index.get(spoken);
  return {
    name: part.name,
    type: part.type,
    value: spoken,
    resolution: values ? { status: 'ER_SUCCESS_MATCH', values } : { status: 'ER_SUCCESS_NO_MATCH' },
  };
}

function summarise(sample: CompiledSample, slots: readonly FilledSlot[]): SampleMatch {
  let noMatchCount = 0;
  let resolvedWordCount = 0;
  for (const slot of slots) {
    if (slot.resolution?.status === 'ER_SUCCESS_NO_MATCH') noMatchCount += 1;
    else if (slot.resolution?.status === 'ER_SUCCESS_MATCH') resolvedWordCount += slot.value.split(' ').length;
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
