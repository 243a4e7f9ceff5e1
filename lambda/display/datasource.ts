import { groupByAisle, inShoppingOrder } from '../domain/reading';
import type { TrolleyLine } from '../domain/trolley';
import { describeItem, describeLine } from '../speech/describe';
import type { Write } from '../speech/i18n';
import { aisleKey } from '../speech/reading';
import { escapeAplText } from './text';

/** An aisle heading in the list on screen. */
export interface AisleRow {
  readonly kind: 'aisle';
  /** APL text (escaped). */
  readonly text: string;
}

/** One trolley line on screen, with what its remove control sends back. */
export interface LineRow {
  readonly kind: 'line';
  /** APL text (escaped): "2 tins of tuna". */
  readonly text: string;
  /** Plain text for screen readers: "Remove 2 tins of tuna". */
  readonly label: string;
  readonly key: string;
  /** The line's unit, or "" for none: SendEvent arguments are strings. */
  readonly unit: string;
  /** Plain text: the item as named when it is not there any more ("tins of tuna"). */
  readonly name: string;
}

export type Row = AisleRow | LineRow;

export interface TrolleyProperties {
  readonly title: string;
  readonly count: string;
  readonly empty: boolean;
  readonly emptyText: string;
  readonly removeText: string;
  /** Aisle headings and lines, in shopping order. */
  readonly rows: readonly Row[];
}

export interface TrolleyDatasources {
  readonly trolley: { readonly type: 'object'; readonly properties: TrolleyProperties };
}

/**
 * What the trolley document shows, in the document's datasource: every line grouped by aisle in shopping
 * order. The words come from the locale; everything bound into APL text is escaped here.
 */
export function trolleyDatasources(lines: readonly TrolleyLine[], write: Write): TrolleyDatasources {
  const rows = groupByAisle(inShoppingOrder(lines)).flatMap((group): Row[] => [
    { kind: 'aisle', text: escapeAplText(write(aisleKey(group.aisle))) },
    ...group.lines.map((line): LineRow => {
      const described = describeLine(line);
      return {
        kind: 'line',
        text: escapeAplText(described),
        label: write('screen_remove_line', { line: described }),
        key: line.key,
        unit: line.unit ?? '',
        name: describeItem(line),
      };
    }),
  ]);
  return {
    trolley: {
      type: 'object',
      properties: {
        title: escapeAplText(write('card_title')),
        count: escapeAplText(write('screen_count', { count: lines.length })),
        empty: lines.length === 0,
        emptyText: escapeAplText(write('screen_empty')),
        removeText: escapeAplText(write('screen_remove')),
        rows,
      },
    },
  };
}
