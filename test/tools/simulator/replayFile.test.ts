import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReplay, parseReplay, readReplay, writeReplay } from '../../../tools/simulator/replayFile';
import { createSimulator, runInputs } from '../../../tools/simulator/createSimulator';
import { fakeSkill } from '../../support/fakeSkill';
import { FIXTURE_MODEL_DIR } from '../../support/fixtureModel';

const askCliFile = {
  skillId: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555',
  locale: 'en-US',
  type: 'text',
  userInput: ['open my trolley', 'add two tins of tuna', 'stop'],
};

describe('ASK CLI replay files', () => {
  it('reads the file `ask dialog --replay` reads', () => {
    expect(parseReplay(JSON.stringify(askCliFile))).toEqual(askCliFile);
  });

  it('refuses files that are not replay files, saying why', () => {
    expect(() => parseReplay('{"skillId": 1, "locale": "english", "type": "voice"}')).toThrow(
      /"skillId" must be a string; "locale" must be a locale such as "en-GB"; "type" must be "text"; "userInput"/,
    );
    expect(() => parseReplay('not json')).toThrow(/not JSON/);
  });

  it('round-trips through a file in the same key order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    try {
      const path = join(dir, 'dialog.json');
      writeReplay(path, askCliFile as Parameters<typeof writeReplay>[1]);
      expect(readReplay(path)).toEqual(askCliFile);
      expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')) as object)).toEqual([
        'skillId',
        'locale',
        'type',
        'userInput',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('what a session recorded replays to the same requests', async () => {
    const first = fakeSkill();
    const simulator = createSimulator({ invoke: first.invoke, locale: 'en-GB', modelDir: FIXTURE_MODEL_DIR }, {});
    await simulator.say('open my trolley');
    await simulator.say('add two tins of tuna');
    await simulator.newSession();
    await simulator.say('ask my trolley to clear my trolley');
    await simulator.say('yes');
    const recorded = parseReplay(
      formatReplay({ skillId: simulator.caller.skillId, locale: 'en-GB', type: 'text', userInput: simulator.inputs }),
    );
    expect(recorded.userInput).toEqual([
      'open my trolley',
      'add two tins of tuna',
      '.new',
      'ask my trolley to clear my trolley',
      'yes',
    ]);

    const second = fakeSkill();
    const replayed = createSimulator(
      { invoke: second.invoke, locale: recorded.locale, skillId: recorded.skillId, modelDir: FIXTURE_MODEL_DIR },
      {},
    );
    await runInputs(replayed, recorded.userInput);
    const summary = (envelopes: typeof first.received) =>
      envelopes.map((envelope) => [
        envelope.request.type,
        (envelope.request as { intent?: { name: string; confirmationStatus?: string } }).intent?.name,
        (envelope.request as { intent?: { confirmationStatus?: string } }).intent?.confirmationStatus,
        envelope.session?.new,
      ]);
    await simulator.endSession();
    expect(summary(second.received)).toEqual(summary(first.received));
  });
});
