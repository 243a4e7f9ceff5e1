import type { Page } from 'puppeteer-core';
import { servePhonePage, type RunningServer } from '../../../../lambda/phone/nodeServer';
import { launchChromium, type HeadlessChromium } from '../../../../tools/phone/chromium';
import { phoneWorld, type PhoneWorld } from '../support/phoneWorld';
import { echoOf } from '../support/voice';
import { addByTyping, shownCode, shownLines, statusText, tickOff, waitForLines } from './pageDriver';

const ALICE = 'amzn1.ask.account.PHONE-PAGE-ALICE';
const CAROL = 'amzn1.ask.account.PHONE-PAGE-CAROL';

jest.setTimeout(120_000);

describe('the phone page in headless Chromium', () => {
  let chromium: HeadlessChromium;
  let server: RunningServer;
  let world: PhoneWorld;
  let page: Page;
  let alice: ReturnType<typeof echoOf>;

  const held = () => world.held(ALICE);
  const spaced = (code: string) => code.split('').join(' ');
  /** "Alexa, ask my trolley to link 4 8 2 9 1 3", said to the account's Echo. */
  const link = async (echo: ReturnType<typeof echoOf>, code: string) => {
    expect(await echo.say(`ask my trolley to link ${spaced(code)}`)).toBe(
      'Done, your phone’s linked: it shows your trolley now.',
    );
  };

  beforeAll(async () => {
    world = await phoneWorld();
    server = await servePhonePage(world.app);
    alice = echoOf(world.config, ALICE, { phonePageUrl: `${server.address}/` });
    chromium = await launchChromium();
    page = await chromium.browser.newPage();
    // A British phone: aisles and amounts in en-GB.
    await page.setExtraHTTPHeaders({ 'accept-language': 'en-GB,en;q=0.8' });
    if (process.env.DEBUG_PAGE) {
      page.on('console', (message) => console.log('console', message.text()));
      page.on('response', (response) =>
        console.log('response', response.request().method(), response.url(), response.status()),
      );
      page.on('requestfailed', (request) => console.log('failed', request.method(), request.url()));
    }
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    await alice.say('ask my trolley to add two tins of tuna, milk and a loaf of bread');
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it('Alexa tells where the page is, on the card too', async () => {
    const turn = await alice.turn('ask my trolley how do I see my trolley on my phone');
    expect(turn.speech).toContain(`open ${new URL(server.address).host} on it`);
    expect(turn.card?.text).toContain(`${server.address}/`);
  });

  it('with no token shows a code to say; a wrong code links nothing; said right, the page shows the trolley', async () => {
    await page.goto(server.address);
    const code = await shownCode(page);
    expect(await page.$eval('#pairing-say', (say) => say.textContent)).toBe(
      `“Alexa, ask my trolley to link ${spaced(code)}”`,
    );
    const wrong = code === '123456' ? '654321' : '123456';
    expect(await alice.say(`ask my trolley to link ${spaced(wrong)}`)).toMatch(/doesn’t match a phone that’s waiting/);
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // a poll or so later, still waiting
    expect(await page.$eval('#pairing-waiting', (waiting) => (waiting as HTMLElement).hidden)).toBe(false);
    await link(alice, code);
    await waitForLines(page, ['a loaf of bread', 'milk', '2 tins of tuna']);
    expect(await shownLines(page)).toEqual(['a loaf of bread', 'milk', '2 tins of tuna']);
    expect(await page.$$eval('#aisles h3', (headings) => headings.map((h) => h.textContent))).toEqual([
      'Bakery',
      'Dairy and eggs',
      'Food cupboard',
    ]);
  });

  it('keeps the token in a Secure, HttpOnly, SameSite=Strict cookie that the page’s script cannot read', async () => {
    const cookies = await page.cookies();
    const token = cookies.find((cookie) => cookie.name === 'trolley_token');
    expect(token).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  it('a tap ticks a line off, which Alexa then knows is gone; Undo on the page puts it back', async () => {
    await tickOff(page, 'milk');
    await waitForLines(page, ['a loaf of bread', '2 tins of tuna']);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Ticked off milk.');
    await waitUntil(async () => !(await held()).includes('milk'));
    expect(await alice.say('ask my trolley is there milk in my trolley')).toBe('No, there’s no milk in your trolley.');
    await page.click('#undo');
    await waitForLines(page, ['a loaf of bread', 'milk', '2 tins of tuna']);
    expect(await held()).toContain('milk');
  });

  it('"undo" by voice undoes a tick too, and the page shows it', async () => {
    await tickOff(page, 'a loaf of bread');
    await waitUntil(async () => !(await held()).includes('a loaf of bread'));
    expect(await alice.say('ask my trolley to undo')).toMatch(/bread’s back in your trolley/);
    await waitForLines(page, ['a loaf of bread', 'milk', '2 tins of tuna']);
  });

  it('adds what is typed, read as spoken words, and Alexa hears it', async () => {
    await addByTyping(page, 'half a dozen free range eggs');
    await waitForLines(page, ['a loaf of bread', 'milk', '2 tins of tuna', '6 free range eggs']);
    expect(await statusText(page)).toBe('Added 6 free range eggs.');
    expect(await alice.say('ask my trolley how many eggs have I got')).toMatch(/6 free range eggs/);
  });

  it('shows what others change within a few seconds', async () => {
    await alice.say('ask my trolley to add butter');
    await waitForLines(page, ['a loaf of bread', 'milk', 'butter', '2 tins of tuna', '6 free range eggs'], 10_000);
  });

  it('offline: the last list stays readable, and ticks and adds are sent when the signal returns', async () => {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.setOfflineMode(true);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForLines(page, ['a loaf of bread', 'milk', 'butter', '2 tins of tuna', '6 free range eggs']);
    await page.waitForSelector('#connection:not([hidden])');
    expect(await page.$eval('#connection', (banner) => banner.textContent)).toMatch(/^No connection\./);
    await tickOff(page, '2 tins of tuna');
    await addByTyping(page, 'bin bags');
    await waitForLines(page, ['a loaf of bread', 'milk', 'butter', '6 free range eggs']);
    expect(await page.$$eval('#pending li', (items) => items.map((item) => item.textContent))).toEqual(['bin bags']);
    await alice.say('ask my trolley to add a tin of tuna'); // meanwhile, at home
    expect(await held()).toContain('3 tins of tuna');
    await page.setOfflineMode(false);
    await waitUntil(async () => (await held()).includes('bin bags'));
    // The tick took out the line of tuna as it is now; nothing else anyone did was undone.
    expect(await held()).toEqual(['6 free range eggs', 'a loaf of bread', 'bin bags', 'butter', 'milk']);
    expect(await alice.say('ask my trolley is there tuna in my trolley')).toMatch(/no tuna/);
    await waitForLines(page, ['a loaf of bread', 'milk', 'butter', '6 free range eggs', 'bin bags']);
    await page.waitForSelector('#connection', { hidden: true });
  });

  it('can be added to the home screen: Chromium finds its manifest, icons and service worker installable', async () => {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await page.createCDPSession();
    expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    await cdp.detach();
  });

  it('has big, labelled targets: every button and the box at least 48 px high', async () => {
    const targets = await page.$$eval('button:not([hidden]), input', (elements) =>
      elements
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => ({
          height: element.getBoundingClientRect().height,
          name:
            element.getAttribute('aria-label') ??
            (element as HTMLInputElement).labels?.[0]?.textContent ??
            element.textContent,
        })),
    );
    expect(targets.length).toBeGreaterThan(4);
    for (const target of targets) {
      expect(target.name?.trim()).toBeTruthy();
      expect(target.height).toBeGreaterThanOrEqual(48);
    }
    expect(await page.$eval('#status', (status) => status.getAttribute('aria-live'))).toBe('polite');
  });

  it('a second household’s phone sees only its own trolley, and its ticks touch only that', async () => {
    const other = await chromium.browser.createBrowserContext();
    try {
      const theirs = await other.newPage();
      await theirs.setExtraHTTPHeaders({ 'accept-language': 'en-GB' });
      const carol = echoOf(world.config, CAROL);
      await carol.say('ask my trolley to add milk and cat food');
      await theirs.goto(server.address);
      await link(carol, await shownCode(theirs));
      await waitForLines(theirs, ['milk', 'cat food']);
      const before = await held();
      await tickOff(theirs, 'milk');
      await waitUntil(async () => (await world.held(CAROL)).join() === 'cat food');
      expect(await held()).toEqual(before);
      expect(before).toContain('milk');
      await waitForLines(page, ['a loaf of bread', 'milk', 'butter', '6 free range eggs', 'bin bags']);
    } finally {
      await other.close();
    }
  });

  it('a code that ran out says so, and offers a new one', async () => {
    const other = await chromium.browser.createBrowserContext();
    try {
      const late = await other.newPage();
      await late.goto(server.address);
      const code = await shownCode(late);
      await world.expire(code);
      expect(await alice.say(`ask my trolley to link ${spaced(code)}`)).toMatch(/It may have expired/);
      await late.waitForSelector('#pairing-problem:not([hidden])');
      expect(await late.$eval('#pairing-problem', (problem) => problem.textContent)).toMatch(/run out/);
      await late.click('#pairing-new');
      expect(await shownCode(late)).toMatch(/^\d{6}$/);
    } finally {
      await other.close();
    }
  });

  it('a revoked token sends the page back to pairing, with the list forgotten', async () => {
    expect(await alice.say('ask my trolley to unlink my phones')).toBe(
      'Done, I’ve unlinked one phone. It can’t see your trolley any more.',
    );
    await shownCode(page);
    expect(await page.evaluate(() => localStorage.getItem('trolley.view'))).toBeNull();
    expect(await page.$eval('#trolley', (section) => (section as HTMLElement).hidden)).toBe(true);
  });
});

async function waitUntil(check: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
