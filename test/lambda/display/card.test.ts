import type { TrolleyLine } from '../../../lambda/domain/trolley';
import { LIMITS } from '../../../lambda/domain/limits';
import { cardText } from '../../../lambda/display/card';
import { textFor } from '../../../lambda/speech/i18n';
import { milkLine, tomatoLine } from '../../support/lines';

const write = textFor('en-GB');

/** The longest lines a trolley may hold: 200 of them, each named in 60 characters, 100 of each. */
const fullTrolley: TrolleyLine[] = Array.from({ length: LIMITS.maxLines }, (_, index) => ({
  key: `said:${index}`,
  name: `${String(index).padStart(3, '0')} ${'x'.repeat(LIMITS.maxNameLength - 4)}`,
  countable: false,
  aisle: 'other',
  quantity: LIMITS.maxQuantity,
  unit: 'millilitre',
}));

describe('the Alexa app card', () => {
  it('lists a small trolley in full, one aisle a paragraph', () => {
    expect(cardText([tomatoLine(2), milkLine], write)).toBe('Fruit and veg\n• 2 tomatoes\n\nDairy and eggs\n• milk');
  });

  it('stays within the 8,000 characters Alexa accepts for a full trolley, and says how many it left out', () => {
    const text = cardText(fullTrolley, write);
    expect(write('card_title').length + text.length).toBeLessThanOrEqual(8_000);
    const listed = text.split('\n').filter((line) => line.startsWith('• ')).length;
    expect(listed).toBeGreaterThan(50);
    expect(
      text.endsWith(`…and ${LIMITS.maxLines - listed} more things: say, what’s in my trolley, to hear them.`),
    ).toBe(true);
  });
});
