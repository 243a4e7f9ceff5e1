/**
 * Writes the interaction models for every locale from one description, so the five English models never
 * drift apart: the same intents, slots and carrier phrases, with each locale's own words for the items.
 *
 *   npx tsx tools/model/generate.ts           writes skill-package/interactionModels/custom/<locale>.json
 *                                             and the naming parts of skill.json (tools/model/listing.ts)
 *   npx tsx tools/model/generate.ts --check   exits 1 when a committed file differs from what it would write
 *   npx tsx tools/model/generate.ts --invocation-name "pantry pal"
 *                                             sets the name in skill-settings.json first, if Amazon's rules allow it
 *
 * The rest of skill.json is hand-written: the deploy tooling edits its `apis` and `events`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { v1 } from 'ask-smapi-model';
import { CATALOGUE, slotIdFor, wordingIn } from '../../lambda/catalogue';
import type { CatalogueItem } from '../../lambda/catalogue/types';
import { UNIT_IDS, UNITS } from '../../lambda/domain/units';
import {
  BUILT_IN_INTENTS,
  CUSTOM_INTENTS,
  ITEM_INTENTS,
  type BuiltInIntentName,
  type CustomIntentName,
  type IntentName,
} from '../../lambda/handlers/intents';
import { LOCALES, SUPPORTED_LOCALES, type Locale } from '../../lambda/locales';
import { INVOCATION_NAME } from '../../lambda/skillName';
import { PROJECT_ROOT } from '../build/paths';
import { runAsMain, UsageError, type Command } from '../command';
import { SKILL_JSON, writeSkillJson } from '../deploy/privacyPolicy';
import { invocationNameProblems } from './invocationName';
import { withListing, type SkillJson } from './listing';

type InteractionModelData = v1.skill.interactionModel.InteractionModelData;
type Intent = v1.skill.interactionModel.Intent;
type SlotType = v1.skill.interactionModel.SlotType;

export const MODELS_DIR = join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom');

export const CLEAR_CONFIRMATION_PROMPT_ID = 'Confirm.Intent.ClearTrolley';

/** Where things go: every locale understands all of them, whatever it calls its own. */
const CONTAINERS = ['my trolley', 'the trolley', 'my cart', 'the cart', 'my basket', 'my list', 'my shopping list'];

type IntentSlot = NonNullable<Intent['slots']>[number];

/**
 * The item slot. It takes a list ("remove the milk and the eggs", "change the milk and the eggs to two")
 * where Alexa has multiple-value slots ("add milk, eggs and bread" fills it with three values); the skill
 * splits a list itself elsewhere (en-IN).
 */
function itemSlot(locale: Locale, answers: readonly string[], list = true): IntentSlot {
  const listed = list && LOCALES[locale].multipleValueSlots;
  return {
    name: 'item',
    type: 'GroceryItem',
    samples: [...answers],
    ...(listed ? { multipleValues: { enabled: true } } : {}),
  };
}

const SLOT_TYPES = { quantity: 'AMAZON.NUMBER', unit: 'TrolleyUnit', code: 'AMAZON.NUMBER' } as const;

/** An intent's slots, as the intent table names them. "Put the rice back" puts back one line at a time. */
function intentSlots(name: CustomIntentName, locale: Locale): IntentSlot[] {
  return CUSTOM_INTENTS[name].map((slot) =>
    slot === 'item'
      ? itemSlot(locale, name === 'AddItemIntent' ? ADD_ANSWER_SAMPLES : ITEM_ANSWER_SAMPLES, name !== 'PutBackIntent')
      : { name: slot, type: SLOT_TYPES[slot], samples: [] },
  );
}

