import { CATALOGUE } from './items';
import { varietyOf, type Variety } from '../locales';
import type { CatalogueItem, ItemWording } from './types';

export { CATALOGUE } from './items';
export type { AisleId, CatalogueItem, ItemWording } from './types';

/**
 * Words people put around an item without them being part of its name: "the", "some", "any more" in
 * "is there any more milk", "of" in "some of the bread". The one list, so no two paths disagree.
 */
const LEADING_FILLER = /^(?:the|a|an|some|any|more|my|our|your|of|this|that|these|those|and|also) /;
const TRAILING_FILLER = / (?:please|any ?more|as well|too|again|now|and)$/;
const ALONE_FILLER = /^(?:and|please)$/;

/**
 * Takes filler words off both ends until none is left ("some of the milk please" → "milk"); a filler
 * word alone ("and", which is all "&" says) is nothing.
 */
export function withoutFiller(words: string): string {
  let text = words;
  for (;;) {
    const stripped = text.replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '').replace(ALONE_FILLER, '');
    if (stripped === text) return text;
    text = stripped;
  }
}

/**
 * THE form spoken words are compared in, and the base of every item key: lowercase, accents and
 * punctuation gone ("goat's" = "goats", "all-purpose" = "all purpose"), "&" said as "and", single spaces,
 * and no filler around it ("any more milk" = "milk").
 */
export function normaliseSpoken(spoken: string): string {
  const plain = spoken
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return withoutFiller(plain);
}

function pluralOf(wording: ItemWording, mass: boolean | undefined): string | undefined {
  if (mass) return undefined;
  return wording.plural ?? `${wording.name}s`;
}

/** Every way the catalogue lets a person name the item, in both varieties of English, as written. */
export function spokenFormsOf(item: CatalogueItem): string[] {
  const wordings = item.us ? [item, item.us] : [item];
  const forms = wordings.flatMap((wording) => [wording.name, pluralOf(wording, item.mass)]);
  return [...forms, ...(item.synonyms ?? [])].filter((form): form is string => form !== undefined);
}

/** The item's value id in the interaction model's GroceryItem slot type ("produce:aubergine"). */
export function slotIdFor(item: CatalogueItem): string {
  return `${item.aisle}:${item.id}`;
}

const BY_ID: ReadonlyMap<string, CatalogueItem> = new Map(CATALOGUE.map((item) => [item.id, item]));
const BY_SLOT_ID: ReadonlyMap<string, CatalogueItem> = new Map(CATALOGUE.map((item) => [slotIdFor(item), item]));

function indexSpokenForms(): ReadonlyMap<string, CatalogueItem> {
  const index = new Map<string, CatalogueItem>();
  for (const item of CATALOGUE) {
    for (const form of spokenFormsOf(item)) {
      const key = normaliseSpoken(form);
      // The catalogue test guarantees one item per form; at run time the first wins rather than failing.
      if (key && !index.has(key)) index.set(key, item);
    }
  }
  return index;
}

const BY_SPOKEN_FORM = indexSpokenForms();

/** The item with this catalogue id ("aubergine"), the key of its trolley lines. */
export function catalogueItemById(id: string): CatalogueItem | undefined {
  return BY_ID.get(id);
}

/** The item an interaction model slot value id ("produce:aubergine") stands for. */
export function catalogueItemBySlotId(slotId: string): CatalogueItem | undefined {
  return BY_SLOT_ID.get(slotId);
}

/** The item these words name exactly ("the aubergines", "eggplant", "Salt & Vinegar crisps"), if any. */
export function findCatalogueItem(spoken: string): CatalogueItem | undefined {
  const key = normaliseSpoken(spoken);
  return key ? BY_SPOKEN_FORM.get(key) : undefined;
}

/** How the item is said in a variety of English: the `us` wording in American English where it differs. */
export function wordingIn(item: CatalogueItem, variety: Variety): { name: string; plural: string | undefined } {
  const wording = item.us && variety === 'american' ? item.us : item;
  return { name: wording.name, plural: pluralOf(wording, item.mass) };
}

/** How the item is said in a locale: in that locale's variety of English (see the locale registry). */
export function wordingFor(item: CatalogueItem, locale: string): { name: string; plural: string | undefined } {
  return wordingIn(item, varietyOf(locale));
}
