import type { Overrides } from './types';

/** Australian English: lollies, punnets and "no worries". */
export const enAU: Overrides = {
  ask_add_item: 'What would you like to add? You can say, for example, add a punnet of strawberries.',
  screen_empty: 'Your trolley’s empty. Try saying, “add a punnet of strawberries”.',
  what_next: 'What would you like to do? You can say, add a punnet of strawberries, or, what’s in my trolley.',
  help: 'I keep your shopping trolley. You can say things like, add a punnet of strawberries, add milk, eggs and bread, remove the milk, is there coffee in my trolley, what’s in my trolley, or undo. To come back any time, say, open {{invocationName}}. What would you like to do?',
  list_more_one: 'And one more. Want me to keep going?',
  list_more_other: 'And {{count}} more. Want me to keep going?',
  okay: 'No worries.',
  clear_denied: 'No worries, I’ve left your trolley as it is.',
  aisle_snacks: 'Snacks and lollies',
  goodbye: 'See you later.',
};