// No bare "{item}" sample: it would turn every one-shot Alexa can't place ("ask my trolley to juggle")
// into an item, instead of the fallback answer.
const ADD_SAMPLES = [
  '{quantity} {unit} of {item}',
  '{item} please',
  'also {item}',
  'and {item}',
  'add {item}',
  'add {item} please',
  'add {quantity} {item}',
  'add {quantity} {unit} of {item}',
  'add a {unit} of {item}',
  'add an {item}',
  'add a {item}',
  'add some {item}',
  'add more {item}',
  'add {quantity} more {item}',
  'add {quantity} more {unit} of {item}',
  'add another {item}',
  ...CONTAINERS.map((container) => `add {item} to ${container}`),
  'add {quantity} {item} to my trolley',
  'add {quantity} {unit} of {item} to my trolley',
  'add {quantity} {unit} of {item} to my list',
  'put {item} in my trolley',
  'put {item} in the trolley',
  'put {item} in my basket',
  'put {item} in my cart',
  'put {item} on my list',
  'put {item} on my shopping list',
  'put {quantity} {item} in my trolley',
  'put {quantity} {unit} of {item} in the trolley',
  'i need {item}',
  'i need some {item}',
  'i need {quantity} {item}',
  'i need {quantity} {unit} of {item}',
  'i need a {unit} of {item}',
  'we need {item}',
  'we need some {item}',
  'we need more {item}',
  'we need {quantity} {unit} of {item}',
  "we're out of {item}",
  'we are out of {item}',
  "we've run out of {item}",
  'we have run out of {item}',
  "i'm out of {item}",
  "i've run out of {item}",
  "we're running low on {item}",
  "we're low on {item}",
  'get {item}',
  'get some {item}',
  'get {quantity} {item}',
  'get {quantity} {unit} of {item}',
  'buy {item}',
  'buy some {item}',
  'buy {quantity} {unit} of {item}',
  'pick up {item}',
  'pick up some {item}',
  'pick up {quantity} {unit} of {item}',
  "don't forget {item}",
  "don't forget the {item}",
  "don't let me forget {item}",
  'remember {item}',
  'remember to buy {item}',
  'please add {item}',
  'can you add {item}',
  'could you add {item}',
  'can you add {quantity} {item}',
  'could you add {quantity} {unit} of {item}',
  'can you put {item} on my list',
  'actually add {item}',
  'oh and add {item}',
  'also add {item}',
  'add {item} as well',
  'add {item} too',
  '{item} as well',
  '{item} too',
  'and also {item}',
  'throw in {item}',
  'throw in some {item}',
  'put in some {item}',
  'grab {item}',
  'grab some {item}',
  'get us some {item}',
  'get more {item}',
  'we need {quantity} {item}',
  'we need a {unit} of {item}',
  'i want {item}',
  "i'd like {item}",
  "i'd like some {item}",
  "i'll need {item}",
  "we'll need {item}",
  'we could do with some {item}',
  "we're running out of {item}",
  "we're nearly out of {item}",
  "we're almost out of {item}",
  "we're all out of {item}",
  "i'm running low on {item}",
  'we are running low on {item}',
  'stock up on {item}',
  'write down {item}',
];

/**
 * What people answer when Alexa is listening for the item ("What would you like to add?", "Anything
 * else?"): the item alone, with its amount. Heard only after the skill asked (Dialog.ElicitSlot), so a
 * one-shot request never takes a stray word for an item.
 */
const ADD_ANSWER_SAMPLES = [
  '{item}',
  '{quantity} {item}',
  '{quantity} {unit} of {item}',
  'a {unit} of {item}',
  'an {unit} of {item}',
  'some {item}',
  'some more {item}',
  'more {item}',
  'a {item}',
  'an {item}',
];

/** The answer to "which one?" or "what shall I take out?": the line named, with or without "the". */
const ITEM_ANSWER_SAMPLES = ['{item}', 'the {item}', 'the {item} please', 'my {item}'];

