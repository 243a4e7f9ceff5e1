/**
 * What Alexa says, in British English: the base every English locale falls back to. Placeholders are
 * escaped for SSML when spoken (speechFor) and left as they are in plain text (textFor); the words
 * themselves hold no markup. Keys ending in _one/_other are chosen by i18next from `count`.
 */
export const en = {
  welcome_empty: 'Welcome to your trolley. It’s empty at the moment. What would you like to add?',
  welcome_one: 'Welcome back. You’ve got one thing in your trolley. What would you like to do?',
  welcome_other: 'Welcome back. You’ve got {{count}} things in your trolley. What would you like to do?',
  what_next: 'What would you like to do? You can say, add two tins of tuna, or, what’s in my trolley.',
  anything_else: 'Anything else?',

  added: 'Added {{items}}.',
  added_now: 'That’s {{line}} now.',
  already_there: 'You’ve already got {{items}} in your trolley.',
  count_zero: 'Your trolley’s empty.',
  count_one: 'You’ve got one thing in your trolley.',
  count_other: 'You’ve got {{count}} things in your trolley.',
  ask_add_item: 'What would you like to add? You can say, for example, add two tins of tuna.',
  ask_remove_item: 'What would you like to take out? You can say, for example, remove the milk.',
  bad_quantity: 'Sorry, I didn’t catch how many {{item}}. Try again with a number, like, two {{item}}.',
  too_many: 'That’s more than one line can hold: the most I can hold is {{most}}. I haven’t changed anything.',
  name_too_long: 'That’s a very long name for one thing. Could you say it more briefly?',
  trolley_full: 'Your trolley’s full: it holds {{max}} different things. Take something out or clear it first.',

  changed: 'Okay, that’s {{line}} now.',
  ask_change_item: 'Which one shall I change? You can say, for example, change the milk to two pints.',
  check_has: 'You’ve got {{lines}} in your trolley.',
  check_has_uncounted: 'You’ve got {{lines}} in your trolley, with no number given. To set one, say, make that six.',
  check_none: 'No, there’s no {{item}} in your trolley.',
  check_none_closest: 'No, there’s no {{item}} in your trolley, but there is {{closest}}.',
  check_none_plural: 'No, there aren’t any {{item}} in your trolley.',
  check_none_closest_plural: 'No, there aren’t any {{item}} in your trolley, but there is {{closest}}.',
  check_none_several: 'No, there’s no {{items}} in your trolley.',
  check_has_but_not: 'You’ve got {{lines}} in your trolley, but no {{items}}.',
  ask_check_item: 'What shall I look for? You can say, for example, is there milk in my trolley.',
  too_many_at_once: 'That’s a lot at once: I can add up to {{max}} different things in one go. Try a few at a time.',
  too_many_to_find:
    'That’s a lot at once: I can look for up to {{max}} different things in one go. Try a few at a time.',

  removed: 'Removed {{line}}.',
  removed_some: 'Took {{removed}} out. You’ve got {{remaining}} left.',
  not_found: 'There’s no {{item}} in your trolley.',
  not_found_closest: 'There’s no {{item}} in your trolley, but there is {{closest}}.',
  not_found_plural: 'There aren’t any {{item}} in your trolley.',
  not_found_closest_plural: 'There aren’t any {{item}} in your trolley, but there is {{closest}}.',
  not_found_several: 'I couldn’t find {{items}} in your trolley.',
  which_one: '{{choices}}?',
  which_one_reprompt: 'Which one do you mean: {{choices}}?',
  back: 'Okay, {{items}}’s back in your trolley.',
  back_plural: 'Okay, {{items}} are back in your trolley.',

  list_empty: 'Your trolley’s empty.',
  list_group: '{{aisle}}: {{items}}.',
  list_more_one: 'And one more. Shall I carry on?',
  list_more_other: 'And {{count}} more. Shall I carry on?',
  list_more_reprompt: 'Shall I carry on reading your trolley?',
  list_done: 'That’s everything.',

  clear_confirm_one: 'You’ve got one thing in your trolley. Shall I clear it?',
  clear_confirm_other: 'You’ve got {{count}} things in your trolley. Shall I clear them all?',
  clear_confirm_reprompt: 'Shall I clear your trolley? Say yes or no.',
  cleared: 'Done, your trolley’s empty. If that was a mistake, just say undo.',
  clear_denied: 'Okay, I’ve left your trolley as it is.',
  clear_already_empty: 'Your trolley’s already empty.',

  undone_add: 'Okay, I’ve taken back what you just added.',
  undone_remove: 'Okay, I’ve put back what you took out.',
  undone_change: 'Okay, I’ve put that back as it was.',
  undone_clear: 'Okay, I’ve put everything back in your trolley.',
  undone_taken_out: 'Okay, I’ve taken {{items}} back out.',
  undone_again: 'Okay, that’s {{line}} again.',
  nothing_to_undo: 'There’s nothing to undo.',

  // Sharing the trolley with other Alexa accounts, and on phones (lambda/handlers/household.ts, phones.ts).
  // Codes are passed already spaced for speech ("4 8 2, 9 1 3"); card texts are read with textFor (plain text).
  share_code:
    'To share your trolley, on the other Alexa account say, ask {{invocationName}} to join {{code}}. That’s {{code}}. The code works once, for ten minutes.',
  share_full: 'Your trolley is already shared by {{max}} accounts, which is as many as it can be.',
  card_share_title: 'Share your trolley',
  card_share_text:
    'On the other Alexa account, say: “Alexa, ask {{invocationName}} to join {{code}}”. The code works once, for ten minutes.',
  joined: 'Done, you’re sharing the trolley now.',
  joined_merged_one: 'The one thing in your own trolley is in it too.',
  joined_merged_other: 'The {{count}} things in your own trolley are in it too.',
  join_gone:
    'That code doesn’t work: it may have expired or been used. On the other account, say, share it, for a new one. Nothing has changed.',
  join_already: 'Your trolley’s already shared. To join a different one, first say, leave the shared trolley.',
  join_household_full: 'That trolley is already shared by as many accounts as it can be. Nothing has changed.',
  join_trolley_full:
    'Together your trolleys would hold more than {{max}} different things, so I haven’t joined them. Take a few things out first. Nothing has changed.',
  code_not_heard: 'I didn’t catch the six digits. Try again, saying, for example, {{example}}.',
  code_rate_limited:
    'That’s a lot of codes tried today, so I can’t take another one until tomorrow. Nothing has changed.',
  left: 'Okay, you’ve left the shared trolley, and kept a copy of it as your own.',
  left_phones_one: 'It was the last account, so its phone is unlinked too.',
  left_phones_other: 'It was the last account, so its {{count}} phones are unlinked too.',
  leave_not_shared: 'Your trolley isn’t shared, so there’s nothing to leave.',
  who_accounts_one: 'Only this Alexa account uses your trolley.',
  who_accounts_other: '{{count}} Alexa accounts share your trolley.',
  who_phones_zero: 'No phones are linked to it.',
  who_phones_one: 'One phone is linked to it.',
  who_phones_other: '{{count}} phones are linked to it.',
  linked: 'Done, your phone’s linked: it shows your trolley now.',
  link_gone:
    'That code doesn’t match a phone that’s waiting. It may have expired: open the page on your phone again for a new one.',
  link_too_many: 'Your trolley already has {{max}} phones linked. Say, unlink my phones, to start again.',
  unlinked_zero: 'There are no phones linked to your trolley.',
  unlinked_one: 'Done, I’ve unlinked one phone. It can’t see your trolley any more.',
  unlinked_other: 'Done, I’ve unlinked {{count}} phones. They can’t see your trolley any more.',
  phone_page:
    'To see your trolley on your phone, open {{address}} on it. I’ve put the address in the Alexa app too. The page shows a code: say, ask {{invocationName}} to link, and the code.',
  phone_page_on_card:
    'To see your trolley on your phone, open the address I’ve put in the Alexa app. The page shows a code: say, ask {{invocationName}} to link, and the code.',
  phone_page_none:
    'This version of the skill runs without a web page of its own, so there’s no page to open on a phone. Your trolley is on a card in the Alexa app, though, and I’ve just put it there.',
  card_phone_title: 'Your trolley on your phone',
  card_phone_text:
    'Open {{url}} on your phone. It shows a six-digit code: say “Alexa, ask {{invocationName}} to link” and the code.',

  help: 'I keep your shopping trolley. You can say things like, add two tins of tuna, add milk, eggs and bread, remove the milk, is there coffee in my trolley, what’s in my trolley, or undo. To come back any time, say, open {{invocationName}}. What would you like to do?',
  help_reprompt: 'What would you like to do? You can add things, take them out, or hear what’s in your trolley.',
  goodbye: 'Goodbye.',
  okay: 'Okay.',
  fallback: 'Sorry, I can’t help with that. I can add things to your trolley, take them out, or tell you what’s in it.',
  nothing_asked: 'What would you like to add?',

  store_unavailable: 'I couldn’t reach your trolley just now; nothing was lost. Please try again in a moment.',
  store_uncertain:
    'I couldn’t reach your trolley just now, so I’m not sure that went in. Ask me what’s in your trolley to check.',
  error: 'Sorry, something went wrong on my side, and nothing was changed. Please try again.',

  // The skill's name as the Alexa app and the screen show it, read through textFor (plain text).
  card_title: '{{skillName}}',
  card_empty: 'Your trolley is empty.',
  card_more_one: '…and one more thing: say, what’s in my trolley, to hear it.',
  card_more_other: '…and {{count}} more things: say, what’s in my trolley, to hear them.',

  // The trolley on a screen (lambda/display/), read through textFor: plain text, escaped for APL where it
  // goes into APL text (screen_remove_line is a screen reader's label, so it is never escaped).
  screen_count_one: 'One thing',
  screen_count_other: '{{count}} things',
  screen_empty: 'Your trolley’s empty. Try saying, “add two tins of tuna”.',
  screen_remove: 'Remove',
  screen_remove_line: 'Remove {{line}}',
  screen_changed: 'Your trolley has changed since this was shown. Say “what’s in my trolley” to see it now.',

  aisle_produce: 'Fruit and veg',
  aisle_bakery: 'Bakery',
  aisle_meat: 'Meat',
  aisle_fish: 'Fish',
  aisle_dairy: 'Dairy and eggs',
  aisle_chilled: 'Chilled',
  aisle_pantry: 'Food cupboard',
  aisle_breakfast: 'Breakfast',
  aisle_baking: 'Baking',
  aisle_world: 'World foods',
  aisle_snacks: 'Snacks and sweets',
  aisle_drinks: 'Drinks',
  aisle_frozen: 'Frozen',
  aisle_household: 'Household',
  aisle_toiletries: 'Toiletries',
  aisle_baby: 'Baby',
  aisle_pet: 'Pets',
  aisle_other: 'Everything else',
} as const;

type PluralBase<K> = K extends `${infer Base}_${'zero' | 'one' | 'other'}` ? Base : never;

/** A message, or the base of a plural one ("count" picks count_zero / count_one / count_other). */
export type MessageKey = keyof typeof en | PluralBase<keyof typeof en>;
