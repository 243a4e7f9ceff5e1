/**
 * Turns what a person typed into the words Alexa would have heard: lower case, no punctuation, one token a
 * word. Apostrophes inside words stay ("what's"), since sample utterances keep them too.
 */
export function wordsOf(text: string): string[] {
  const cleaned = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    // "1,000" is one number; other commas are pauses.
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    // Keep a decimal point between digits ("1.5"); every other mark is noise to a speech recogniser.
    .replace(/(\d)\.(?=\d)/g, '$1\uE000')
    .replace(/[^\p{L}\p{N}'\uE000\s]+/gu, ' ')
    .replace(/\uE000/g, '.');
  return cleaned
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}

/** Words as one string, the form slot values and samples are compared in. */
export function phraseOf(text: string): string {
  return wordsOf(text).join(' ');
}

/** "Alexa, ask my trolley…" — the wake word is not part of what the skill hears. */
export function withoutWakeWord(words: readonly string[]): string[] {
  return words[0] === 'alexa' ? words.slice(1) : [...words];
}
