import type { AisleId } from '../catalogue/types';
import { groupByAisle, type Page } from '../domain/reading';
import type { TrolleyLine } from '../domain/trolley';
import { describeLine } from './describe';
import { listOf, type Say } from './i18n';

const aisleKey = (aisle: AisleId) => `aisle_${aisle}` as const;

/** "Fruit and veg: 2 tomatoes and an aubergine. Dairy and eggs: milk." */
export function speakPage(page: Page, say: Say, locale: string): string {
  return groupByAisle(page.lines)
    .map((group) =>
      say('list_group', { aisle: say(aisleKey(group.aisle)), items: listOf(locale, group.lines.map(describeLine)) }),
    )
    .join(' ');
}

/** The whole trolley as text for the Alexa app's card, one aisle a paragraph. */
export function cardText(lines: readonly TrolleyLine[], say: Say): string {
  if (lines.length === 0) return say('card_empty');
  return groupByAisle(lines)
    .map((group) => `${say(aisleKey(group.aisle))}\n${group.lines.map((line) => `• ${describeLine(line)}`).join('\n')}`)
    .join('\n\n');
}