const REMOVE_SAMPLES = [
  'remove {item}',
  'remove the {item}',
  'remove {quantity} {item}',
  'remove {quantity} {unit} of {item}',
  ...CONTAINERS.map((container) => `remove {item} from ${container}`),
  'remove the {item} from my trolley',
  'take {item} off my list',
  'take {item} off the list',
  'take {item} off my shopping list',
  'take {item} off',
  'take the {item} off',
  'take {item} out',
  'take the {item} out',
  'take out {item}',
  'take out the {item}',
  'take {item} out of my trolley',
  'take {item} out of the trolley',
  'take the {item} out of my trolley',
  'take {item} out of my basket',
  'take {item} out of my cart',
  'take {quantity} {item} out',
  'take {quantity} {unit} of {item} out',
  'delete {item}',
  'delete the {item}',
  'delete {item} from my list',
  'cross {item} off',
  'cross the {item} off',
  'cross {item} off my list',
  'cross off {item}',
  "i don't need {item}",
  "i don't need the {item}",
  "i don't need any {item}",
  "we don't need {item}",
  "we don't need any {item}",
  "we've got {item}",
  'we have got {item}',
  "we've already got {item}",
  'we already have {item}',
  'forget {item}',
  'forget the {item}',
  "i don't need {item} any more",
  "i don't need the {item} any more",
  "i don't need {item} anymore",
  "i don't need the {item} anymore",
  // A change of mind, said as one: "actually I don't need the cheese any more".
  "actually i don't need {item}",
  "actually i don't need the {item}",
  "actually i don't need {item} any more",
  "actually i don't need the {item} any more",
  "actually we don't need the {item}",
  "we don't need {item} any more",
  "we don't need the {item} any more",
  "we don't need {item} anymore",
  "we don't need any more {item}",
  "i don't want {item}",
  "i don't want the {item}",
  "i don't want {item} any more",
  "we've got {item} now",
  "we've got the {item} now",
  'we have {item} now',
  "i've got {item} now",
  "i've got the {item}",
  'i already have {item}',
  "i've already got {item}",
  "i've bought {item}",
  "i've bought the {item}",
  'i bought {item}',
  'i have bought {item}',
  'i have bought the {item}',
  'i bought the {item}',
  'got the {item}',
  'cross {item} off the list',
  'cross the {item} off my list',
  'cross the {item} off the list',
  'cross off the {item}',
  'scratch {item}',
  'scratch the {item}',
  'scratch {item} off the list',
  'scratch {item} off my list',
  'take off {item}',
  'take off the {item}',
  'take the {item} off my list',
  'take the {item} off the list',
  'get rid of {item}',
  'get rid of the {item}',
  'no more {item}',
  'drop the {item}',
  'lose the {item}',
  'please remove {item}',
  'please remove the {item}',
  'can you remove {item}',
  'can you remove the {item}',
  'could you take the {item} off',
  'actually remove {item}',
  'actually remove the {item}',
  'actually take out the {item}',
  'actually take {item} off',
  'remove {item} please',
  'remove the {item} please',
];

/** Putting back what was taken out: the line comes back as it was removed. */
const PUT_BACK_SAMPLES = [
  'put {item} back',
  'put the {item} back',
  'put {item} back in',
  'put the {item} back in',
  'put {item} back on my list',
  'put the {item} back on the list',
  'put the {item} back in my trolley',
  'put back {item}',
  'put back the {item}',
  'add {item} back',
  'add the {item} back',
  'add {item} back in',
  'add the {item} back on',
  'bring back {item}',
  'bring back the {item}',
  'bring the {item} back',
  'actually i do need {item}',
  'actually i do need the {item}',
  'actually we do need {item}',
  'actually we do need the {item}',
  'i do need {item}',
  'i do need the {item}',
  'we do need the {item}',
  'i still need {item}',
  'i still need the {item}',
  'we still need the {item}',
  "don't remove {item}",
  "don't remove the {item}",
  "i didn't mean to remove {item}",
  "i didn't mean to remove the {item}",
  'restore {item}',
  'restore the {item}',
  'undo removing {item}',
  'undo removing the {item}',
];

/** How many, not what: the count alone. */
const COUNT_SAMPLES = [
  'how many things are in my trolley',
  'how many items are in my trolley',
  'how many things are in the trolley',
  'how many things in my trolley',
  'how many items in my trolley',
  'how many things are on my list',
  'how many items are on my list',
  'how many items are on my shopping list',
  'how many things are in my cart',
  'how many items are in my cart',
  'how many things are in my basket',
  'how many things have i got',
  'how many items have i got',
  'how many things have we got',
  'how many things do i need',
  'how many things do we need',
  'how many things are there',
  'how many items are there',
  'how many things is that',
  'how many is that',
  'how much is in my trolley',
  'how much stuff is in my trolley',
  'how long is my list',
  'how long is the list',
  'how big is my list',
  'count my trolley',
  'count my list',
  'count the items',
];

