/**
 * The units a trolley line can be counted in. Ids are what the interaction model's `TrolleyUnit`
 * slot values resolve to; `spoken` lists what a person may say for each (singular and plural).
 */
export interface UnitDefinition {
  readonly id: UnitId;
  readonly singular: string;
  readonly plural: string;
  /** Other words people use for the same unit, singular and plural. */
  readonly synonyms: readonly string[];
  /** Measures are read without "of" article rules changing ("a kilo of", "two kilos of"). */
  readonly kind: 'container' | 'measure' | 'count';
}

export const UNIT_IDS = [
  'tin',
  'can',
  'pack',
  'packet',
  'bottle',
  'loaf',
  'bag',
  'box',
  'jar',
  'carton',
  'tub',
  'pot',
  'punnet',
  'bunch',
  'head',
  'roll',
  'bar',
  'tube',
  'kilo',
  'gram',
  'pound',
  'ounce',
  'litre',
  'millilitre',
  'pint',
  'gallon',
  'dozen',
  'slice',
  'piece',
  'case',
] as const;

export type UnitId = (typeof UNIT_IDS)[number];

const u = (
  id: UnitId,
  singular: string,
  plural: string,
  kind: UnitDefinition['kind'],
  synonyms: string[] = [],
): UnitDefinition => ({ id, singular, plural, kind, synonyms });

export const UNITS: Readonly<Record<UnitId, UnitDefinition>> = {
  tin: u('tin', 'tin', 'tins', 'container'),
  can: u('can', 'can', 'cans', 'container'),
  pack: u('pack', 'pack', 'packs', 'container', ['multipack', 'multipacks']),
  packet: u('packet', 'packet', 'packets', 'container'),
  bottle: u('bottle', 'bottle', 'bottles', 'container'),
  loaf: u('loaf', 'loaf', 'loaves', 'container'),
  bag: u('bag', 'bag', 'bags', 'container', ['sack', 'sacks']),
  box: u('box', 'box', 'boxes', 'container'),
  jar: u('jar', 'jar', 'jars', 'container'),
  carton: u('carton', 'carton', 'cartons', 'container'),
  tub: u('tub', 'tub', 'tubs', 'container'),
  pot: u('pot', 'pot', 'pots', 'container'),
  punnet: u('punnet', 'punnet', 'punnets', 'container', ['basket', 'baskets']),
  bunch: u('bunch', 'bunch', 'bunches', 'container'),
  head: u('head', 'head', 'heads', 'count'),
  roll: u('roll', 'roll', 'rolls', 'count'),
  bar: u('bar', 'bar', 'bars', 'count'),
  tube: u('tube', 'tube', 'tubes', 'container'),
  kilo: u('kilo', 'kilo', 'kilos', 'measure', ['kilogram', 'kilograms', 'kg', 'kilogramme', 'kilogrammes']),
  gram: u('gram', 'gram', 'grams', 'measure', ['gramme', 'grammes', 'g']),
  pound: u('pound', 'pound', 'pounds', 'measure', ['lb', 'lbs']),
  ounce: u('ounce', 'ounce', 'ounces', 'measure', ['oz']),
  litre: u('litre', 'litre', 'litres', 'measure', ['liter', 'liters', 'l']),
  millilitre: u('millilitre', 'millilitre', 'millilitres', 'measure', ['milliliter', 'milliliters', 'ml']),
  pint: u('pint', 'pint', 'pints', 'measure'),
  gallon: u('gallon', 'gallon', 'gallons', 'measure'),
  dozen: u('dozen', 'dozen', 'dozen', 'count', ['dozens']),
  slice: u('slice', 'slice', 'slices', 'count'),
  piece: u('piece', 'piece', 'pieces', 'count'),
  case: u('case', 'case', 'cases', 'container', ['crate', 'crates']),
};

const UNIT_BY_WORD: ReadonlyMap<string, UnitId> = new Map(
  Object.values(UNITS).flatMap((unit) =>
    [unit.singular, unit.plural, ...unit.synonyms].map((word) => [word, unit.id] as const),
  ),
);

/** True for a unit the skill knows ("tin", "pint"): what a slot id or a stored line's unit must be. */
export function isUnitId(value: string): value is UnitId {
  return (UNIT_IDS as readonly string[]).includes(value);
}

/** The unit a spoken word names ("tins" → tin), or undefined when it names none. */
export function unitFromWord(word: string): UnitId | undefined {
  return UNIT_BY_WORD.get(word.trim().toLowerCase());
}
