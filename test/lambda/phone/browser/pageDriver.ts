import type { Page } from 'puppeteer-core';

/** What the page shows, read as a person would: the lines under each aisle heading, in order. */
export async function shownLines(page: Page): Promise<string[]> {
  return page.$$eval('#aisles button.tick', (buttons) => buttons.map((button) => button.textContent ?? ''));
}

/** Waits until the page shows exactly these lines (order aside), as polling brings changes in. */
export async function waitForLines(page: Page, expected: readonly string[], timeout = 15_000): Promise<void> {
  const wanted = [...expected].sort();
  await page.waitForFunction(
    (lines: string[]) => {
      const shown = Array.from(document.querySelectorAll('#aisles button.tick'), (button) => button.textContent ?? '');
      return JSON.stringify(shown.sort()) === JSON.stringify(lines);
    },
    { timeout, polling: 200 },
    wanted,
  );
}

export async function tickOff(page: Page, text: string): Promise<void> {
  const [button] = await page.$$(`xpath/.//button[@aria-label=${JSON.stringify(`Tick off ${text}`)}]`);
  if (!button) throw new Error(`No line "${text}" on the page: ${(await shownLines(page)).join(', ')}`);
  await button.click();
}

export async function addByTyping(page: Page, text: string): Promise<void> {
  await page.type('#add-text', text);
  await page.click('#add-form button[type=submit]');
}

export async function statusText(page: Page): Promise<string> {
  return page.$eval('#status', (status) => status.textContent ?? '');
}

/** The six digits the page asks the person to say. */
export async function shownCode(page: Page, timeout = 15_000): Promise<string> {
  await page.waitForSelector('#pairing-waiting:not([hidden])', { timeout });
  const words = await page.$eval('#pairing-say', (say) => say.textContent ?? '');
  const digits = /link ((?:\d ){5}\d)/.exec(words)?.[1];
  if (!digits) throw new Error(`No code in "${words}"`);
  return digits.replace(/ /g, '');
}
