import type { ItemIdentity } from '../../../lambda/domain/item';
import type { TrolleyLine } from '../../../lambda/domain/trolley';
import { speechFor } from '../../../lambda/speech/i18n';
import { speakChange, speakOutcome } from '../../../lambda/speech/outcomes';
import { textOfSsml } from '../../../tools/alexa/markup';

/** The words for issue 12's outcomes, in the plain text a person hears (SSML entities read back). */
const heard = (ssml: string) => textOfSsml(ssml).replace(/’/g, "'");
const gb = speechFor('en-GB');
const say = (outcome: Parameters<typeof speakOutcome>[0], locale = 'en-GB') =>
  heard(speakOutcome(outcome, speechFor(locale), locale));

const line = (name: string, extra: Partial<TrolleyLine> = {}): TrolleyLine => ({
  key: name.replace(/ /g, '-'),
  name,
  countable: false,
  aisle: 'dairy',
  ...extra,
});
const eggs: ItemIdentity = { key: 'egg', name: 'egg', plural: 'eggs', countable: true, aisle: 'dairy' };

describe('what Alexa says for issue 12’s outcomes', () => {
  it('asks which one between the lines that fit, in the locale’s own list', () => {
    const candidates = [line('semi skimmed milk'), line('oat milk'), line('almond milk')];
    expect(say({ kind: 'whichOne', item: line('milk'), candidates: candidates.slice(0, 2) })).toBe(
      'The semi skimmed milk or the oat milk?',
    );
    expect(say({ kind: 'whichOne', item: line('milk'), candidates }, 'en-US')).toBe(
      'The semi skimmed milk, the oat milk, or the almond milk?',
    );
  });

  it('escapes what was said in the question: a name is never SSML', () => {
    const candidates = [line("granny's <b> milk"), line('oat milk')];
    const ssml = speakOutcome({ kind: 'whichOne', item: line('milk'), candidates }, gb, 'en-GB');
    expect(ssml).toContain('granny&apos;s &lt;b&gt; milk');
  });

  it('says plural things are not there in the plural, and mass nouns in the singular', () => {
    expect(say({ kind: 'notFound', item: eggs })).toBe("There aren't any eggs in your trolley.");
    expect(say({ kind: 'notFound', item: line('milk') })).toBe("There's no milk in your trolley.");
  });

  it('confirms several removals in one sentence, with what came out in part and what was not there', () => {
    const tuna = line('tuna', { quantity: 1, unit: 'tin' });
    const outcome = {
      kind: 'removedSeveral' as const,
      removals: [
        { removed: line('milk') },
        { removed: { ...eggs, quantity: 6 } },
        { removed: tuna, remaining: { ...tuna, quantity: 2 } },
      ],
      notFound: [line('jam'), line('honey')],
      lineCount: 3,
    };
    expect(heard(speakChange(outcome, gb, 'en-GB'))).toBe(
      "Removed the milk and the eggs. Took a tin of tuna out. You've got 2 tins of tuna left. I couldn't find jam or honey in your trolley. You've got 3 things in your trolley.",
    );
  });

  it('gives the bound in the line’s unit', () => {
    const most = line('beef mince', { quantity: 10, unit: 'kilo', aisle: 'meat' });
    expect(say({ kind: 'tooMany', item: most, most })).toBe(
      "That's more than one line can hold: the most I can hold is 10 kilos of beef mince. I haven't changed anything.",
    );
  });

  it('says what undo undid: back in the trolley, back out, or as it was again', () => {
    const undone = { kind: 'undone' as const, lineCount: 1, restored: [], takenOut: [], reverted: [] };
    expect(say({ ...undone, change: 'remove', restored: [line('bread')] })).toBe(
      "Okay, the bread's back in your trolley.",
    );
    expect(say({ ...undone, change: 'remove', restored: [{ ...eggs, quantity: 6 }] })).toBe(
      'Okay, the eggs are back in your trolley.',
    );
    expect(say({ ...undone, change: 'add', takenOut: [line('milk')] })).toBe("Okay, I've taken the milk back out.");
    expect(say({ ...undone, change: 'change', reverted: [line('tuna', { quantity: 3, unit: 'tin' })] })).toBe(
      "Okay, that's 3 tins of tuna again.",
    );
    expect(say({ kind: 'putBack', lines: [line('rice')], lineCount: 2 })).toBe(
      "Okay, the rice's back in your trolley.",
    );
  });

  it('reads a mass noun counted in a unit with that unit: "3 pints of milk"', () => {
    const milk = line('milk', { quantity: 3, unit: 'pint' });
    expect(say({ kind: 'changed', line: milk, lineCount: 1 })).toBe("Okay, that's 3 pints of milk now.");
  });
});