/** Setting how many, rather than adding more: "make that three" is about the line just added or asked about. */
const CHANGE_SAMPLES = [
  'make that {quantity}',
  'make it {quantity}',
  'make that {quantity} {unit}',
  'make it {quantity} {unit}',
  'actually make that {quantity}',
  'actually make it {quantity}',
  'change that to {quantity}',
  'change it to {quantity}',
  'change that to {quantity} {unit}',
  'change {item} to {quantity}',
  'change the {item} to {quantity}',
  'change {item} to {quantity} {unit}',
  'change the {item} to {quantity} {unit}',
  'make the {item} {quantity}',
  'make the {item} {quantity} {unit}',
  'set {item} to {quantity}',
  'set the {item} to {quantity}',
  'update the {item} to {quantity}',
  'i only need {quantity} {item}',
  'i only need {quantity} {unit} of {item}',
  'i only want {quantity} {item}',
  'i only want {quantity} {unit} of {item}',
  'we only need {quantity} {item}',
  'we only need {quantity} {unit} of {item}',
  'i just need {quantity} {item}',
  'i just need {quantity} {unit} of {item}',
  'just {quantity} {item}',
  'just {quantity} {unit} of {item}',
  'make that {quantity} {item}',
  'make it {quantity} {item}',
  'make that {quantity} {unit} of {item}',
  'make it {quantity} {unit} of {item}',
  'make that {quantity} instead',
  'make it {quantity} instead',
  'actually {quantity}',
  'actually {quantity} {item}',
  'actually {quantity} {unit}',
  'actually make that {quantity} {unit}',
  'actually change that to {quantity}',
  'no make that {quantity}',
  'no make it {quantity}',
  'can you change the {item} to {quantity}',
  'can you change the {item} to {quantity} {unit}',
  'could you make the {item} {quantity}',
  'change the {item} to {quantity} please',
  'update {item} to {quantity}',
  'update the {item} to {quantity} {unit}',
  'set the {item} to {quantity} {unit}',
  'i want {quantity} {item} instead',
  'i need {quantity} {item} instead',
  '{quantity} {item} instead',
  'i only need {quantity}',
  'we only need {quantity}',
  'just {quantity}',
];

/** Questions about one thing; they change nothing. */
const CHECK_SAMPLES = [
  'is there {item}',
  // "Ask my trolley whether there's milk in my trolley", "… if I have any eggs": Alexa drops the "whether"
  // or "if" that joins the invocation, so the question reaches the skill without it.
  'there is {item} in my trolley',
  'there is any {item} in my trolley',
  'i have {item} in my trolley',
  'i have any {item}',
  'i have got any {item}',
  'we have any {item}',
  'is there any {item}',
  'are there any {item}',
  'do i have any {item}',
  'do we have any {item}',
  'have we got any {item}',
  'is there {item} in my trolley',
  'is there any {item} in my trolley',
  'is there {item} in my cart',
  'is there any {item} in my basket',
  'is there {item} on my list',
  'is there any {item} on my list',
  'is there any {item} on my shopping list',
  'are there {item} in my trolley',
  'are there any {item} in my trolley',
  'are there any {item} on my list',
  'is {item} in my trolley',
  'is {item} on my list',
  'is {item} on the list',
  'are {item} in my trolley',
  'are {item} on my list',
  'have i got {item}',
  'have i got any {item}',
  'have we got {item} on the list',
  'have i already got {item}',
  'have i already got {item} on my list',
  'have i added {item}',
  'did i add {item}',
  'did i put {item} in my trolley',
  'did i remember {item}',
  'do i have {item} in my trolley',
  'do i have any {item} on my list',
  'do we have {item} on the list',
  'how many {item} have i got',
  'how many {item} have we got',
  'how many {item} are in my trolley',
  'how many {item} are on my list',
  'how many {item} do i need',
  'how many {item} do we need',
  'how much {item} have i got',
  'how much {item} is in my trolley',
  'how much {item} is on my list',
  'how much {item} do i need',
  'check for {item}',
  'do i have {item}',
  'do we have {item}',
  'have we got {item}',
  'do i need {item}',
  'do we need {item}',
  'did we add {item}',
  'did i already add {item}',
  'have i already added {item}',
  'have i put {item} on the list',
  'did i put {item} on the list',
  'did i put {item} on my list',
  'is {item} already on my list',
  'is {item} already in my trolley',
  'is {item} on there',
  'are {item} on there',
  'is there any {item} on there',
  'have i got {item} on my list',
  'is there still {item} on my list',
  'any {item} on my list',
  'any {item} in my trolley',
  'how much {item} have we got',
  'how much {item} is there',
  'how much {item} do we need',
  'how many {item} are there',
  'how many {item} is that',
  'can you check for {item}',
  'can you check if there is {item}',
  'check if i have {item}',
  'check if we have {item}',
];

