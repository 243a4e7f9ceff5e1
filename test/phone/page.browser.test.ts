import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { itemRequestsFor } from '../../lambda/domain/itemRequests';
import { apply } from '../../lambda/domain/trolley';
import { servePhonePage, type RunningServer } from '../../lambda/phone/nodeServer';
import { describeLine } from '../../lambda/speech/describe';
import { launchChromium, type HeadlessChromium } from '../../tools/phone/chromium';
import { addByTyping, shownCode, shownLines, statusText, tickOff, waitForLines } from './support/pageDriver';
import { phoneWorld, type PhoneWorld } from './support/phoneWorld';
import { StandInLinks } from './support/standInLinks';

const TROLLEY = `household#${randomUUID()}`;

jest.setTimeout(120_000);

describe('the phone page in headless Chromium', () => {
  let chromium: HeadlessChromium;
  let server: RunningServer;
  let world: PhoneWorld;
  let links: StandInLinks;
  let page: Page;

  const held = async () => (await world.store.load(TROLLEY)).trolley.lines.map(describeLine).sort();
  const addElsewhere = async (words: string) => {
    const wanted = itemRequestsFor([{ words }], {}, 'en-GB');
    if (!wanted.ok) throw new Error(words);
    await world.store.update(TROLLEY, (state) => apply(state, { kind: 'add', items: wanted.requests }));
  };

  beforeAll(async () => {
    links = new StandInLinks();
    world = await phoneWorld(() => links);
    server = await servePhonePage(world.app);
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
    await addElsewhere('two tins of tuna, milk and a loaf of bread');
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it('with no token shows a code to say, and once it is linked shows the trolley by aisle', async () => {
    await page.goto(server.address);
    const code = await shownCode(page);
    expect(await page.$eval('#pairing-say', (say) => say.textContent)).toBe(
      `“Alexa, ask my trolley to link ${code.split('').join(' ')}”`,
    );
    links.approve(code, TROLLEY);
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

  it('a tap ticks a line off the trolley, and Undo puts it back', async () => {
    await tickOff(page, 'milk');
    await waitForLines(page, ['a loaf of bread', '2 tins of tuna']);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Ticked off milk.');
    await waitUntil(async () => !(await held()).includes('milk'));
    await page.click('#undo');
    await waitForLines(page, ['a loaf of bread', 'milk', '2 tins of tuna']);
    expect(await held()).toContain('milk');
  });

  it('adds what is typed, read as spoken words', async () => {
    await addByTyping(page, 'half a dozen free range eggs');
    await waitForLines(page, ['a loaf of bread', 'milk', '2 tins of tuna', '6 free range eggs']);
    expect(await statusText(page)).toBe('Added 6 free range eggs.');
    expect(await held()).toContain('6 free range eggs');
  });

  it('shows what others change within a few seconds', async () => {
    await addElsewhere('butter');
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
    await addElsewhere('a tin of tuna'); // meanwhile, by voice: one more tin of tuna
    expect(await held()).toContain('3 tins of tuna');
    await page.setOfflineMode(false);
    await waitUntil(async () => (await held()).includes('bin bags'));
    // The tick took out the line of tuna as it is now; nothing else anyone did was undone.
    expect(await held()).toEqual(['6 free range eggs', 'a loaf of bread', 'bin bags', 'butter', 'milk']);
    await waitForLines(page, ['a loaf of bread', 'milk', 'butter', '6 free range eggs', 'bin bags']);
    await page.waitForSelector('#connection', { hidden: true });
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
      const otherTrolley = `household#${randomUUID()}`;
      const wanted = itemRequestsFor([{ words: 'milk and cat food' }], {}, 'en-GB');
      if (!wanted.ok) throw new Error('milk and cat food');
      await world.store.update(otherTrolley, (state) => apply(state, { kind: 'add', items: wanted.requests }));
      await theirs.goto(server.address);
      links.approve(await shownCode(theirs), otherTrolley);
      await waitForLines(theirs, ['milk', 'cat food']);
      const before = await held();
      await tickOff(theirs, 'milk');
      await waitUntil(async () => !(await world.store.load(otherTrolley)).trolley.lines.some((l) => l.key === 'milk'));
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
      links.expire(await shownCode(late));
      await late.waitForSelector('#pairing-problem:not([hidden])');
      expect(await late.$eval('#pairing-problem', (problem) => problem.textContent)).toMatch(/run out/);
      await late.click('#pairing-new');
      expect(await shownCode(late)).toMatch(/^\d{6}$/);
    } finally {
      await other.close();
    }
  });

  it('a revoked token sends the page back to pairing, with the list forgotten', async () => {
    links.revokeAll();
    await shownCode(page);
    expect(await page.evaluate(() => localStorage.getItem('trolley.view'))).toBeNull();
    expect(await page.$eval('#trolley', (section) => section.hidden)).toBe(true);
  });
});

async function waitUntil(check: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
