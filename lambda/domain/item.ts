import type { CatalogueItem } from '../catalogue/types';
import { catalogueItemById, catalogueItemBySlotId, findCatalogueItem, normaliseSpoken, wordingFor } from '../catalogue';
import type { AisleId } from '../catalogue/types';
import { LIMITS } from './limits';
import { cleanSpokenItem, pluralOf, singularOf } from './wording';

/** What a trolley line is about, independent of how many. */
export interface ItemIdentity {
  /** Merge key: the catalogue id, or `said:` and the normal singular of what was said for anything else. */
  readonly key: string;
  /** Singular wording ("tomato", "free range egg") or, for uncatalogued mass items, the words as said. */
  readonly name: string;
  /** Plural wording; absent for mass nouns ("milk"), which are never pluralised. */
  readonly plural?: string;
  /** True for things that take "a"/"an" when there is one of them (catalogue items, and their kinds). */
  readonly countable: boolean;
  readonly aisle: AisleId;
}

export type IdentifyResult =
  { readonly ok: true; readonly item: ItemIdentity } | { readonly ok: false; readonly reason: 'empty' | 'tooLong' };

const UNCATALOGUED_PREFIX = 'said:';

/** The key of a line named in words the catalogue has no entry for: one normal form, one singular. */
export function keyForWords(words: string): string {
  return `${UNCATALOGUED_PREFIX}${singularOf(normaliseSpoken(words))}`;
}

/** The item's own names in both varieties of English, singular and plural, in the normal form. */
function namesOf(item: CatalogueItem): Set<string> {
  const wordings = item.us ? [item, item.us] : [item];
  return new Set(
    wordings.flatMap((wording) => [wording.name, wording.plural ?? `${wording.name}s`]).map(normaliseSpoken),
  );
}

/** "free range eggs" ends in "eggs": the words said are a kind of the item, so they are kept. */
function isKindOf(said: string, item: CatalogueItem): boolean {
  const normal = normaliseSpoken(said);
  const names = namesOf(item);
  if (names.has(normal)) return false;
  return [...names].some((name) => normal.endsWith(` ${name}`));
}

/** Words said for an item, singular and plural by the item's nature ("free range egg", "beef mince"). */
function saidWording(said: string, countable: boolean): { name: string; plural?: string } {
  if (!countable) return { name: said };
  const name = singularOf(said);
  return { name, plural: pluralOf(name) };
}

function catalogueIdentity(item: CatalogueItem, said: string, locale: string): ItemIdentity {
  const wording = isKindOf(said, item) ? saidWording(said, !item.mass) : wordingFor(item, locale);
  return {
    key: item.id,
    name: wording.name,
    ...(wording.plural === undefined ? {} : { plural: wording.plural }),
    countable: !item.mass,
    aisle: item.aisle,
  };
}

/**
 * The catalogue item the last words name when the whole does not ("organic eggs" → eggs, "chocolate
 * milk" → milk): the longest such ending, so the line goes in that item's aisle and reads like it.
 */
export function headItemOf(said: string): CatalogueItem | undefined {
  const words = said.split(' ');
  for (let start = 1; start < words.length; start += 1) {
    const head = findCatalogueItem(words.slice(start).join(' '));
    if (head) return head;
  }
  return undefined;
}

/**
 * Works out which item a person meant, from the words heard and, when Alexa's entity resolution matched
 * the catalogue, the slot value id. Catalogue items keep the locale's own wording ("eggplant" in en-US),
 * unless the words said make them more specific ("free range eggs"): those are kept on the line.
 */
export function identifyItem(spoken: string, slotId: string | undefined, locale: string): IdentifyResult {
  const said = cleanSpokenItem(spoken);
  const catalogued = (slotId && catalogueItemBySlotId(slotId)) || findCatalogueItem(said);
  if (catalogued && said.length <= LIMITS.maxNameLength) {
    return { ok: true, item: catalogueIdentity(catalogued, said, locale) };
  }
  if (!said) return { ok: false, reason: 'empty' };
  if (said.length > LIMITS.maxNameLength) return { ok: false, reason: 'tooLong' };
  const head = headItemOf(said);
  const countable = head !== undefined && !head.mass;
  const wording = head ? saidWording(said, countable) : { name: said, plural: pluralOf(singularOf(said)) };
  return {
    ok: true,
    item: {
      key: keyForWords(said),
      name: wording.name,
      ...(wording.plural === undefined ? {} : { plural: wording.plural }),
      countable,
      aisle: head?.aisle ?? 'other',
    },
  };
}

/**
 * "Add an aubergine" names one; "add aubergines" names some, without a number. When no number was heard,
 * a countable item said in the singular counts as one.
 */
export function quantityImpliedBy(spoken: string, item: ItemIdentity): number | undefined {
  if (!item.countable) return undefined;
  const said = cleanSpokenItem(spoken);
  // Either variety's singular counts: "an aubergine" is one eggplant in en-US too.
  const catalogued = catalogueItemById(item.key);
  const singulars = [item.name, ...(catalogued ? [catalogued.name, catalogued.us?.name] : [])];
  return singulars.includes(said) ? 1 : undefined;
}

/** The catalogue item a line is, or is a kind of ("said:organic egg" is a kind of egg). */
export function catalogueItemOfKey(key: string): CatalogueItem | undefined {
  if (!key.startsWith(UNCATALOGUED_PREFIX)) return catalogueItemById(key);
  return headItemOf(key.slice(UNCATALOGUED_PREFIX.length));
}
