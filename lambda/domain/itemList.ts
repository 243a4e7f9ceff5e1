import { catalogueItemBySlotId, findCatalogueItem } from '../catalogue';
import { readItemPhrase } from './phrase';

/** One value heard for the item slot, with the catalogue entry Alexa resolved it to, if any. */
export interface HeardItem {
  readonly words: string;
  /** The slot value id entity resolution matched ("produce:aubergine"). */
  readonly slotId?: string;
}

/** Where a list is split: pauses (commas when written down), "and", and both together (", and"). */
const SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/i;

/** The most pieces one catalogue item is said in ("bread and butter pickles" is two): bounds the search. */
const MAX_PIECES_PER_ITEM = 4;

/** True when these words, amount aside, name one catalogue item ("two bags of salt and vinegar crisps"). */
function namesCatalogueItem(words: string): boolean {
  return findCatalogueItem(readItemPhrase(words).words) !== undefined;
}

function isCatalogued(item: HeardItem): boolean {
  return (
    (item.slotId !== undefined && catalogueItemBySlotId(item.slotId) !== undefined) || namesCatalogueItem(item.words)
  );
}

/**
 * The separate things in what was said: "milk, eggs and bread" is three. Alexa's multiple-value slots split
 * on every "and", so values are split the same way here (locales without them send the list as one value),
 * then neighbours that together name one catalogue item are joined again: "fish and chips" and
 * "salt and vinegar crisps" stay whole, because the catalogue says they are one thing, not because of a
 * list of exceptions. The longest such run wins.
 */
export function separateItems(values: readonly HeardItem[]): HeardItem[] {
  const pieces = values.flatMap((value) => {
    if (isCatalogued(value)) return [value];
    const parts = value.words
      .split(SEPARATOR)
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.length <= 1) return value.words.trim() ? [{ ...value, words: value.words.trim() }] : [];
    return parts.map((words) => ({ words }));
  });

  const items: HeardItem[] = [];
  for (let start = 0; start < pieces.length;) {
    let end = start + 1;
    for (let candidate = Math.min(pieces.length, start + MAX_PIECES_PER_ITEM); candidate > start + 1; candidate -= 1) {
      const joined = pieces.slice(start, candidate).map((piece) => piece.words);
      if (namesCatalogueItem(joined.join(' and '))) {
        end = candidate;
        break;
      }
    }
    const run = pieces.slice(start, end);
    items.push(run.length === 1 ? (run[0] as HeardItem) : { words: run.map((piece) => piece.words).join(' and ') });
    start = end;
  }
  return items;
}
