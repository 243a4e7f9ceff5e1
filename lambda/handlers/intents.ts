/**
 * The one table of intent names, shared by the handlers and the interaction model generator: a name
 * either side spells differently is a compile error, not a silent "intent without a handler". New intents
 * go here first; the generator's sample tables are keyed by these names.
 */

/** The slots of an intent that names an item with how much of it: "add two tins of tuna". */
const ITEM_WITH_AMOUNT = ['item', 'quantity', 'unit'] as const;

/** The skill's own intents, in the order the interaction models list them, each with the slots it takes. */
export const CUSTOM_INTENTS = {
  AddItemIntent: ITEM_WITH_AMOUNT,
  RemoveItemIntent: ITEM_WITH_AMOUNT,
  ChangeItemIntent: ITEM_WITH_AMOUNT,
  CheckItemIntent: ['item'],
  PutBackIntent: ['item'],
  CountTrolleyIntent: [],
  ListTrolleyIntent: [],
  ClearTrolleyIntent: [],
  UndoIntent: [],
  ShareTrolleyIntent: [],
  JoinTrolleyIntent: ['code'],
  LeaveTrolleyIntent: [],
  WhoSharesIntent: [],
  LinkPhoneIntent: ['code'],
  UnlinkPhonesIntent: [],
  PhonePageIntent: [],
} as const satisfies Readonly<Record<string, readonly SlotName[]>>;

/** Amazon's built-in intents the skill answers, in the order the interaction models list them. */
export const BUILT_IN_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
] as const;

/** The intents whose item slot the skill listens for after a question (Dialog.ElicitSlot). */
export const ITEM_INTENTS = [
  'AddItemIntent',
  'RemoveItemIntent',
  'ChangeItemIntent',
  'CheckItemIntent',
] as const satisfies readonly CustomIntentName[];

/** `code`: a six-digit sharing or phone code, said as one number. */
export type SlotName = 'item' | 'quantity' | 'unit' | 'code';
export type CustomIntentName = keyof typeof CUSTOM_INTENTS;
export type BuiltInIntentName = (typeof BUILT_IN_INTENTS)[number];
export type IntentName = CustomIntentName | BuiltInIntentName;
export type ItemIntentName = (typeof ITEM_INTENTS)[number];

/** Every intent the interaction models hold, custom first. */
export const INTENT_NAMES: readonly IntentName[] = [
  ...(Object.keys(CUSTOM_INTENTS) as CustomIntentName[]),
  ...BUILT_IN_INTENTS,
];

/** The slots an intent of the skill's own takes. */
export function slotsOf(name: CustomIntentName): readonly SlotName[] {
  return CUSTOM_INTENTS[name];
}
