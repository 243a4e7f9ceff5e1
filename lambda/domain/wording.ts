import { findCatalogueItem, withoutFiller } from '../catalogue';

/**
 * English word forms: the one pluraliser. A last word the catalogue knows takes the catalogue's forms
 * ("organic tomato" → "organic tomatoes", "avocados" → "avocado"); other words follow English rules,
 * deliberately conservative: a wrong singular only affects how two spoken forms merge, so words it is
 * unsure of are left as they are.
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

/** The catalogue's singular and plural for one word, when it is a countable item's name or plural. */
function catalogueForms(word: string): { name: string; plural: string } | undefined {
  const item = findCatalogueItem(word);
  if (!item || item.mass) return undefined;
  for (const wording of item.us ? [item, item.us] : [item]) {
    const plural = wording.plural ?? `${wording.name}s`;
    if (word === wording.name || word === plural) return { name: wording.name, plural };
  }
  return undefined;
}

function singularWord(word: string): string {
  const known = catalogueForms(word);
  if (known) return known.name;
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
  const known = catalogueForms(word);
  if (known) return known.plural;
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
 * A spoken item made safe to keep, in the words said: lower case, "&" said as "and", no symbols the
 * speech recogniser would never produce, single spaces, and no filler around it (the catalogue's one
 * list: "the", "some", "any more"). Keeps letters of every script, digits, and the few marks that appear
 * in product names (' - .). Its comparison form and key come from `normaliseSpoken`, as everything's do.
 */
export function cleanSpokenItem(spoken: string): string {
  const text = spoken
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}'\-. ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.'\- ]+|[.'\- ]+$/g, '');
  return withoutFiller(text).replace(/^[.'\- ]+|[.'\- ]+$/g, '');
}
