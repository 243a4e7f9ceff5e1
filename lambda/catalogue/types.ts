/**
 * Aisles in the order people walk a shop: a trolley is read back in this order.
 * Spoken aisle names live in the locale strings, since they differ ("fruit and veg" / "produce").
 */
export const AISLES = [
  'produce',
  'bakery',
  'meat',
  'fish',
  'dairy',
  'chilled',
  'pantry',
  'breakfast',
  'baking',
  'world',
  'snacks',
  'drinks',
  'frozen',
  'household',
  'toiletries',
  'baby',
  'pet',
  'other',
] as const;

export type AisleId = (typeof AISLES)[number];

export interface ItemWording {
  /** Singular form as spoken ("tomato", "milk"). */
  readonly name: string;
  /** Plural form when it is not simply `name + "s"` ("tomatoes", "loaves"). Mass nouns have none. */
  readonly plural?: string;
}

/**
 * One canonical grocery item. British wording is the default; `us` gives the North American wording
 * where it differs (aubergine / eggplant), used by en-US and en-CA.
 */
export interface CatalogueItem extends ItemWording {
  /** Stable kebab-case key, unique in the catalogue ("cherry-tomato"). */
  readonly id: string;
  readonly aisle: AisleId;
  /** Uncountable things ("milk", "rice"): "two milk", never "two milks". */
  readonly mass?: boolean;
  readonly us?: ItemWording;
  /** Other things people call it, in either variety of English, singular or plural. */
  readonly synonyms?: readonly string[];
}
