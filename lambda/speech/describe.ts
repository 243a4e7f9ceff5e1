import type { TrolleyLine } from '../domain/trolley';
import { UNITS } from '../domain/units';
import { indefiniteArticle } from '../domain/wording';
import type { PlainText } from './textKinds';

type Wording = Pick<TrolleyLine, 'name' | 'plural' | 'countable'>;

/** Plain text for a number of things: digits (Alexa reads them aloud naturally), "a"/"an" for one. */
function count(quantity: number, nextWord: string): string {
  return quantity === 1 ? indefiniteArticle(nextWord) : String(quantity);
}

function itemWords(item: Wording, quantity: number | undefined): string {
  if (quantity === undefined) return item.countable ? (item.plural ?? item.name) : item.name;
  if (quantity === 1) return item.countable ? `${count(1, item.name)} ${item.name}` : item.name;
  // Mass nouns carry a unit whenever they carry a number ("3 pints of milk"); anything with a plural takes it.
  return `${quantity} ${item.plural ?? item.name}`;
}

/**
 * How a line is said and shown: "2 tins of tuna", "a pint of milk", "a dozen eggs", "an aubergine",
 * "milk", "tomatoes" (no number given). Plain text: escaping for SSML happens where it is interpolated.
 */
export function describeLine(
  line: Pick<TrolleyLine, 'name' | 'plural' | 'countable' | 'quantity' | 'unit'>,
): PlainText {
  if (!line.unit) return itemWords(line, line.quantity);
  const unit = UNITS[line.unit];
  const quantity = line.quantity ?? 1;
  const unitWord = quantity === 1 ? unit.singular : unit.plural;
  // Countable things after a unit are plural ("a bag of apples"); mass nouns are not ("a pint of milk").
  const what = line.countable ? (line.plural ?? line.name) : line.name;
  const joiner = unit.id === 'dozen' ? ' ' : ' of ';
  return `${count(quantity, unitWord)} ${unitWord}${joiner}${what}`;
}

/** True when the item alone is said in the plural ("the eggs are", "there aren't any eggs"). */
export function isPlural(item: Pick<TrolleyLine, 'name' | 'plural'>): boolean {
  return item.plural !== undefined && item.plural !== item.name;
}

/** The item alone, as in "how many tomatoes" or "there's no milk": plural for countable things. */
export function describeItem(item: Pick<TrolleyLine, 'name' | 'plural'>): PlainText {
  return item.plural ?? item.name;
}
