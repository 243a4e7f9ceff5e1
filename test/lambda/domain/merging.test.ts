import { apply, EMPTY_STATE, type ItemRequest, type TrolleyState } from '../../../lambda/domain/trolley';
import { speakOutcome } from '../../../lambda/speech/outcomes';
import { speechFor } from '../../../lambda/speech/i18n';

const milk = { key: 'milk', name: 'milk', countable: false, aisle: 'dairy' } as const;
const say = speechFor('en-GB');

function add(state: TrolleyState, ...items: ItemRequest[]) {
  return apply(state, { kind: 'add', items });
}

describe('an amount said later joins the line that had none', () => {
  it('"milk", then "two pints of milk", is one line of 2 pints, said once', () => {
    const first = add(EMPTY_STATE, { item: milk });
    const second = add(first.state, { item: milk, quantity: 2, unit: 'pint' });
    expect(second.state.trolley.lines).toEqual([{ ...milk, quantity: 2, unit: 'pint' }]);
    expect(speakOutcome(second.outcome, say, 'en-GB')).toBe('Added 2 pints of milk.');
  });

  it('"two pints of milk", then "milk", finds the milk already there and changes nothing', () => {
    const first = add(EMPTY_STATE, { item: milk, quantity: 2, unit: 'pint' });
    const second = add(first.state, { item: milk });
    expect(second.state.trolley.lines).toEqual([{ ...milk, quantity: 2, unit: 'pint' }]);
    expect(speakOutcome(second.outcome, say, 'en-GB')).toBe('You’ve already got 2 pints of milk in your trolley.');
  });

  it('a line that already has an amount in another unit stays apart', () => {
    const first = add(EMPTY_STATE, { item: milk, quantity: 2, unit: 'pint' });
    const second = add(first.state, { item: milk, quantity: 1, unit: 'carton' });
    expect(second.state.trolley.lines).toEqual([
      { ...milk, quantity: 2, unit: 'pint' },
      { ...milk, quantity: 1, unit: 'carton' },
    ]);
  });
});
