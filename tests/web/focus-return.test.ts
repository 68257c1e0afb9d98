/**
 * Focus follows what the analyst opens and comes back when it closes (#16), for the openers the
 * dialog checks in a11y.test.ts do not reach, in headless Chromium with the seed graph: the document
 * view opened from a piece of evidence and from the document list, and the review queue opened from
 * its toolbar button. The canvas's inspector (canvas-keyboard.test.ts) and the table view
 * (table-view.test.ts) are checked where they are tested.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExplorer, searchAndChoose, waitIdle } from './browser.ts';
import { seededBrowser } from './seeded-browser.ts';

const web = seededBrowser({ context: { viewport: { width: 1600, height: 1000 } } });

/** Marks the focused element, so the test can ask later whether the very same element has focus again. */
const tagFocused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement).setAttribute('data-opener', 'yes'));
const openerHasFocus = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-opener') === 'yes');
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describe('focus moves into what opens and returns to its opener on close', { timeout: 240_000 }, () => {
  it('the document view opened from a piece of evidence starts at its title and gives focus back to the evidence link', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await searchAndChoose(page, 'Dahua', /^Dahua/);
    await page.locator('#side .rel-group button', { hasText: 'Korkem Telecom' }).first().click();
    await page.locator('#side .doc-link').first().waitFor({ timeout: 30_000 });
    await waitIdle(page);
    await page.locator('#side .doc-link').first().focus();
    await tagFocused(page);
    await page.keyboard.press('Enter');
    await page.locator('#doc-dialog mark.hit').waitFor({ timeout: 30_000 });
    await expect.poll(() => activeId(page)).toBe('doc-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.getElementById('doc-dialog') as HTMLDialogElement).open)).toBe(false);
    expect(await openerHasFocus(page)).toBe(true);
    await page.close();
  });

  it('the document view opened from the document list gives focus back to that list\'s "read" button', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await page.locator('#filters summary', { hasText: 'Source documents' }).click();
    const read = page.locator('#filters button.read').first();
    await read.waitFor({ timeout: 30_000 });
    await read.focus();
    await tagFocused(page);
    await page.keyboard.press('Enter');
    await page.locator('#doc-dialog .doc-text').waitFor({ timeout: 30_000 });
    await expect.poll(() => activeId(page)).toBe('doc-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.getElementById('doc-dialog') as HTMLDialogElement).open)).toBe(false);
    expect(await openerHasFocus(page)).toBe(true);
    await page.close();
  });

  it('the review queue opened from its toolbar button takes focus and gives it back to the button on Escape', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await page.locator('#open-review').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#side-title').textContent()).toBe('Review queue');
    expect(await page.evaluate(() => document.getElementById('side')!.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.getElementById('side')!.hidden)).toBe(true);
    expect(await activeId(page)).toBe('open-review');
    await page.close();
  });
});
