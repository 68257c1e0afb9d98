/**
 * Accessibility in headless Chromium against the real server with the seed graph: axe-core (WCAG 2.1
 * A and AA rules) finds no serious or critical violation on the first view, the inspector, the
 * evidence panel, the document view and each dialog; skip links reach the graph and the side panel;
 * the top bar's focus ring is visible with AA contrast; a dialog takes focus when it opens and gives it
 * back when it closes.
 */
import { describe, expect, it } from 'vitest';
import { expectClean } from './axe.ts';
import { openExplorer, searchAndChoose, waitIdle } from './browser.ts';
import { seededBrowser } from './seeded-browser.ts';

const web = seededBrowser({ context: { viewport: { width: 1600, height: 1000 } } });

describe('accessibility of the explorer', { timeout: 240_000 }, () => {
  it('has no serious or critical axe violation on the first view, the inspector and its expand dialog, the evidence panel and the document view', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await expectClean(page, 'first view');
    await searchAndChoose(page, 'Dahua', /^Dahua/);
    await expectClean(page, 'inspector');
    const expandButton = page.locator('#side button', { hasText: 'Expand…' });
    await expandButton.click();
    await page.locator('#expand-dialog[open]').waitFor();
    await expectClean(page, 'expand dialog');
    expect(await page.evaluate(() => document.getElementById('expand-dialog')!.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => expandButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.locator('#side .rel-group button', { hasText: 'Korkem Telecom' }).first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#side .quote').first().waitFor({ timeout: 30_000 });
    await waitIdle(page);
    // The button pressed is gone with the inspector; focus lands on the evidence, not on the page body.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('side-title');
    await expectClean(page, 'evidence panel');
    await page.locator('#side .doc-link').first().click();
    await page.locator('#doc-dialog mark.hit').waitFor({ timeout: 30_000 });
    await expectClean(page, 'document view');
    await page.close();
  });

  it('has no serious or critical axe violation in any dialog, each taking focus when it opens and giving it back when it closes', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    const dialogs: { name: string; open: () => Promise<unknown>; selector: string; opener: string }[] = [
      { name: 'keyboard help', open: () => page.click('#help'), selector: '#help-dialog', opener: '#help' },
      { name: 'document search', open: () => page.click('#open-doc-search'), selector: '#doc-search', opener: '#open-doc-search' },
      { name: 'add document', open: () => page.click('#open-ingest'), selector: '#ingest-dialog', opener: '#open-ingest' },
      { name: 'investigations', open: () => page.click('#open-cases'), selector: '#cases-dialog', opener: '#open-cases' },
      { name: 'report', open: async () => { await page.click('.menu summary'); await page.click('#export-report'); }, selector: '#report-dialog', opener: '.menu summary' },
    ];
    for (const d of dialogs) {
      await page.focus(d.opener);
      await d.open();
      await page.locator(`${d.selector}[open]`).waitFor();
      await waitIdle(page);
      await expectClean(page, d.name);
      expect(await page.evaluate((sel) => document.querySelector(sel)!.contains(document.activeElement), d.selector), `${d.name} takes focus`).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate((sel) => (document.querySelector(sel) as HTMLDialogElement).open, d.selector), { message: `${d.name} closes on Escape` }).toBe(false);
      await expect.poll(() => page.evaluate((sel) => document.activeElement === document.querySelector(sel), d.opener), { message: `${d.name} gives focus back` }).toBe(true);
    }
    await page.close();
  });

  it('offers skip links to the graph and to the filters as the first things Tab reaches', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, visible: (document.activeElement as HTMLElement).getBoundingClientRect().height > 0 }));
    expect(first).toEqual({ text: 'Skip to the graph', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('.canvas-wrap') !== null)).toBe(true);
    expect(page.url()).not.toMatch(/#graph$/);
    await page.locator('a.skip-link').first().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the filters and legend');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filters');
    await page.close();
  });

  it('draws a focus ring on the dark top bar at least 2 px wide with 3:1 contrast against the bar', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await page.focus('#fit');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const bar = getComputedStyle(document.getElementById('topbar')!).backgroundColor;
      return { id: el.id, width: parseFloat(style.outlineWidth), outline: style.outlineStyle, color: style.outlineColor, bar };
    });
    const rgb = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const luminance = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [hi, lo] = [luminance(ring.color), luminance(ring.bar)].sort((a, b) => b - a);
    expect(ring.id).toBe('fit');
    expect(ring.outline).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect((hi! + 0.05) / (lo! + 0.05)).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});