const LIST_SAMPLES = [
  "what's in my trolley",
  'what is in my trolley',
  "what's in the trolley",
  "what's in my cart",
  'what is in my cart',
  "what's in my basket",
  "what's on my list",
  'what is on my list',
  "what's on the list",
  "what's on my shopping list",
  'read my trolley',
  'read my list',
  'read my shopping list',
  'read me my list',
  'read out my list',
  'read the list',
  'what do i need',
  'what do we need',
  'what do i need to buy',
  'what do we need to get',
  'what have i got',
  'what have i got in my trolley',
  'what have we got',
  'what have i added',
  'list my trolley',
  'list everything',
  'list my items',
  "tell me what's in my trolley",
  "tell me what's on my list",
  'tell me my list',
  "what's in it",
  "what's on it",
  "what's left on my list",
  "what's left",
  "what's left to buy",
  'what else do i need',
  'what do i still need',
  'what do we still need',
  'tell me what i need',
  "what's in the cart",
  'what have we got on the list',
  'read it out',
  'read it to me',
  'read me the list',
  'read me my trolley',
  "what's on my list so far",
  "what's on the list so far",
  'what have i got so far',
  'go through the list',
  'run through my list',
  'can you read my list',
  'can you tell me what is on my list',
  'check my trolley',
  'check my list',
  'go through my list',
];

const CLEAR_SAMPLES = [
  'clear my trolley',
  'clear the trolley',
  'clear my list',
  'clear the list',
  'clear my cart',
  'clear my basket',
  'clear my shopping list',
  'clear everything',
  'clear it',
  'empty my trolley',
  'empty the trolley',
  'empty my cart',
  'empty my basket',
  'empty it',
  'delete everything',
  'delete my list',
  'delete the whole list',
  'remove everything',
  'remove all items',
  'remove everything from my trolley',
  'start again',
  'start over',
  'start a new list',
  'start a new trolley',
  'wipe my list',
  'wipe the trolley',
  'reset my trolley',
  'reset my list',
  "i've done the shopping",
  "we've done the shopping",
  "i've finished shopping",
  'clear out my trolley',
  'clear the whole list',
  'clear the whole trolley',
  'clear all',
  'clear all items',
  'empty the list',
  'empty my list',
  'get rid of everything',
  'remove all',
  'delete all items',
  'wipe everything',
  'start from scratch',
  'throw everything out',
  'can you clear my list',
];

const UNDO_SAMPLES = [
  'undo',
  'undo that',
  'undo the last change',
  'undo my last change',
  'undo the last thing',
  'undo the last one',
  'put it back',
  'put them back',
  'take that back',
  'change it back',
  'that was wrong',
  "that's wrong",
  "that's not right",
  'that was a mistake',
  'revert that',
  'reverse that',
  'scratch that',
  "i didn't mean that",
  "i didn't say that",
  'oops',
  'whoops',
  'undo please',
  'oops undo that',
  'oops my mistake',
  'whoops my mistake',
  'whoops undo that',
  'can you undo that',
  'no undo that',
  'undo what you just did',
  'put that back',
  'bring it back',
  'i made a mistake',
  'my mistake',
  "that's not what i said",
  "that's not what i meant",
  'go back to how it was',
];

// Sharing with other accounts and phones (lambda/handlers/household.ts, phones.ts). A code is six digits in one
// AMAZON.NUMBER: Alexa sends "482913" for "four eight two nine one three" and for "482913".
const SHARE_SAMPLES = [
  'share it',
  'share my trolley',
  'share the trolley',
  'share my list',
  'share my shopping list',
  'share my trolley with someone',
  'share my trolley with my partner',
  'share my trolley with another account',
  'i want to share my trolley',
  'give me a code to share my trolley',
  'give me a sharing code',
];

const JOIN_SAMPLES = [
  'join {code}',
  'join trolley {code}',
  'join the trolley {code}',
  'join the shared trolley {code}',
  'join a shared trolley {code}',
  'join code {code}',
  'join with code {code}',
  'join the trolley with code {code}',
  "join my partner's trolley {code}",
  'the sharing code is {code}',
];

const LEAVE_SAMPLES = [
  'leave the shared trolley',
  'leave the shared list',
  'leave the trolley',
  'leave the household',
  'stop sharing my trolley',
  'stop sharing the trolley',
  'unshare my trolley',
  'i want my own trolley again',
];

const WHO_SAMPLES = [
  'who shares my trolley',
  'who shares the trolley',
  'who is sharing my trolley',
  "who's sharing my trolley",
  'who can see my trolley',
  'who has access to my trolley',
  "who's got access to my trolley",
  'who else has access to my trolley',
  'is my trolley shared',
  'how many people share my trolley',
];

const LINK_SAMPLES = [
  'link {code}',
  'link code {code}',
  'link phone {code}',
  'link my phone {code}',
  'link my phone with code {code}',
  'link my phone to code {code}',
  'pair {code}',
  'pair my phone {code}',
  'the phone code is {code}',
];

