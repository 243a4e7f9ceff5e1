import type { RequestEnvelope } from 'ask-sdk-model';
import { identifyItem } from '../lambda/domain/item';
import { apply, EMPTY_STATE, type ItemRequest } from '../lambda/domain/trolley';
import type { TrolleyStore } from '../lambda/store/trolleyStore';
import { intentRequest, launchRequest } from '../test/support/requests';

/** Trolleys the bench fills and requests it sends: real envelopes, as in the skill's tests. */
const LOCALE = 'en-GB';
const FLAVOURS = ['smoked', 'spiced', 'honey', 'lemon', 'garlic', 'chilli', 'mint', 'sesame', 'maple', 'ginger'];
const THINGS = [
  'crackers',
  'pesto',
  'relish',
  'chutney',
  'granola',
  'noodles',
  'dumplings',
  'yoghurt',
  'hummus',
  'soup',
  'risotto',
  'tortillas',
  'olives',
  'sausages',
  'cookies',
  'muffins',
  'oatcakes',
  'falafel',
  'dip',
  'flatbreads',
];
/** Every line starts at this quantity; the bench adds and takes away one, so trolleys keep their size. */
const START_QUANTITY = 5;

export const userId = (label: string) => `amzn1.ask.account.BENCH-${label}`;

/** The spoken name of the bench's `index`th item ("smoked crackers"), unique up to 200. */
export function itemName(index: number): string {
  const flavour = FLAVOURS[index % FLAVOURS.length] as string;
  const thing = THINGS[Math.floor(index / FLAVOURS.length) % THINGS.length] as string;
  return `${flavour} ${thing}`;
}

/** Puts exactly `lines` lines in a user's trolley, straight through the store. */
export async function fillTrolley(store: TrolleyStore, user: string, lines: number): Promise<void> {
  const items: ItemRequest[] = Array.from({ length: lines }, (_, index) => {
    const identified = identifyItem(itemName(index), undefined, LOCALE);
    if (!identified.ok) throw new Error(`The bench item "${itemName(index)}" is not a valid item`);
    return { item: identified.item, quantity: START_QUANTITY };
  });
  await store.update(user, () => apply(EMPTY_STATE, { kind: 'add', items }));
  const filled = (await store.load(user)).trolley.lines.length;
  if (filled !== lines) throw new Error(`Filled ${filled} lines instead of ${lines}: bench item names collide`);
}

export type Operation = 'add' | 'list' | 'remove';

/** A one-shot request of the given kind; add and remove change the trolley's first line by one. */
export function requestFor(operation: Operation, user: string): RequestEnvelope {
  const options = { userId: user, locale: LOCALE };
  switch (operation) {
    case 'add':
      return intentRequest('AddItemIntent', { item: itemName(0), quantity: '1' }, options);
    case 'remove':
      return intentRequest('RemoveItemIntent', { item: itemName(0), quantity: '1' }, options);
    case 'list':
      return intentRequest('ListTrolleyIntent', {}, options);
  }
}

export function launchFor(user: string): RequestEnvelope {
  return launchRequest({ userId: user, locale: LOCALE });
}
