import { groupByAisle } from '../domain/reading';
import type { TrolleyLine } from '../domain/trolley';
import { describeLine } from '../speech/describe';
import type { Write } from '../speech/i18n';
import type { PlainText } from '../speech/textKinds';
import { aisleKey } from '../speech/reading';

/**
 * Alexa refuses a card whose title and content pass 8,000 characters; a full trolley of long names can, so
 * the card stops short of that with a count of what it left out. Counted in UTF-8 bytes, never fewer than
 * characters: names in other scripts take up to three bytes a letter, and the card shares the response's
 * 24 KB with the speech and the screen.
 */
export const CARD_TEXT_LIMIT = 7_500;

const sizeOf = (text: string) => Buffer.byteLength(text, 'utf8');

/** The whole trolley as text for the Alexa app's card, one aisle a paragraph. */
export function cardText(lines: readonly TrolleyLine[], write: Write): PlainText {
  if (lines.length === 0) return write('card_empty');
  const paragraphs: string[] = [];
  let length = 0;
  let shown = 0;
  for (const group of groupByAisle(lines)) {
    const aisle = write(aisleKey(group.aisle));
    const entries: string[] = [];
    for (const line of group.lines) {
      const entry = `• ${describeLine(line)}`;
      // The aisle heading and the blank line before it count with the aisle's first entry.
      const heading = entries.length === 0 ? sizeOf(aisle) + 3 : 0;
      if (length + heading + sizeOf(entry) + 1 > CARD_TEXT_LIMIT) break;
      length += heading + sizeOf(entry) + 1;
      entries.push(entry);
      shown += 1;
    }
    if (entries.length > 0) paragraphs.push(`${aisle}\n${entries.join('\n')}`);
    if (shown < lines.length && entries.length < group.lines.length) break;
  }
  if (shown < lines.length) paragraphs.push(write('card_more', { count: lines.length - shown }));
  return paragraphs.join('\n\n');
}
