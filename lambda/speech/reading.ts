import type { AisleId } from '../catalogue/types';
import { groupByAisle, type Page } from '../domain/reading';
import { describeLine } from './describe';
import { listOf, textFor, type Say } from './i18n';
import { joinSpeech } from './ssml';
import type { SsmlText } from './textKinds';

/** The locale key of an aisle's name: "Fruit and veg", "Produce". */
export const aisleKey = (aisle: AisleId) => `aisle_${aisle}` as const;

/** "Fruit and veg: 2 tomatoes and an aubergine. Dairy and eggs: milk." */
export function speakPage(page: Page, say: Say, locale: string): SsmlText {
  // The aisle's name goes in as plain text, escaped once with the rest.
  const write = textFor(locale);
  const groups = groupByAisle(page.lines).map((group) =>
    say('list_group', { aisle: write(aisleKey(group.aisle)), items: listOf(locale, group.lines.map(describeLine)) }),
  );
  return joinSpeech(...groups);
}
