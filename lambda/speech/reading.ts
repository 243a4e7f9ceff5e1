import type { AisleId } from '../catalogue/types';
import { groupByAisle, type Page } from '../domain/reading';
import { describeLine } from './describe';
import { listOf, type Say } from './i18n';

/** The locale key of an aisle's name: "Fruit and veg", "Produce". */
export const aisleKey = (aisle: AisleId) => `aisle_${aisle}` as const;

/** "Fruit and veg: 2 tomatoes and an aubergine. Dairy and eggs: milk." */
export function speakPage(page: Page, say: Say, locale: string): string {
  return groupByAisle(page.lines)
    .map((group) =>
      say('list_group', { aisle: say(aisleKey(group.aisle)), items: listOf(locale, group.lines.map(describeLine)) }),
    )
    .join(' ');
}
