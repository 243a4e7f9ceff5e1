import type { TrolleyLine } from '../../lambda/domain/trolley';

/** Trolley lines as the store keeps them, for tests that show or read a trolley without building one. */
export const milkLine: TrolleyLine = { key: 'milk', name: 'milk', countable: false, aisle: 'dairy' };

export function tomatoLine(quantity: number): TrolleyLine {
  return { key: 'tomato', name: 'tomato', plural: 'tomatoes', countable: true, aisle: 'produce', quantity };
}
