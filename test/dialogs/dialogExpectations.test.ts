import type { JsonTurn } from '../../tools/simulator/transcript';
import { differences } from './dialogExpectations';

const turn = (overrides: Partial<JsonTurn> = {}): JsonTurn => ({
  user: 'open my trolley',
  request: { type: 'LaunchRequest', intent: null, confirmationStatus: null, slots: {} },
  speech: 'Welcome to your trolley.',
  reprompt: null,
  card: null,
  apl: false,
  screen: null,
  shouldEndSession: false,
  sessionEnded: false,
  errors: [],
  notes: [],
  ...overrides,
});

describe('dialog expectations', () => {
  it('apl: true needs a rendered APL document', () => {
    expect(differences(turn({ apl: true }), { user: 'open my trolley', apl: true })).toEqual([]);
    expect(differences(turn(), { user: 'open my trolley', apl: true })).toEqual([
      '"open my trolley": no APL document was rendered',
    ]);
  });

  it('apl: false refuses one', () => {
    expect(differences(turn(), { user: 'open my trolley', apl: false })).toEqual([]);
    expect(differences(turn({ apl: true }), { user: 'open my trolley', apl: false })).toEqual([
      '"open my trolley": an APL document was rendered',
    ]);
  });

  it('without apl, either is fine', () => {
    expect(differences(turn({ apl: true }), { user: 'open my trolley' })).toEqual([]);
    expect(differences(turn(), { user: 'open my trolley' })).toEqual([]);
  });

  it('still checks the request, speech and session', () => {
    expect(
      differences(turn({ sessionEnded: true }), {
        user: 'open my trolley',
        request: 'LaunchRequest',
        speech: ['/^Welcome/'],
        notSpeech: ['Goodbye'],
        sessionEnded: false,
      }),
    ).toEqual(['"open my trolley": the session ended']);
  });
});
