import { findCatalogueItem } from '../catalogue';
import { numberFromWords } from './numbers';
import { unitFromWord, type UnitId } from './units';

/** One item as said inside a list: "two pints of milk" → 2, pint, "milk". */
export interface ItemPhrase {
  /** The words that name the item, without the amount. */
  readonly words: string;
  readonly quantity?: number;
  readonly unit?: UnitId;
}

/** Number words that are not numbers to AMAZON.NUMBER but are to a shopper. */
const SPOKEN_AMOUNTS: readonly { readonly words: readonly string[]; readonly quantity: number }[] = [
  { words: ['a', 'couple', 'of'], quantity: 2 },
  { words: ['half', 'a', 'dozen'], quantity: 6 },
  { words: ['a', 'half', 'dozen'], quantity: 6 },
];

/** The longest run of words a number can take ("one hundred and twenty five" is five). */
const MAX_NUMBER_WORDS = 6;

function leadingNumber(words: readonly string[]): { quantity: number; length: number } | undefined {
  for (const amount of SPOKEN_AMOUNTS) {
    if (amount.words.every((word, index) => words[index] === word)) {
      return { quantity: amount.quantity, length: amount.words.length };
    }
  }
  for (let length = Math.min(MAX_NUMBER_WORDS, words.length - 1); length >= 1; length -= 1) {
    const digits = numberFromWords(words.slice(0, length));
    if (digits !== undefined) return { quantity: Number(digits), length };
  }
  if (words[0] === 'a' || words[0] === 'an') return { quantity: 1, length: 1 };
  return undefined;
}

/**
 * A unit counts only where it is followed by "of" ("two tins of tuna") or is "dozen" ("a dozen eggs"), so
 * an item that starts with a unit's word ("roll" in "roll mop herrings") keeps its name.
 */
function leadingUnit(words: readonly string[]): { unit: UnitId; length: number } | undefined {
  const [first, second] = words;
  const unit = first === undefined ? undefined : unitFromWord(first);
  if (!unit) return undefined;
  if (second === 'of') return { unit, length: 2 };
  return unit === 'dozen' && words.length > 1 ? { unit, length: 1 } : undefined;
}

/**
 * Reads the amount at the start of one spoken item. Words that are a catalogue item as a whole
 * ("five spice") are never taken apart, and "a" alone is only an amount before a unit ("a tin of tuna"),
 * since "an aubergine" already counts as one where the item is countable.
 */
export function readItemPhrase(spoken: string): ItemPhrase {
  const text = spoken.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text || findCatalogueItem(text)) return { words: text };
  const words = text.split(' ');
  const number = leadingNumber(words);
  const afterNumber = number ? words.slice(number.length) : words;
  const unit = leadingUnit(afterNumber);
  const rest = unit ? afterNumber.slice(unit.length) : afterNumber;
  const articleOnly = number !== undefined && !unit && (words[0] === 'a' || words[0] === 'an') && number.length === 1;
  if (rest.length === 0 || articleOnly) return { words: text };
  return {
    words: rest.join(' '),
    ...(number ? { quantity: number.quantity } : {}),
    ...(unit ? { unit: unit.unit } : {}),
  };
}
