/**
 * `npm run screenshots`: the phone page at phone size (390 × 844), in the same headless Chromium as the
 * tests, written to docs/images/: pairing, the trolley in the shop, and offline. Runs the real page against
 * an in-memory DynamoDB Local; the trolley is filled and the phone linked as the skill would do it by voice.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { itemRequestsFor } from '../../lambda/domain/itemRequests';
import { apply } from '../../lambda/domain/trolley';
import { phoneAppFor } from '../../lambda/phone/entry';
import { servePhonePage } from '../../lambda/phone/nodeServer';
import { createStore } from '../../lambda/skill';
import { DEFAULT_TIMING } from '../../lambda/store/config';
import { PROJECT_ROOT } from '../build/paths';
import { runAsMain, type Command } from '../command';
import { ensureTrolleyTable, LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from '../dynamodb-local';
import { launchChromium } from './chromium';

const OUT = join(PROJECT_ROOT, 'docs', 'images');
const USER = 'amzn1.ask.account.SCREENSHOTS';
const TROLLEY =
  'two pints of semi skimmed milk, a dozen free range eggs, bananas, a bag of carrots, a loaf of sourdough, ' +
  'two tins of chopped tomatoes, spaghetti, washing up liquid, bin bags';

async function shoot(page: Page, name: string): Promise<void> {
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file as `${string}.png` });
  console.log(`wrote ${file}`);
}

async function takeScreenshots(): Promise<number> {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  process.env.AWS_ACCESS_KEY_ID ??= LOCAL_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY ??= LOCAL_CREDENTIALS.secretAccessKey;
  mkdirSync(OUT, { recursive: true });
  const local = await startDynamoDbLocal();
  const chromium = await launchChromium().catch(async (error: unknown) => {
    await local.stop();
    throw error;
  });
  try {
    const config = { ...DEFAULT_TIMING, tableName: 'trolley', region: LOCAL_REGION, endpoint: local.endpoint };
    await ensureTrolleyTable(local.endpoint, config.tableName, LOCAL_REGION);
    const stores = createStore(config);
    const wanted = itemRequestsFor([{ words: TROLLEY }], {}, 'en-GB');
    if (!wanted.ok) throw new Error(`Not a trolley: ${wanted.reason}`);
    await stores.store.update(USER, (state) => apply(state, { kind: 'add', items: wanted.requests }));
    const server = await servePhonePage(phoneAppFor(config), 0);
    try {
      const page = await chromium.browser.newPage();
      await page.setExtraHTTPHeaders({ 'accept-language': 'en-GB' });
      await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
      await page.goto(server.address);
      await page.waitForSelector('#pairing-waiting:not([hidden])');
      await shoot(page, 'phone-pairing');
      const code = /link ((?:\d ){5}\d)/.exec(await page.$eval('#pairing-say', (say) => say.textContent ?? ''))?.[1];
      if (!code) throw new Error('No code on the page');
      const linked = await stores.households.link(USER, code.replace(/ /g, ''));
      if (!linked.linked) throw new Error(`Not linked: ${linked.reason}`);
      await page.waitForSelector('#aisles button.tick', { timeout: 15_000 });
      await page.click('button[aria-label="Tick off bananas"]');
      await page.waitForSelector('#undo:not([hidden])');
      // The service worker must hold the page's files before the offline shot (a string: no DOM types here).
      await page.evaluate('navigator.serviceWorker.ready.then(() => undefined)');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await shoot(page, 'phone-trolley');
      await page.setOfflineMode(true);
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.waitForSelector('#connection:not([hidden])');
      await page.click('button[aria-label="Tick off a bag of carrots"]');
      await page.type('#add-text', 'kitchen roll');
      await page.click('#add-form button[type=submit]');
      await page.waitForSelector('#pending-box:not([hidden])');
      await shoot(page, 'phone-offline');
    } finally {
      await server.stop();
    }
  } finally {
    await chromium.close();
    await local.stop();
  }
  return 0;
}

export const screenshotsCommand: Command<Record<string, never>> = {
  name: 'npm run screenshots',
  usage: `Usage: npm run screenshots

Writes docs/images/phone-pairing.png, phone-trolley.png and phone-offline.png: the phone page at 390 × 844 in
headless Chromium (/usr/bin/chromium, or CHROMIUM_PATH), against an in-memory DynamoDB Local.`,
  options: {},
  // Chromium or Java missing, a page that did not show what was expected: the message says it.
  userErrors: [Error],
  run: takeScreenshots,
};

if (require.main === module) runAsMain(screenshotsCommand);
