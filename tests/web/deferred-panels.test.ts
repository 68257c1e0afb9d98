/**
 * The panels the first view does not draw arrive as a second script. In headless Chromium, with that
 * script held back by the test, an analyst's click on a button those panels own is kept, not lost,
 * and answered once the script arrives; the view counts as interactive only then.
 */
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { ensureWebBuild, launchBrowser } from './browser.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuild();
  server = await startTestServer();
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('panels loaded after the first view', { timeout: 120_000 }, () => {
  it('keeps a click on "Search documents" made before its panel has loaded, and opens the panel when it has', async () => {
    const page = await browser.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let requested = false;
    await page.route(/\/assets\/deferred-[\w-]{8}\.js$/, async (route: Route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await page.goto(server.url);
    await expect.poll(() => requested).toBe(true);
    await page.click('#open-doc-search');
    expect(await page.locator('#doc-search').count()).toBe(0);
    expect(await page.evaluate(() => window.__sightline.firstViewMs)).toBeUndefined();
    release();
    await page.locator('#doc-search[open]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => window.__sightline.firstViewMs), { timeout: 60_000 }).toBeGreaterThan(0);
    await page.close();
  });
});
