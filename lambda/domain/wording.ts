/**
 * English word forms for items the catalogue does not know. Deliberately conservative: a wrong singular
 * only affects how two spoken forms merge, so words it is unsure of are left as they are.
 */

const UNCHANGED_ENDINGS = ['ss', 'us', 'is', 'ous', 'ics', 'news'];
const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = {
  loaves: 'loaf',
  leaves: 'leaf',
  knives: 'knife',
  halves: 'half',
  children: 'child',
  geese: 'goose',
  mice: 'mouse',
  teeth: 'tooth',
  feet: 'foot',
};

/** "tomatoes" → "tomato", "berries" → "berry", "fancy biscuits" → "fancy biscuit"; only the last word changes. */
export function singularOf(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop() ?? '';
  return [...words, singularWord(last)].join(' ');
}

function singularWord(word: string): string {
  const irregular = IRREGULAR_SINGULARS[word];
  if (irregular) return irregular;
  if (word.length <= 3 || UNCHANGED_ENDINGS.some((ending) => word.endsWith(ending))) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(oes|ches|shes|xes|zes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** "tomato" → "tomatoes", "berry" → "berries", "peach" → "peaches"; only the last word changes. */
export function pluralOf(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop() ?? '';
  return [...words, pluralWord(last)].join(' ');
}

function pluralWord(word: string): string {
  if (word.endsWith('s')) return word;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(ch|sh|x|z)$/.test(word)) return `${word}es`;
  if (/[^aeiou]o$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** "a" or "an" before a word, by its sound where the spelling misleads ("an hour", "a unicorn"). */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.trim().toLowerCase();
  if (/^(hour|honest|heir)/.test(word)) return 'an';
  if (/^(uni|use|usu|ute|eu|ewe|one|once)/.test(word)) return 'a';
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/**
 * A spoken item made safe to keep: lower case, no leading filler ("the", "some", "my"), no symbols the
 * speech recogniser would never produce, single spaces. Keeps letters of every script, digits, and the
 * few marks that appear in product names (& ' - .).
 */
export function cleanSpokenItem(spoken: string): string {
  let text = spoken
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&'\-. ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (;;) {
    const stripped = text.replace(/^(the|a|an|some|my|our|any|more|of) /, '');
    if (stripped === text) break;
    text = stripped;
  }
  return text.replace(/ please$/, '').replace(/^[.'\-& ]+|[.'\-& ]+$/g, '');
}