const UNLINK_SAMPLES = [
  'unlink my phones',
  'unlink my phone',
  'unlink all my phones',
  'unlink all phones',
  'unpair my phones',
  'unpair my phone',
  'disconnect my phones',
  'disconnect my phone',
  'forget my phones',
];

const PHONE_PAGE_SAMPLES = [
  'how do i see my trolley on my phone',
  'how can i see my trolley on my phone',
  'how do i see the trolley on my phone',
  'how can i see the trolley on my phone',
  'how can i see it on my phone',
  'how do i see it on my phone',
  'can i see my trolley on my phone',
  'how do i get my trolley on my phone',
  'how do i use my trolley on my phone',
  'how do i link my phone',
  'how do i link a phone',
  'show my trolley on my phone',
  'put my trolley on my phone',
  'open my trolley on my phone',
  'i want my trolley on my phone',
  'get my shopping list on my phone',
  "what's the address of the phone page",
];

/** What each of the skill's own intents is said with, in every locale. */
const SAMPLES: Readonly<Record<CustomIntentName, readonly string[]>> = {
  AddItemIntent: ADD_SAMPLES,
  RemoveItemIntent: REMOVE_SAMPLES,
  ChangeItemIntent: CHANGE_SAMPLES,
  CheckItemIntent: CHECK_SAMPLES,
  PutBackIntent: PUT_BACK_SAMPLES,
  CountTrolleyIntent: COUNT_SAMPLES,
  ListTrolleyIntent: LIST_SAMPLES,
  ClearTrolleyIntent: CLEAR_SAMPLES,
  UndoIntent: UNDO_SAMPLES,
  ShareTrolleyIntent: SHARE_SAMPLES,
  JoinTrolleyIntent: JOIN_SAMPLES,
  LeaveTrolleyIntent: LEAVE_SAMPLES,
  WhoSharesIntent: WHO_SAMPLES,
  LinkPhoneIntent: LINK_SAMPLES,
  UnlinkPhonesIntent: UNLINK_SAMPLES,
  PhonePageIntent: PHONE_PAGE_SAMPLES,
};

/** Built-ins Alexa already understands; the extra samples are what people say at this skill's questions. */
const BUILT_IN_SAMPLES: Readonly<Record<BuiltInIntentName, readonly string[]>> = {
  'AMAZON.HelpIntent': [],
  // Farewells: while Alexa listens for an item after "Anything else?", "bye" must end the session, not be added.
  'AMAZON.StopIntent': ['bye', 'bye bye', 'bye for now', 'see you', 'see you later', 'thanks bye', 'thank you bye'],
  'AMAZON.CancelIntent': [],
  'AMAZON.FallbackIntent': [],
  'AMAZON.NavigateHomeIntent': [],
  // "…and 12 more. Want to hear them?"
  'AMAZON.YesIntent': [
    'carry on',
    'go on',
    'keep going',
    'more',
    'tell me more',
    'read more',
    'read the rest',
    'continue',
  ],
  // "Anything else?"
  'AMAZON.NoIntent': [
    // "Anything else?" — "Thanks." is a no, not an item called thanks.
    'thanks',
    'thank you',
    'cheers',
    "that's all",
    "that's it",
    'no thanks',
    'nothing else',
    "i'm done",
    "no that's all",
    "no that's it",
    "that's everything",
    "no that's everything",
    'nothing thanks',
    "no i'm good",
    "i'm good",
    "i'm all set",
    'all done',
    "that'll do",
    "that's all for now",
    'nothing more',
    "nah that's all",
    "nah that's it",
    "nope that's it",
    "nope that's all",
    "no that's all thanks",
  ],
};

type LocaleSamples = Readonly<Partial<Record<IntentName, readonly string[]>>>;

/** North American words, in en-US and en-CA alike. */
const NORTH_AMERICAN_SAMPLES = {
  AddItemIntent: [
    'add {item} to my grocery list',
    'add {quantity} {unit} of {item} to my cart',
    'put {item} on my grocery list',
  ],
  RemoveItemIntent: ['remove {item} from my grocery list', 'take {item} off my grocery list'],
  ListTrolleyIntent: ["what's on my grocery list", 'read my grocery list'],
  ClearTrolleyIntent: ['clear my grocery list'],
} as const satisfies LocaleSamples;

