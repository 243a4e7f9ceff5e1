import type { ItemIdentity } from '../domain/item';
import type { ChangeKind, Holding, LineChange, Outcome, Removal, TrolleyLine } from '../domain/trolley';
import { describeItem, describeLine, isPlural } from './describe';
import { choiceOf, listOf, type Say } from './i18n';
import { joinSpeech } from './ssml';
import type { SsmlText } from './textKinds';

const UNDONE_KEYS: Readonly<Record<ChangeKind, 'undone_add' | 'undone_remove' | 'undone_change' | 'undone_clear'>> = {
  add: 'undone_add',
  remove: 'undone_remove',
  change: 'undone_change',
  clear: 'undone_clear',
};

/** "Added 2 tins of tuna." and, where a line grew, what it holds now. */
function speakAdded(changes: readonly LineChange[], say: Say, locale: string): SsmlText {
  const fresh = changes.filter((change) => !(change.before && change.delta === undefined));
  const repeated = changes.filter((change) => change.before && change.delta === undefined);
  const parts: SsmlText[] = [];
  if (fresh.length > 0) {
    const added = fresh.map((change) => describeLine({ ...change.line, quantity: change.delta }));
    parts.push(say('added', { items: listOf(locale, added) }));
    // A line that had no amount ("milk", then "two pints of milk") is now just what was added: no "now".
    const grown = fresh.filter((change) => change.before?.quantity !== undefined);
    if (grown.length === 1 && fresh.length === 1) parts.push(say('added_now', { line: describeLine(grown[0]!.line) }));
  }
  if (repeated.length > 0) {
    parts.push(
      say('already_there', {
        items: listOf(
          locale,
          repeated.map((change) => describeLine(change.line)),
        ),
      }),
    );
  }
  return joinSpeech(...parts);
}

/** The words for what a change did. Counts after a change are the caller's to add. */
export function speakOutcome(outcome: Outcome, say: Say, locale: string): SsmlText {
  switch (outcome.kind) {
    case 'added':
      return speakAdded(outcome.changes, say, locale);
    case 'trolleyFull':
      return say('trolley_full', { max: outcome.maxLines });
    case 'tooMany':
      return say('too_many', { most: describeLine(outcome.most) });
    case 'badQuantity':
      return say('bad_quantity', { item: describeItem(outcome.item) });
    case 'removed':
      return speakRemovals([outcome], say, locale);
    case 'removedSeveral':
      return joinSpeech(speakRemovals(outcome.removals, say, locale), speakMissing(outcome.notFound, say, locale));
    case 'whichOne':
      return whichOne(outcome.candidates, say, locale);
    case 'putBack':
      return speakBack(outcome.lines, say, locale);
    case 'changed':
      return say('changed', { line: describeLine(outcome.line) });
    case 'changedSeveral':
      return joinSpeech(
        outcome.lines.length > 0 ? say('changed', { line: listOf(locale, outcome.lines.map(describeLine)) }) : '',
        outcome.removed.length > 0 ? say('removed', { line: listOf(locale, outcome.removed.map(theItem)) }) : '',
        speakMissing(outcome.notFound, say, locale),
      );
    case 'nothingToChange':
      return say('ask_change_item');
    case 'notFound':
      return outcome.closest
        ? say(numbered('not_found_closest', outcome.item), {
            item: describeItem(outcome.item),
            closest: describeLine(outcome.closest),
          })
        : say(numbered('not_found', outcome.item), { item: describeItem(outcome.item) });
    case 'cleared':
      return say('cleared');
    case 'alreadyEmpty':
      return say('clear_already_empty');
    case 'undone':
      return speakUndone(outcome, say, locale);
    case 'nothingToUndo':
      return say('nothing_to_undo');
  }
}

/** "There aren't any eggs" where the item is said in the plural, "there's no milk" where it is not. */
function numbered<K extends 'not_found' | 'not_found_closest' | 'check_none' | 'check_none_closest'>(
  key: K,
  item: Pick<ItemIdentity, 'name' | 'plural'>,
): K | `${K}_plural` {
  return isPlural(item) ? `${key}_plural` : key;
}

/** A whole line taken out is named, not counted: "the milk", "the tomatoes". */
function theItem(line: Pick<TrolleyLine, 'name' | 'plural'>): string {
  return `the ${describeItem(line)}`;
}

/** "Removed the milk and the eggs." and, for what came out in part, what is left. */
function speakRemovals(removals: readonly Removal[], say: Say, locale: string): SsmlText {
  const whole = removals.filter((removal) => !removal.remaining).map((removal) => theItem(removal.removed));
  const parts: SsmlText[] = whole.length > 0 ? [say('removed', { line: listOf(locale, whole) })] : [];
  for (const { removed, remaining } of removals) {
    if (remaining)
      parts.push(say('removed_some', { removed: describeLine(removed), remaining: describeLine(remaining) }));
  }
  return joinSpeech(...parts);
}

