/**
 * Alexa's multiple-value slots (`"multipleValues": { "enabled": true }` on an intent slot) and the locales
 * that have them. Alexa splits what such a slot caught at every pause and every "and", without knowing which
 * "and"s belong inside an item ("salt and vinegar crisps" comes as "salt" and "vinegar crisps").
 */
import type { ModelSlot } from './interactionModel';
import type { HeardWords } from './heardWords';

/** Where Alexa offers multiple-value slots; `ask deploy` rejects a model that enables them elsewhere. */
export const MULTIPLE_VALUE_LOCALES: readonly string[] = ['en-AU', 'en-CA', 'en-GB', 'en-US'];

export function hasMultipleValues(slot: ModelSlot | undefined): boolean {
  return slot?.multipleValues?.enabled === true;
}

/** The words of each value, in order. Separators that part nothing (a leading "and") are dropped. */
export function splitListValues(heard: HeardWords): string[][] {
  const values: string[][] = [[]];
  heard.words.forEach((word, index) => {
    if (word === 'and') {
      values.push([]);
      return;
    }
    values[values.length - 1]?.push(word);
    if (heard.pauseAfter[index]) values.push([]);
  });
  const spoken = values.filter((value) => value.length > 0);
  // Only "and"s heard: nothing separated, so the words are the one value.
  return spoken.length > 0 ? spoken : [[...heard.words]];
}
