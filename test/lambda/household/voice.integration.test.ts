import { buildSkill, createStore, type Stores } from '../../../lambda/skill';
import type { StoreConfig } from '../../../lambda/store/config';
import { freshTable } from '../../support/dynamodb';
import { intentRequest, launchRequest, inSession } from '../../support/requests';
import { sessionEnds, spoken } from '../../support/speech';

/** What Alexa says for the household and phone intents, on the real skill over DynamoDB Local. */
const ALICE = 'amzn1.ask.account.VOICE-ALICE';
const BOB = 'amzn1.ask.account.VOICE-BOB';
const PAGE = 'https://abcdefghijklmnopqrstuvwxyz.lambda-url.eu-west-1.on.aws/';

let config: StoreConfig;
let stores: Stores;
beforeEach(async () => {
  config = await freshTable('voice');
  stores = createStore(config);
});

const skillWith = (phonePageUrl?: string) => buildSkill({ storeConfig: config, phonePageUrl });
const say = async (userId: string, name: string, slots: Record<string, string> = {}, phonePageUrl?: string) => {
  const response = await skillWith(phonePageUrl).invoke(intentRequest(name, slots, { userId }));
  return { speech: spoken(response), card: response.response.card, ends: sessionEnds(response) };
};

async function waitingPage() {
  const pairing = await stores.phoneLinks.startPairing('203.0.113.20');
  if (!pairing.started) throw new Error('not started');
  return pairing;
}

describe('a code as Alexa sends it', () => {
  // AMAZON.NUMBER: "four eight two nine one three" and "482913" both arrive as "482913"; the ASK simulator's
  // typed "4 8 2 9 1 3" may keep its spaces. All three link; "?" (a number Alexa could not read) does not.
  it.each([
    ['482913 as Alexa fills AMAZON.NUMBER', (code: string) => code],
    ['digits with spaces', (code: string) => code.split('').join(' ')],
    ['halves with a comma', (code: string) => `${code.slice(0, 3)}, ${code.slice(3)}`],
  ])('links a waiting page from %s', async (_, form) => {
    const { code, secret } = await waitingPage();
    const answer = await say(ALICE, 'LinkPhoneIntent', { code: form(code) });
    expect(answer.speech).toBe('Done, your phone’s linked: it shows your trolley now.'.replace(/’/g, "'"));
    expect(answer.ends).toBe(true);
    expect((await stores.phoneLinks.pairingStatus(code, secret)).status).toBe('linked');
  });

  it.each(['?', '48291', '4829130', '012345'])(
    '"%s" is not a code: Alexa asks again, and nothing is tried',
    async (value) => {
      const answer = await say(ALICE, 'LinkPhoneIntent', { code: value });
      expect(answer.speech).toMatch(
        /^I didn't catch the six digits\. Try again, saying, for example, link 4 8 2, 9 1 3\.$/,
      );
      const joined = await say(ALICE, 'JoinTrolleyIntent', { code: value });
      expect(joined.speech).toMatch(/^I didn't catch the six digits\./);
    },
  );

  it('no code at all is asked for the same way', async () => {
    expect((await say(ALICE, 'JoinTrolleyIntent')).speech).toMatch(/^I didn't catch the six digits\./);
  });
});

describe('sharing by voice', () => {
  it('"share it" says the code digit by digit and writes it on the card; "join" on another account joins', async () => {
    await say(ALICE, 'AddItemIntent', { item: 'milk' });
    const shared = await say(ALICE, 'ShareTrolleyIntent');
    const spokenCode = /join (\d) (\d) (\d), (\d) (\d) (\d)\./.exec(shared.speech);
    expect(spokenCode).not.toBeNull();
    const code = (spokenCode as RegExpExecArray).slice(1).join('');
    expect(shared.card).toMatchObject({ type: 'Simple', title: 'Share your trolley' });
    expect((shared.card as { content: string }).content).toContain(`join ${code.slice(0, 3)} ${code.slice(3)}`);

    const joined = await say(BOB, 'JoinTrolleyIntent', { code });
    expect(joined.speech).toBe("Done, you're sharing the trolley now. You've got one thing in your trolley.");
    expect((await say(BOB, 'WhoSharesIntent')).speech).toBe(
      '2 Alexa accounts share your trolley. No phones are linked to it.',
    );
    expect((await say(BOB, 'JoinTrolleyIntent', { code })).speech).toMatch(/^Your trolley's already shared\./);
    expect((await say(ALICE, 'LeaveTrolleyIntent')).speech).toBe(
      "Okay, you've left the shared trolley, and kept a copy of it as your own. You've got one thing in your trolley.",
    );
    expect((await say(ALICE, 'LeaveTrolleyIntent')).speech).toBe(
      "Your trolley isn't shared, so there's nothing to leave.",
    );
  });

  it('a used or unknown code says so, and that nothing has changed', async () => {
    expect((await say(BOB, 'JoinTrolleyIntent', { code: '482913' })).speech).toMatch(
      /^That code doesn't work: it may have expired or been used\..*Nothing has changed\.$/,
    );
  });
});

describe('phones by voice', () => {
  it('"unlink my phones" says how many it unlinked', async () => {
    const { code, secret } = await waitingPage();
    await say(ALICE, 'LinkPhoneIntent', { code });
    await stores.phoneLinks.pairingStatus(code, secret);
    expect((await say(ALICE, 'WhoSharesIntent')).speech).toBe(
      'Only this Alexa account uses your trolley. One phone is linked to it.',
    );
    expect((await say(ALICE, 'UnlinkPhonesIntent')).speech).toBe(
      "Done, I've unlinked one phone. It can't see your trolley any more.",
    );
    expect((await say(ALICE, 'UnlinkPhonesIntent')).speech).toBe('There are no phones linked to your trolley.');
  });

  it('a code no page is waiting with says so', async () => {
    expect((await say(ALICE, 'LinkPhoneIntent', { code: '482913' })).speech).toMatch(
      /^That code doesn't match a phone that's waiting\./,
    );
  });

  it('"how do I see my trolley on my phone" puts the page’s address on the card', async () => {
    const answer = await say(ALICE, 'PhonePageIntent', {}, PAGE);
    expect(answer.speech).toMatch(/^To see your trolley on your phone, open the address I've put in the Alexa app\./);
    expect(answer.card).toMatchObject({ title: 'Your trolley on your phone' });
    expect((answer.card as { content: string }).content).toContain(PAGE);
    const local = await say(ALICE, 'PhonePageIntent', {}, 'http://localhost:8080/');
    expect(local.speech).toMatch(/^To see your trolley on your phone, open localhost:8080 on it\./);
  });

  it('with no page (Alexa-hosted) it says so kindly, and the trolley is on the card', async () => {
    await say(ALICE, 'AddItemIntent', { item: 'milk' });
    const answer = await say(ALICE, 'PhonePageIntent');
    expect(answer.speech).toMatch(/there's no page to open on a phone\. Your trolley is on a card in the Alexa app/);
    expect(answer.card).toMatchObject({ title: 'My Trolley' });
    expect((answer.card as { content: string }).content).toContain('milk');
  });

  it('in a session the skill opened, the answer asks what next', async () => {
    const opened = await skillWith().invoke(launchRequest({ userId: ALICE }));
    const response = await skillWith().invoke(
      intentRequest('WhoSharesIntent', {}, { userId: ALICE, ...inSession(opened) }),
    );
    expect(spoken(response)).toMatch(/Anything else\?$/);
    expect(sessionEnds(response)).toBe(false);
  });
});
