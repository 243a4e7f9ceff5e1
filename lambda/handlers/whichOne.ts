import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { ItemIdentity } from '../domain/item';
import { chosenAmong } from '../domain/naming';
import type { ItemRequest, Outcome, TrolleyLine } from '../domain/trolley';
import { choicesBetween, speakOutcome } from '../speech/outcomes';
import { localeOf, sayFor, type SkillServices } from './context';
import { sessionState } from './session';
import { awaitingItem, finishTurn } from './turn';
import type { WhichOnePending } from './pendingChoice';
import { itemValuesHeard } from './slots';

type ChoosingIntent = WhichOnePending['intent'];

function identityOf(line: TrolleyLine): ItemIdentity {
  const { key, name, plural, countable, aisle } = line;
  return { key, name, ...(plural === undefined ? {} : { plural }), countable, aisle };
}

/**
 * Asks "The semi skimmed milk or the oat milk?" and listens for the answer in the same intent's item slot,
 * keeping the rest of the request in the session. A one-shot request stays open for the answer too.
 */
export function askWhichOne(
  input: HandlerInput,
  outcome: Extract<Outcome, { kind: 'whichOne' }>,
  intent: ChoosingIntent,
  requests: readonly ItemRequest[],
): Response {
  const say = sayFor(input);
  const locale = localeOf(input);
  const at = Math.max(
    0,
    requests.findIndex((request) => request.item.key === outcome.item.key),
  );
  const asked = requests[at];
  const pending: WhichOnePending = {
    kind: 'whichOne',
    intent,
    candidates: outcome.candidates.map((line) => line.key),
    amount: {
      ...(asked?.quantity === undefined ? {} : { quantity: asked.quantity }),
      ...(asked?.unit === undefined ? {} : { unit: asked.unit }),
    },
    others: requests.filter((request) => request !== asked),
    at,
  };
  return finishTurn(input, '', {
    question: speakOutcome(outcome, say, locale),
    reprompt: say('which_one_reprompt', { choices: choicesBetween(outcome.candidates, locale) }),
    pending,
    listen: awaitingItem(intent),
  });
}

/**
 * When this turn answers "which one?" asked by `intent`, the whole request it completes: the rest said
 * before, and the line or lines the answer names ("the oat one", "both"). Undefined when no such question
 * is pending or the answer names none of the lines offered: then it is a request of its own.
 */
export async function answerToWhichOne(
  services: SkillServices,
  input: HandlerInput,
  intent: ChoosingIntent,
): Promise<ItemRequest[] | undefined> {
  const pending = sessionState(input).pending;
  if (pending?.kind !== 'whichOne' || pending.intent !== intent) return undefined;
  const answer = itemValuesHeard(input)
    .map((value) => value.words)
    .join(' and ');
  const { trolley } = await services.store.load(services.userKey(input));
  const offered = pending.candidates.flatMap((key) => trolley.lines.find((line) => line.key === key) ?? []);
  const chosen = chosenAmong(offered, answer);
  if (chosen.length === 0) return undefined;
  const answered = chosen.map((line) => ({ item: identityOf(line), ...pending.amount }));
  return [...pending.others.slice(0, pending.at), ...answered, ...pending.others.slice(pending.at)];
}
