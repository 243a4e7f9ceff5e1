import type { AisleId } from '../catalogue/types';
import { catalogueItemOfKey } from './item';
import type { UnitId } from './units';

/**
 * What a bare number counts for things that are not counted one by one: "make that three" after "milk"
 * is 3 pints in Britain and 3 gallons in the US, never "3 milk". Items are listed where their aisle's
 * usual container would sound wrong; the rest take their aisle's.
 */
const BY_ITEM: Readonly<Record<string, UnitId>> = {
  bread: 'loaf',
  'white-bread': 'loaf',
  'wholemeal-bread': 'loaf',
  'seeded-bread': 'loaf',
  sourdough: 'loaf',
  'rye-bread': 'loaf',
  'gluten-free-bread': 'loaf',
  tuna: 'tin',
  'coconut-milk': 'tin',
  'baked-beans': 'tin',
  'chopped-tomatoes': 'tin',
  rice: 'bag',
  flour: 'bag',
  sugar: 'bag',
  coffee: 'jar',
  jam: 'jar',
  honey: 'jar',
  marmalade: 'jar',
  'peanut-butter': 'jar',
  tea: 'box',
  juice: 'carton',
  'orange-juice': 'carton',
  water: 'bottle',
  wine: 'bottle',
  'red-wine': 'bottle',
  'white-wine': 'bottle',
};

const MILK_BY_LOCALE: Readonly<Record<string, UnitId>> = {
  'en-gb': 'pint',
  'en-us': 'gallon',
  'en-ca': 'bag',
  'en-au': 'litre',
  'en-in': 'litre',
};

const BY_AISLE: Partial<Readonly<Record<AisleId, UnitId>>> = {
  produce: 'bag',
  drinks: 'bottle',
  frozen: 'bag',
};

/** Milk and its kinds, as people buy them by the pint, gallon or bag. */
function isMilk(id: string): boolean {
  return id === 'milk' || id.endsWith('-milk');
}

/** The unit a bare number counts for a line that has no plural, in the locale's own measures. */
export function usualUnitFor(line: { key: string; aisle: AisleId }, locale: string | undefined): UnitId {
  const id = catalogueItemOfKey(line.key)?.id ?? '';
  const listed = BY_ITEM[id];
  if (listed) return listed;
  if (isMilk(id)) return MILK_BY_LOCALE[(locale ?? 'en-GB').toLowerCase()] ?? 'litre';
  return BY_AISLE[line.aisle] ?? 'pack';
}
