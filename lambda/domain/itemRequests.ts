import { identifyItem, quantityImpliedBy } from './item';
import { separateItems, type HeardItem } from './itemList';
import { LIMITS } from './limits';
import { readItemPhrase, type ItemPhrase } from './phrase';
import type { ItemRequest } from './trolley';
import type { UnitId } from './units';
import { usualUnitFor } from './usualUnits';

/** The amount the intent's own quantity and unit slots heard ("add {quantity} {unit} of {item}"). */
export interface SlotAmount {
  readonly quantity?: number;
  readonly unit?: UnitId;
  /** A unit word the skill doesn't know ("sachets"): kept in the item's name so nothing said is lost. */
  readonly unknownUnitWord?: string;
}

export type ItemRequests =
  | { readonly ok: true; readonly requests: readonly ItemRequest[] }
  | { readonly ok: false; readonly reason: 'empty' | 'tooLong' | 'tooManyAtOnce' };

/**
 * What to add for everything heard in the item slot: one request per separate thing, each with its own
 * amount where one was said ("two pints of milk and a dozen eggs"). The quantity and unit slots belong
 * to the first thing, since that is where the sample puts them.
 */
export function itemRequestsFor(
  heard: readonly HeardItem[],
  amount: SlotAmount,
  locale: string,
  options: { singularCountsOne?: boolean } = {},
): ItemRequests {
  // Adding "an aubergine" is one; taking out or asking about "the aubergine" means the line, not one of it.
  const singularCountsOne = options.singularCountsOne ?? true;
  const items = separateItems(heard);
  if (items.length > LIMITS.maxItemsPerRequest) return { ok: false, reason: 'tooManyAtOnce' };
  const requests: ItemRequest[] = [];
  for (const [index, heardItem] of items.entries()) {
    const heardSlots: SlotAmount = index === 0 ? amount : {};
    const reread = amountInUnknownUnit(heardSlots, heardItem.words);
    const slots: SlotAmount = reread ? {} : heardSlots;
    // A value entity resolution matched is a catalogue item as a whole: there is no amount inside it.
    const phrase = reread ?? (heardItem.slotId ? { words: heardItem.words } : readItemPhrase(heardItem.words));
    const words = slots.unknownUnitWord ? `${slots.unknownUnitWord} of ${phrase.words}` : phrase.words;
    const identified = identifyItem(words, slots.unknownUnitWord ? undefined : heardItem.slotId, locale);
    if (!identified.ok) {
      if (identified.reason === 'empty') continue;
      return { ok: false, reason: identified.reason };
    }
    const said = slots.unit ?? phrase.unit;
    const number = slots.quantity ?? phrase.quantity;
    // Things not counted one by one are never "3 milk": a bare number counts the locale's usual unit.
    const unit =
      said ??
      (number !== undefined && identified.item.plural === undefined
        ? usualUnitFor(identified.item, locale)
        : undefined);
    // "A tin of tuna" is one tin, and "an aubergine" one aubergine: a unit or a singular without a number.
    const implied = unit ? 1 : singularCountsOne ? quantityImpliedBy(words, identified.item) : undefined;
    const quantity = number ?? implied;
    requests.push({
      item: identified.item,
      ...(quantity === undefined ? {} : { quantity }),
      ...(unit === undefined ? {} : { unit }),
    });
  }
  return requests.length === 0 ? { ok: false, reason: 'empty' } : { ok: true, requests };
}

/**
 * "We need a couple of bottles of red wine" fits "a {unit} of {item}" with "couple of bottles" as the unit:
 * read the unit and the item again as one phrase, and where that finds an amount in a known unit ("2
 * bottles"), it is the amount. A unit word the skill doesn't know ("sachets") stays part of the item.
 */
function amountInUnknownUnit(slots: SlotAmount, words: string): ItemPhrase | undefined {
  const unknown = slots.unknownUnitWord;
  if (unknown === undefined || slots.quantity !== undefined) return undefined;
  for (const said of [`${unknown} of ${words}`, `a ${unknown} of ${words}`]) {
    const phrase = readItemPhrase(said);
    if (phrase.unit !== undefined && phrase.quantity !== undefined && phrase.words) return phrase;
  }
  return undefined;
}
