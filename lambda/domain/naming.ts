import { normaliseSpoken } from '../catalogue';
import type { ItemIdentity } from './item';
import type { TrolleyLine } from './trolley';

/** Which lines some words name: one item's lines, two or more items' (ask which), or none. */
export type Naming =
  | { readonly kind: 'one'; readonly key: string }
  | { readonly kind: 'several'; readonly candidates: readonly TrolleyLine[] }
  | { readonly kind: 'none' };

function formsOf(item: Pick<ItemIdentity, 'name' | 'plural'>): string[] {
  return [item.name, item.plural].filter((form): form is string => Boolean(form)).map(normaliseSpoken);
}

/** True when `words` is the end of `phrase`, as whole words: "milk" ends "semi skimmed milk". */
function endsWithWords(phrase: string, words: string): boolean {
  return phrase === words || phrase.endsWith(` ${words}`);
}

function containsWords(phrase: string, words: string): boolean {
  return ` ${phrase} `.includes(` ${words} `);
}

/** One line of each item, in trolley order: "which one?" is about items, not the units they are in. */
function oneLinePerItem(lines: readonly TrolleyLine[]): TrolleyLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => !seen.has(line.key) && Boolean(seen.add(line.key)));
}

function namingOf(matches: readonly TrolleyLine[]): Naming {
  const items = oneLinePerItem(matches);
  const [only] = items;
  if (!only) return { kind: 'none' };
  return items.length === 1 ? { kind: 'one', key: only.key } : { kind: 'several', candidates: items };
}

/**
 * The line a person means by what they said. The item itself when the trolley has it; otherwise the
 * lines whose name ends in the words said, the way people shorten a name to its head noun ("the milk"
 * for "semi skimmed milk", "the wine" for "red wine", "the crisps" for "salt and vinegar crisps").
 */
export function linesNamed(lines: readonly TrolleyLine[], item: ItemIdentity): Naming {
  if (lines.some((line) => line.key === item.key)) return { kind: 'one', key: item.key };
  const said = formsOf(item);
  return namingOf(
    lines.filter((line) => formsOf(line).some((form) => said.some((words) => endsWithWords(form, words)))),
  );
}

const EVERY_ONE = new Set(['both', 'all', 'all of them', 'both of them', 'the lot', 'everything']);
const ORDINALS: Readonly<Record<string, number>> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4 };

/**
 * The answer to "The semi skimmed milk or the oat milk?": the candidates it names by any of their words
 * ("the oat one", "semi skimmed", "the first one", "both"). An empty answer names none.
 */
export function chosenAmong(candidates: readonly TrolleyLine[], answer: string): TrolleyLine[] {
  const words = normaliseSpoken(answer).replace(/ (?:one|ones)$/, '');
  if (!words) return [];
  if (EVERY_ONE.has(words)) return [...candidates];
  const ordinal = words === 'last' ? candidates.length - 1 : ORDINALS[words];
  if (ordinal !== undefined) return candidates[ordinal] ? [candidates[ordinal]] : [];
  const exact = candidates.filter((line) => formsOf(line).includes(words));
  if (exact.length > 0) return exact;
  return candidates.filter((line) => formsOf(line).some((form) => containsWords(form, words)));
}
