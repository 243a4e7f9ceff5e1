import type { ChangeKind, Holding, LineChange, Outcome } from '../domain/trolley';
import { describeItem, describeLine } from './describe';
import { listOf, type Say } from './i18n';

const UNDONE_KEYS: Readonly<Record<ChangeKind, 'undone_add' | 'undone_remove' | 'undone_change' | 'undone_clear'>> = {
  add: 'undone_add',
  remove: 'undone_remove',
  change: 'undone_change',
  clear: 'undone_clear',
};

/** "Added 2 tins of tuna." and, where a line grew, what it holds now. */
function speakAdded(changes: readonly LineChange[], say: Say, locale: string): string {
  const fresh = changes.filter((change) => !(change.before && change.delta === undefined));
  const repeated = changes.filter((change) => change.before && change.delta === undefined);
  const parts: string[] = [];
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
  return parts.join(' ');
}

/** The words for what a change did. Counts after a change are the caller's to add. */
export function speakOutcome(outcome: Outcome, say: Say, locale: string): string {
  switch (outcome.kind) {
    case 'added':
      return speakAdded(outcome.changes, say, locale);
    case 'trolleyFull':
      return say('trolley_full', { max: outcome.maxLines });
    case 'tooMany':
      return say('too_many', { item: describeItem(outcome.item), max: outcome.maxQuantity });
    case 'badQuantity':
      return say('bad_quantity', { item: describeItem(outcome.item) });
    case 'removed':
      return outcome.remaining
        ? say('removed_some', { removed: describeLine(outcome.removed), remaining: describeLine(outcome.remaining) })
        : say('removed', { line: describeRemoved(outcome.removed) });
    case 'changed':
      return say('changed', { line: describeLine(outcome.line) });
    case 'nothingToChange':
      return say('ask_change_item');
    case 'notFound':
      return outcome.closest
        ? say('not_found_closest', { item: describeItem(outcome.item), closest: describeLine(outcome.closest) })
        : say('not_found', { item: describeItem(outcome.item) });
    case 'cleared':
      return say('cleared');
    case 'alreadyEmpty':
      return say('clear_already_empty');
    case 'undone':
      return say(UNDONE_KEYS[outcome.change]);
    case 'nothingToUndo':
      return say('nothing_to_undo');
  }
}

/** A whole line taken out is named, not counted: "Removed the milk.", "Removed the tomatoes." */
function describeRemoved(line: Parameters<typeof describeItem>[0]): string {
  return `the ${describeItem(line)}`;
}

/**
 * What a change did, then how many things the trolley holds wherever that number may have moved: after
 * adding, after undo, and after a whole line came out. A change of amount leaves it as it was.
 */
export function speakChange(outcome: Outcome, say: Say, locale: string): string {
  const speech = speakOutcome(outcome, say, locale);
  const countMoved =
    outcome.kind === 'added' || outcome.kind === 'undone' || (outcome.kind === 'removed' && !outcome.remaining);
  return countMoved ? `${speech} ${speakCount(outcome.lineCount, say)}` : speech;
}

/** "You've got 5 things in your trolley." */
export function speakCount(lineCount: number, say: Say): string {
  return lineCount === 0 ? say('count_zero') : say('count', { count: lineCount });
}

/** The answer to "is there milk?" or "how many eggs have I got?": what is there, in the words of the list. */
export function speakHolding(holding: Holding, say: Say, locale: string): string {
  if (holding.kind === 'hasNone') {
    return holding.closest
      ? say('check_none_closest', { item: describeItem(holding.item), closest: describeLine(holding.closest) })
      : say('check_none', { item: describeItem(holding.item) });
  }
  const lines = listOf(locale, holding.lines.map(describeLine));
  // Countable things added without a number ("tomatoes") can't say how many: say how to give them one.
  const [only] = holding.lines;
  const uncounted = holding.lines.length === 1 && only?.quantity === undefined && only?.countable === true;
  return say(uncounted ? 'check_has_uncounted' : 'check_has', { lines });
}
