import type { Overrides } from './types';

/** Indian English: kilos of atta, "shall I continue", and aisle names as Indian shops write them. */
export const enIN: Overrides = {
  ask_add_item: 'What would you like to add? You can say, for example, add two kilos of atta.',
  screen_empty: 'Your trolley’s empty. Try saying, “add two kilos of atta”.',
  what_next: 'What would you like to do? You can say, add two kilos of atta, or, what all is in my trolley.',
  ask_change_item: 'Which one shall I change? You can say, for example, change the atta to five kilos.',
  help: 'I keep your shopping trolley. You can say things like, add two kilos of atta, add milk, eggs and bread, remove the paneer, is there ghee in my trolley, what all is in my trolley, or undo. To come back any time, say, open {{invocationName}}. What would you like to do?',
  list_more_one: 'And one more. Shall I continue?',
  list_more_other: 'And {{count}} more. Shall I continue?',
  list_more_reprompt: 'Shall I continue reading your trolley?',
  aisle_produce: 'Fruits and vegetables',
  aisle_world: 'International foods',
  aisle_snacks: 'Snacks and namkeen',
  aisle_household: 'Household and cleaning',
  goodbye: 'Goodbye, see you soon.',
};