/** Words one English uses and the others don't need: each locale adds these to the shared samples. */
const LOCALE_SAMPLES: Readonly<Record<Locale, LocaleSamples>> = {
  'en-GB': {
    AddItemIntent: [
      'bung {item} in the trolley',
      'stick {item} on the list',
      'pop {item} in the trolley',
      'pop {item} on the list',
      'pop some {item} on the list',
      'stick some {item} in the trolley',
    ],
    RemoveItemIntent: ['get shot of the {item}', 'take {item} off the shopping list'],
  },
  'en-US': {
    ...NORTH_AMERICAN_SAMPLES,
    AddItemIntent: [...NORTH_AMERICAN_SAMPLES.AddItemIntent, 'pick up {item} at the store'],
  },
  'en-AU': {
    AddItemIntent: [
      'chuck {item} in the trolley',
      'chuck in some {item}',
      'chuck in {item}',
      'chuck in a {unit} of {item}',
      'chuck in {quantity} {unit} of {item}',
      'oh and chuck in {item}',
      'oh and chuck in a {unit} of {item}',
      'chuck {item} on the list',
      'grab us some {item}',
    ],
    RemoveItemIntent: ['chuck the {item} out', 'take the {item} off the list thanks'],
  },
  'en-CA': NORTH_AMERICAN_SAMPLES,
  'en-IN': {
    AddItemIntent: [
      'add {item} in my list',
      'put {item} in my list',
      'kindly add {item}',
      'please add {item} in my list',
      'i want to add {item}',
      'add {item} also',
      '{item} also',
    ],
    RemoveItemIntent: ['take out {item} from my list', 'kindly remove {item}', 'remove {item} from the list'],
    ListTrolleyIntent: ['what all is in my trolley', 'what all do i need', 'what all is there in my list'],
    CountTrolleyIntent: ['how many items are there in my list', 'how many items are there in my trolley'],
  },
};

const CLEAR_CONFIRMATIONS: Record<Locale, readonly string[]> = {
  'en-GB': ['Shall I empty your trolley?', 'Do you want me to clear everything out of your trolley?'],
  'en-US': ['Should I empty your trolley?', 'Do you want me to clear everything out of your trolley?'],
  'en-AU': ['Shall I empty your trolley?', 'Do you want me to clear everything out of your trolley?'],
  'en-CA': ['Should I empty your trolley?', 'Do you want me to clear everything out of your trolley?'],
  'en-IN': ['Shall I empty your trolley?', 'Do you want me to clear everything from your trolley?'],
};

function withLocale(intent: IntentName, shared: readonly string[], locale: Locale): string[] {
  return [...shared, ...(LOCALE_SAMPLES[locale][intent] ?? [])];
}

/** Lowercase, deduplicated, never repeating the value itself: what Alexa expects of slot synonyms. */
function synonymsBeside(value: string, words: readonly (string | undefined)[]): string[] {
  const seen = new Set([value]);
  const synonyms: string[] = [];
  for (const word of words) {
    const lower = word?.toLowerCase();
    if (lower === undefined || seen.has(lower)) continue;
    seen.add(lower);
    synonyms.push(lower);
  }
  return synonyms;
}

function groceryItemValue(item: CatalogueItem, locale: Locale): v1.skill.interactionModel.TypeValue {
  const { variety } = LOCALES[locale];
  const own = wordingIn(item, variety);
  // The other variety of English: an American in London still says "eggplant".
  const other = wordingIn(item, variety === 'american' ? 'british' : 'american');
  const value = own.name.toLowerCase();
  return {
    id: slotIdFor(item),
    name: {
      value,
      synonyms: synonymsBeside(value, [own.plural, other.name, other.plural, ...(item.synonyms ?? [])]),
    },
  };
}

function slotTypes(locale: Locale): SlotType[] {
  return [
    { name: 'GroceryItem', values: CATALOGUE.map((item) => groceryItemValue(item, locale)) },
    {
      name: 'TrolleyUnit',
      values: UNIT_IDS.map((id) => {
        const unit = UNITS[id];
        return {
          id,
          name: { value: unit.singular, synonyms: synonymsBeside(unit.singular, [unit.plural, ...unit.synonyms]) },
        };
      }),
    },
  ];
}

