/**
 * Turns what a person typed into the words Alexa would have heard: lower case, no punctuation, one token a
 * word. Apostrophes inside words stay ("what's"), since sample utterances keep them too; "&" is said "and".
 * Commas are where the person paused: they are not words, but a multiple-value slot splits its values there.
 */

/** The words heard, and after which of them the person paused (`pauseAfter[i]`: a comma after word i). */
export interface HeardWords {
  readonly words: readonly string[];
  readonly pauseAfter: readonly boolean[];
}

const PAUSE = '\uE001';
/** "Um, milk": a speech recogniser leaves hesitations out of what it heard. */
const HESITATIONS: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'uhm', 'er', 'erm', 'hmm']);
/**
 * Contractions typed without their apostrophe ("whats in my trolley", "i dont need milk"): a speech
 * recogniser writes "what's" and "don't", so the simulator hears them so too. Only words that are never
 * anything else are listed ("were", "ill" and "wont" are words of their own).
 */
const TYPED_CONTRACTIONS: Readonly<Record<string, string>> = {
  whats: "what's",
  thats: "that's",
  theres: "there's",
  hows: "how's",
  whos: "who's",
  wheres: "where's",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  isnt: "isn't",
  arent: "aren't",
  havent: "haven't",
  hasnt: "hasn't",
  ive: "i've",
  weve: "we've",
  youve: "you've",
  im: "i'm",
  youre: "you're",
  theyre: "they're",
};

export function heardOf(text: string): HeardWords {
  const cleaned = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    // "salt & vinegar crisps": a person says "and".
    .replace(/&/g, ' and ')
    // "1,000" is one number; other commas are pauses.
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/,/g, ` ${PAUSE} `)
    // Keep a decimal point between digits ("1.5"); every other mark is noise to a speech recogniser.
    .replace(/(\d)\.(?=\d)/g, '$1\uE000')
    .replace(/[^\p{L}\p{N}'\uE000\uE001\s]+/gu, ' ')
    .replace(/\uE000/g, '.');
  const words: string[] = [];
  const pauseAfter: boolean[] = [];
  for (const token of cleaned.split(/\s+/)) {
    if (token === PAUSE) {
      if (words.length > 0) pauseAfter[words.length - 1] = true;
      continue;
    }
    const word = token.replace(/^'+|'+$/g, '');
    if (word.length === 0 || HESITATIONS.has(word)) continue;
    words.push(TYPED_CONTRACTIONS[word] ?? word);
    pauseAfter.push(false);
  }
  return { words, pauseAfter };
}

export function wordsOf(text: string): string[] {
  return [...heardOf(text).words];
}

/** Words `start` to `end` (exclusive), with their pauses. */
export function sliceHeard(heard: HeardWords, start: number, end: number = heard.words.length): HeardWords {
  return { words: heard.words.slice(start, end), pauseAfter: heard.pauseAfter.slice(start, end) };
}

/** Words as one string, the form slot values and samples are compared in. */
export function phraseOf(text: string): string {
  return wordsOf(text).join(' ');
}

/** "Alexa, ask my trolley…" — the wake word is not part of what the skill hears. */
export function withoutWakeWord(heard: HeardWords): HeardWords {
  return heard.words[0] === 'alexa' ? sliceHeard(heard, 1) : heard;
}
