import { createHash } from 'node:crypto';
import type { AisleId } from '../catalogue/types';
import { groupByAisle, inShoppingOrder } from '../domain/reading';
import type { TrolleyLine } from '../domain/trolley';
import { describeItem, describeLine } from '../speech/describe';
import type { Say } from '../speech/i18n';

/** One line on the page, with what a tick sends back to name it. */
export interface LineView {
  readonly key: string;
  /** The line's unit, or "" for none. */
  readonly unit: string;
  /** The item as named when the line is gone ("tins of tuna"). */
  readonly name: string;
  /** "2 tins of tuna" */
  readonly text: string;
}

export interface TrolleyView {
  /** Changes whenever what the page shows changes: the poll's ETag. */
  readonly version: string;
  readonly count: number;
  readonly countText: string;
  readonly emptyText: string;
  /** In shopping order, as the APL screen and the spoken list have them. */
  readonly aisles: readonly { readonly name: string; readonly lines: readonly LineView[] }[];
}

const aisleKey = (aisle: AisleId) => `aisle_${aisle}` as const;

/** The trolley as the page shows it. Plain text throughout: the page sets it as text, never as HTML. */
export function trolleyView(lines: readonly TrolleyLine[], say: Say): TrolleyView {
  const aisles = groupByAisle(inShoppingOrder(lines)).map((group) => ({
    name: plainText(say(aisleKey(group.aisle))),
    lines: group.lines.map((line): LineView => ({
      key: line.key,
      unit: line.unit ?? '',
      name: describeItem(line),
      text: describeLine(line),
    })),
  }));
  const shown = {
    count: lines.length,
    countText: plainText(say('screen_count', { count: lines.length })),
    emptyText: plainText(say('screen_empty')),
    aisles,
  };
  const version = createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 16);
  return { version, ...shown };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The skill's words are SSML-escaped for Alexa; the page shows them as plain text. */
export function plainText(speech: string): string {
  return speech.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}
