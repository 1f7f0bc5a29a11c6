// A real Chromium with the site open while `serve` runs: a document saved broken, or a rebuild
// that fails, shows over the page with its diagnostic; the next clean rebuild takes it away.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { goodPlan, startServe, type Served } from '../serve/serve-process.ts';
import { launchBrowser } from './browser.ts';

const overlay = '#plan-archive-overlay [role=alertdialog]';
/** A file name that is HTML: the overlay must show it as text. */
const hostileName = '<img src=x onerror="window.pwned=1">.md';

let browser: Browser | null = null;
let served: Served;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  served = await startServe({ 'rain.md': goodPlan }, [], '{ "title": "Rain archive" }');
  page = await browser.newPage();
  await page.goto(served.url, { waitUntil: 'networkidle' });
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

/** Saves a file and waits until the open page has reloaded after the rebuild and settled. */
async function saveAndReload(path: string, content: string | Buffer): Promise<void> {
  await page.evaluate(() => ((window as unknown as { beforeSave: boolean }).beforeSave = true));
  await writeFile(path, content);
  await page.waitForFunction(
    () => !(window as unknown as { beforeSave?: boolean }).beforeSave,
    null,
    {
      timeout: 60_000,
    },
  );
  await page.waitForLoadState('networkidle');
}

describe('the error overlay', () => {
  test('is not there while the site has no errors', async (context) => {
    if (!browser) return context.skip();
    expect(await page.locator(overlay).count()).toBe(0);
  });

  test('shows the diagnostic of a document saved as binary bytes, as text', async (context) => {
    if (!browser) return context.skip();
    await saveAndReload(
      join(served.input, hostileName),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
    );
    await page.locator(overlay).waitFor();
    const text = await page.locator(overlay).innerText();
    expect(text).toContain(`${join(served.input, hostileName)}:1:1 error file-binary `);
    expect(text).toContain('1 document is not on the site');
    expect(await page.locator(`${overlay} img`).count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
  });

  test('goes away when the document is fixed', async (context) => {
    if (!browser) return context.skip();
    await saveAndReload(
      join(served.input, hostileName),
      goodPlan.replace('Rain gardens', 'Gardens'),
    );
    expect(await page.locator(overlay).count()).toBe(0);
  });

  test('shows why a rebuild failed, over the site it still serves', async (context) => {
    if (!browser) return context.skip();
    await writeFile(served.config, '{ "title": ');
    await saveAndReload(join(served.input, 'rain.md'), `${goodPlan}\n`);
    await page.locator(overlay).waitFor();
    expect(await page.locator(overlay).innerText()).toMatch(
      /the last rebuild failed[\s\S]*site\.json" is not valid JSON/,
    );
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
  });

  test('goes away at the next clean rebuild', async (context) => {
    if (!browser) return context.skip();
    await writeFile(served.config, '{ "title": "Rain archive" }');
    await saveAndReload(join(served.input, 'rain.md'), goodPlan);
    expect(await page.locator(overlay).count()).toBe(0);
  });
});
