import { northAmerican } from './en-US';
import type { Overrides } from './types';

/** Canadian English: North American aisles and questions, with Canadian examples (milk comes in bags). */
export const enCA: Overrides = {
  ...northAmerican,
  screen_empty: 'Your trolley’s empty. Try saying, “add a bag of milk”.',
  ask_change_item: 'Which one should I change? You can say, for example, change the milk to two bags.',
  help: 'I keep your shopping trolley. You can say things like, add a bag of milk, add eggs, bread, and butter, remove the milk, is there coffee in my trolley, what’s in my trolley, or undo. To come back any time, say, open {{invocationName}}. What would you like to do?',
};