function speakMissing(items: readonly ItemIdentity[], say: Say, locale: string): SsmlText {
  const [only] = items;
  if (!only) return joinSpeech();
  if (items.length === 1) return say(numbered('not_found', only), { item: describeItem(only) });
  return say('not_found_several', { items: choiceOf(locale, items.map(describeItem)) });
}

/** "the semi skimmed milk or the oat milk" */
export function choicesBetween(candidates: readonly TrolleyLine[], locale: string): string {
  return choiceOf(locale, candidates.map(theItem));
}

/** "The semi skimmed milk or the oat milk?" */
function whichOne(candidates: readonly TrolleyLine[], say: Say, locale: string): SsmlText {
  const choices = choicesBetween(candidates, locale);
  return say('which_one', { choices: `${choices.charAt(0).toUpperCase()}${choices.slice(1)}` });
}

/** "Okay, the bread's back in your trolley." */
function speakBack(lines: readonly TrolleyLine[], say: Say, locale: string): SsmlText {
  const [only] = lines;
  const plural = lines.length > 1 || (only !== undefined && isPlural(only));
  return say(plural ? 'back_plural' : 'back', { items: listOf(locale, lines.map(theItem)) });
}

/** Undo says what it undid: what is back, what came back out, or what a line is again. */
function speakUndone(outcome: Extract<Outcome, { kind: 'undone' }>, say: Say, locale: string): SsmlText {
  const { restored, takenOut, reverted } = outcome;
  // Whatever else it did, an undone clear put everything back.
  if (outcome.change === 'clear') return say(UNDONE_KEYS.clear);
  if (restored.length > 0 && takenOut.length === 0 && reverted.length === 0) return speakBack(restored, say, locale);
  if (takenOut.length > 0 && restored.length === 0 && reverted.length === 0) {
    return say('undone_taken_out', { items: listOf(locale, takenOut.map(theItem)) });
  }
  if (reverted.length > 0 && restored.length === 0 && takenOut.length === 0) {
    return say('undone_again', { line: listOf(locale, reverted.map(describeLine)) });
  }
  return say(UNDONE_KEYS[outcome.change]);
}

/**
 * What a change did, then how many things the trolley holds wherever that number may have moved: after
 * adding, after undo, and after a whole line came out. A change of amount leaves it as it was.
 */
export function speakChange(outcome: Outcome, say: Say, locale: string): SsmlText {
  const speech = speakOutcome(outcome, say, locale);
  const countMoved =
    outcome.kind === 'added' ||
    outcome.kind === 'undone' ||
    outcome.kind === 'putBack' ||
    (outcome.kind === 'removed' && !outcome.remaining) ||
    (outcome.kind === 'removedSeveral' && outcome.removals.some((removal) => !removal.remaining)) ||
    (outcome.kind === 'changedSeveral' && outcome.removed.length > 0);
  return countMoved ? joinSpeech(speech, speakCount(outcome.lineCount, say)) : speech;
}

/** "You've got 5 things in your trolley." */
export function speakCount(lineCount: number, say: Say): SsmlText {
  return lineCount === 0 ? say('count_zero') : say('count', { count: lineCount });
}

/** The answer to "is there milk?" or "how many eggs have I got?": what is there, in the words of the list. */
export function speakHolding(holding: Holding, say: Say, locale: string): SsmlText {
  if (holding.kind === 'hasNone') {
    return holding.closest
      ? say(numbered('check_none_closest', holding.item), {
          item: describeItem(holding.item),
          closest: describeLine(holding.closest),
        })
      : say(numbered('check_none', holding.item), { item: describeItem(holding.item) });
  }
  const lines = listOf(locale, holding.lines.map(describeLine));
  // Countable things added without a number ("tomatoes") can't say how many: say how to give them one.
  const [only] = holding.lines;
  const uncounted = holding.lines.length === 1 && only?.quantity === undefined && only?.countable === true;
  return say(uncounted ? 'check_has_uncounted' : 'check_has', { lines });
}

/**
 * The answer to "is there milk and eggs?": what is there, then what is not, in one sentence ("You've got
 * milk in your trolley, but no eggs.").
 */
export function speakHoldings(holdings: readonly Holding[], say: Say, locale: string): SsmlText {
  const [only] = holdings;
  if (only && holdings.length === 1) return speakHolding(only, say, locale);
  const lines = holdings.flatMap((holding) => (holding.kind === 'has' ? holding.lines : []));
  const missing = holdings.flatMap((holding) => (holding.kind === 'hasNone' ? [describeItem(holding.item)] : []));
  const has = listOf(locale, [...new Set(lines)].map(describeLine));
  if (missing.length === 0) return say('check_has', { lines: has });
  if (lines.length === 0) return say('check_none_several', { items: choiceOf(locale, missing) });
  return say('check_has_but_not', { lines: has, items: choiceOf(locale, missing) });
}
