/**
 * The trolley and its rules, in plain TypeScript with no ASK or AWS types. The heart is
 * `apply(state, command) → { state, outcome, changed }`; the rest turns what was heard into commands
 * (`itemRequestsFor`), answers questions about the trolley (`holdingOf`), and reads it back in shopping
 * order and in pages (`inShoppingOrder`, `groupByAisle`, `pageOf`).
 */
export { isGoodbye } from './farewell';
export type { ItemIdentity } from './item';
export type { HeardItem } from './itemList';
export { itemRequestsFor, type ItemRequests, type SlotAmount } from './itemRequests';
export { LIMITS } from './limits';
export { chosenAmong } from './naming';
export { groupByAisle, inShoppingOrder, pageOf, type Page } from './reading';
export {
  apply,
  EMPTY_STATE,
  holdingOf,
  thatKeyOf,
  type Applied,
  type Command,
  type Holding,
  type ItemRequest,
  type Outcome,
  type TrolleyLine,
  type TrolleyState,
} from './trolley';
export { isUnitId, UNITS, unitFromWord, type UnitId } from './units';
export { isRecord, readItemIdentity } from './untrusted';
