import type { AisleId } from '../catalogue/types';
import { catalogueItemById, catalogueItemBySlotId, findCatalogueItem, wordingFor } from '../catalogue';
import { LIMITS } from './limits';
import { cleanSpokenItem, pluralOf, singularOf } from './wording';

/** What a trolley line is about, independent of how many. */
export interface ItemIdentity {
  /** Merge key: the catalogue id, or the singular of what was said for items the catalogue lacks. */
  readonly key: string;
  /** Singular wording ("tomato", "milk") or, for uncatalogued items, the words as first said. */
  readonly name: string;
  /** Plural wording; absent for mass nouns ("milk"), which are never pluralised. */
  readonly plural?: string;
  /** True for catalogue items that take "a"/"an" when there is one of them. */
  readonly countable: boolean;
  readonly aisle: AisleId;
}

export type IdentifyResult =
  { readonly ok: true; readonly item: ItemIdentity } | { readonly ok: false; readonly reason: 'empty' | 'tooLong' };

const UNCATALOGUED_PREFIX = 'said:';

/**
 * Works out which item a person meant, from the words heard and, when Alexa's entity resolution matched
 * the catalogue, the slot value id. Catalogue items keep the locale's own wording ("eggplant" in en-US).
 */
export function identifyItem(spoken: string, slotId: string | undefined, locale: string): IdentifyResult {
  const catalogued = (slotId && catalogueItemBySlotId(slotId)) || findCatalogueItem(spoken);
  if (catalogued) {
    const wording = wordingFor(catalogued, locale);
    return {
      ok: true,
      item: {
        key: catalogued.id,
        name: wording.name,
        ...(wording.plural === undefined ? {} : { plural: wording.plural }),
        countable: !catalogued.mass,
        aisle: catalogued.aisle,
      },
    };
  }
  const said = cleanSpokenItem(spoken);
  if (!said) return { ok: false, reason: 'empty' };
  if (said.length > LIMITS.maxNameLength) return { ok: false, reason: 'tooLong' };
  const singular = singularOf(said);
  return {
    ok: true,
    item: {
      key: `${UNCATALOGUED_PREFIX}${singular}`,
      name: said,
      plural: pluralOf(singular),
      countable: false,
      aisle: 'other',
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
  const singulars = catalogued ? [catalogued.name, catalogued.us?.name] : [item.name];
  return singulars.includes(said) ? 1 : undefined;
}
