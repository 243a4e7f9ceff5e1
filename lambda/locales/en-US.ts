import type { Overrides } from './types';

/**
 * American English. The skill still calls it a trolley (it's the skill's name), but asks "should I",
 * offers to "keep going", and gives examples people there would say.
 */
export const northAmerican: Overrides = {
  what_next: 'What would you like to do? You can say, add two cans of tuna, or, what’s in my trolley.',
  screen_empty: 'Your trolley’s empty. Try saying, “add two cans of tuna”.',
  ask_add_item: 'What would you like to add? You can say, for example, add two cans of tuna.',
  ask_change_item: 'Which one should I change? You can say, for example, change the milk to one gallon.',
  ask_check_item: 'What should I look for? You can say, for example, is there milk in my trolley.',
  bad_quantity: 'Sorry, I didn’t catch how many {{item}}. Try again with a number, like, two {{item}}.',
  list_more_one: 'And one more. Want me to keep going?',
  list_more_other: 'And {{count}} more. Want me to keep going?',
  list_more_reprompt: 'Want me to keep reading your trolley?',
  clear_confirm_one: 'You’ve got one thing in your trolley. Should I clear it?',
  clear_confirm_other: 'You’ve got {{count}} things in your trolley. Should I clear them all?',
  clear_confirm_reprompt: 'Should I clear your trolley? Say yes or no.',
  help: 'I keep your shopping trolley. You can say things like, add two cans of tuna, add milk, eggs, and bread, remove the milk, is there coffee in my trolley, what’s in my trolley, or undo. To come back any time, say, open {{invocationName}}. What would you like to do?',
  aisle_produce: 'Produce',
  aisle_pantry: 'Pantry',
  aisle_snacks: 'Snacks and candy',
  aisle_world: 'International foods',
  aisle_toiletries: 'Health and beauty',
  goodbye: 'Bye for now.',
};

export const enUS: Overrides = northAmerican;
