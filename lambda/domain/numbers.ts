/**
 * Number words as digits, the way Alexa fills AMAZON.NUMBER ("twenty one" → "21"). The simulator fills
 * number slots with it, and the skill reads the numbers inside a list of items ("two pints of milk and a
 * dozen eggs"). Only real number words count: "a" and "an" are articles, not "1", and "a dozen" is a unit.
 */
const DIGITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { thousand: 1_000, million: 1_000_000 };

type Last = 'none' | 'digit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'and';

/** The digits for a whole run of words ("one hundred and five" → "105"), or undefined if it is not a number. */
export function numberFromWords(words: readonly string[]): string | undefined {
  const [first] = words;
  if (first === undefined) return undefined;
  if (words.length === 1 && /^\d+(\.\d+)?$/.test(first)) return first;

  let total = 0;
  let group = 0;
  let last: Last = 'none';
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as string;
    const digit = DIGITS[word];
    const teen = TEENS[word];
    const ten = TENS[word];
    const scale = SCALES[word];
    if (digit !== undefined) {
      if (last === 'digit' || last === 'teen') return undefined;
      group += digit;
      last = 'digit';
    } else if (teen !== undefined || ten !== undefined) {
      if (last === 'digit' || last === 'teen' || last === 'ten') return undefined;
      group += (teen ?? ten) as number;
      last = teen !== undefined ? 'teen' : 'ten';
    } else if (word === 'hundred') {
      if (group === 0 || last === 'hundred' || last === 'and') return undefined;
      group *= 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if (group === 0 || last === 'and') return undefined;
      total += group * scale;
      group = 0;
      last = 'scale';
    } else if (word === 'and') {
      if (last !== 'hundred' && last !== 'scale') return undefined;
      last = 'and';
    } else if (word === 'point') {
      if (last === 'none' || last === 'and') return undefined;
      const fraction = words.slice(index + 1).map((decimal) => DIGITS[decimal]);
      if (fraction.length === 0 || fraction.some((decimal) => decimal === undefined)) return undefined;
      return `${total + group}.${fraction.join('')}`;
    } else {
      return undefined;
    }
  }
  if (last === 'none' || last === 'and') return undefined;
  return String(total + group);
}