/** `invocationName`: the one setting (skill-settings.json) unless another is being tried. */
export function buildModel(locale: Locale, invocationName: string = INVOCATION_NAME): InteractionModelData {
  const intents: Intent[] = [
    ...(Object.keys(CUSTOM_INTENTS) as CustomIntentName[]).map((name) => ({
      name,
      slots: intentSlots(name, locale),
      samples: withLocale(name, SAMPLES[name], locale),
    })),
    ...BUILT_IN_INTENTS.map((name) => ({ name, samples: withLocale(name, BUILT_IN_SAMPLES[name], locale) })),
  ];
  return {
    interactionModel: {
      languageModel: {
        invocationName,
        modelConfiguration: { fallbackIntentSensitivity: { level: 'LOW' } },
        intents,
        types: slotTypes(locale),
      },
      dialog: {
        // The skill sends Dialog.ConfirmIntent itself, so it can say how many things would go first.
        delegationStrategy: 'SKILL_RESPONSE',
        intents: [
          // The item slots are in the dialog model so that Alexa listens for them after the skill's
          // Dialog.ElicitSlot (a bare "milk" after "What would you like to add?"); none is required, and
          // the skill asks its own questions.
          ...ITEM_INTENTS.map((name) => ({
            name,
            confirmationRequired: false,
            prompts: {},
            slots: [
              {
                name: 'item',
                type: 'GroceryItem',
                elicitationRequired: false,
                confirmationRequired: false,
                prompts: {},
              },
            ],
          })),
          {
            name: 'ClearTrolleyIntent',
            confirmationRequired: true,
            prompts: { confirmation: CLEAR_CONFIRMATION_PROMPT_ID },
            slots: [],
          },
        ],
      },
      prompts: [
        {
          id: CLEAR_CONFIRMATION_PROMPT_ID,
          variations: CLEAR_CONFIRMATIONS[locale].map((value) => ({ type: 'PlainText', value })),
        },
      ],
    },
  };
}

/** The exact file content for a locale: 2-space JSON with a trailing newline, the same on every run. */
export function modelFileContent(locale: Locale, invocationName: string = INVOCATION_NAME): string {
  return `${JSON.stringify(buildModel(locale, invocationName), null, 2)}\n`;
}

export function modelPath(locale: Locale): string {
  return join(MODELS_DIR, `${locale}.json`);
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

export const SETTINGS_FILE = join(PROJECT_ROOT, 'skill-settings.json');

const OPTIONS = {
  check: { type: 'boolean', default: false },
  'invocation-name': { type: 'string' },
} as const;

export const generateModelCommand: Command<typeof OPTIONS> = {
  name: 'npm run generate:model',
  usage: `Usage: npm run generate:model [-- --check] [--invocation-name "pantry pal"]

Writes every locale's interaction model and the parts of skill-package/skill.json that name the skill (name,
description, example phrases, testing instructions) from the catalogue, the samples and skill-settings.json.
  --check                  write nothing; exit 1 if a committed file differs from what would be written
  --invocation-name NAME   set the name people say ("Alexa, open NAME") in skill-settings.json first;
                           refused, with the reason, if Amazon's invocation-name rules would refuse it`,
  options: OPTIONS,
  async run(values) {
    const invocationName = values['invocation-name']?.trim().replace(/\s+/g, ' ') ?? INVOCATION_NAME;
    const problems = invocationNameProblems(invocationName);
    if (problems.length > 0) throw new UsageError(`${problems.join('; ')}; nothing written`);
    const stale = SUPPORTED_LOCALES.filter(
      (locale) => readOrEmpty(modelPath(locale)) !== modelFileContent(locale, invocationName),
    );
    const skillJson = JSON.parse(readFileSync(SKILL_JSON, 'utf8')) as SkillJson;
    const listing = withListing(skillJson, invocationName);
    const listingStale = JSON.stringify(listing) !== JSON.stringify(skillJson);
    if (values.check) {
      for (const locale of stale) console.error(`${modelPath(locale)} is out of date: run npm run generate:model`);
      if (listingStale) console.error(`${SKILL_JSON} does not name the skill "${invocationName}": run it too`);
      return stale.length === 0 && !listingStale ? 0 : 1;
    }
    if (invocationName !== INVOCATION_NAME)
      writeFileSync(SETTINGS_FILE, `${JSON.stringify({ invocationName }, null, 2)}\n`);
    for (const locale of stale) writeFileSync(modelPath(locale), modelFileContent(locale, invocationName));
    if (listingStale) await writeSkillJson(listing);
    console.log(
      `Invocation name "${invocationName}". Interaction models: ${stale.length} written, ` +
        `${SUPPORTED_LOCALES.length - stale.length} already up to date; skill.json ${listingStale ? 'written' : 'up to date'}.`,
    );
    return 0;
  },
};

if (require.main === module) runAsMain(generateModelCommand);
