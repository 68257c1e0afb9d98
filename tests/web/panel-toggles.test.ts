/**
 * The panels that share the graph's area, the table view, the map and the timeline (#16, #17), in
 * headless Chromium with the seed graph: opening or closing one narrows or widens the canvas without
 * pushing the drawn graph out of sight, each toggle moves focus into its panel and Escape gives it back,
 * and `t`, `m` and `l` open and close the table, the map and the timeline from the keyboard, as the
 * Help dialog lists.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExplorer, waitIdle } from './browser.ts';
import { seededBrowser } from './seeded-browser.ts';

const web = seededBrowser({ context: { viewport: { width: 1600, height: 1000 } } });

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);
const isHidden = (page: Page, id: string) => page.evaluate((id) => document.getElementById(id)!.hidden, id);

/** The drawn entities whose box (label included) leaves the canvas's own area, by more than a pixel. */
const outsideCanvas = (page: Page) => page.evaluate(() => {
  const cy = window.__sightline.cy;
  const [w, h] = [cy.width(), cy.height()];
  return cy.nodes(':visible').filter((n) => {
    const b = n.renderedBoundingBox({});
    return b.x1 < -1 || b.y1 < -1 || b.x2 > w + 1 || b.y2 > h + 1;
  }).map((n) => n.id());
});

describe('panels beside the canvas', { timeout: 240_000 }, () => {
  it('keeps every drawn entity inside the canvas as the table, the map and the timeline open and close beside it', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    // The whole graph in view first, as `f` leaves it.
    await page.locator('body').press('f');
    await waitIdle(page);
    expect(await page.evaluate(() => window.__sightline.cy.nodes(':visible').length)).toBeGreaterThan(10);
    expect(await outsideCanvas(page)).toEqual([]);
    const steps: [string, string][] = [['#toggle-table', 'open the table'], ['#toggle-map', 'open the map beside it'], ['#toggle-timeline', 'close the timeline'],
      ['#toggle-timeline', 'reopen the timeline'], ['#toggle-table', 'close the table'], ['#toggle-map', 'close the map']];
    for (const [button, step] of steps) {
      const width = await page.evaluate(() => window.__sightline.cy.width());
      await page.click(button);
      await waitIdle(page);
      if (step.startsWith('open')) expect(await page.evaluate(() => window.__sightline.cy.width()), step).toBeLessThan(width);
      expect(await outsideCanvas(page), step).toEqual([]);
    }
    await page.close();
  });

  it('moves focus to the map\'s and the timeline\'s heading when their toggle opens them, and Escape there closes them and gives focus back to the toggle', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await page.locator('#toggle-map').focus();
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#toggle-map', 'aria-pressed')).toBe('true');
    expect(await activeId(page)).toBe('map-title');
    await page.keyboard.press('Escape');
    expect(await isHidden(page, 'map-view')).toBe(true);
    expect(await page.getAttribute('#toggle-map', 'aria-pressed')).toBe('false');
    expect(await activeId(page)).toBe('toggle-map');

    // The timeline starts open: a press closes it, with focus left on its toggle, and the next opens it.
    await page.locator('#toggle-timeline').focus();
    await page.keyboard.press('Enter');
    expect(await isHidden(page, 'timeline')).toBe(true);
    expect(await activeId(page)).toBe('toggle-timeline');
    await page.keyboard.press('Enter');
    expect(await isHidden(page, 'timeline')).toBe(false);
    expect(await activeId(page)).toBe('timeline-title');
    await page.keyboard.press('Escape');
    expect(await isHidden(page, 'timeline')).toBe(true);
    expect(await activeId(page)).toBe('toggle-timeline');
    await page.close();
  });

  it('opens and closes the table view with t from anywhere but a text field, and lists t in the Help dialog', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await page.locator('#search').focus();
    await page.keyboard.type('t');
    expect(await isHidden(page, 'table-view')).toBe(true);
    expect(await page.inputValue('#search')).toBe('t');
    await page.fill('#search', '');

    // From the graph, as a keyboard user walks it: focus goes to the table, and back to its toggle when t closes it.
    await page.locator('#graph').focus();
    await page.keyboard.press('t');
    expect(await isHidden(page, 'table-view')).toBe(false);
    expect(await page.getAttribute('#toggle-table', 'aria-pressed')).toBe('true');
    expect(await activeId(page)).toBe('table-view-title');
    await page.keyboard.press('t');
    expect(await isHidden(page, 'table-view')).toBe(true);
    expect(await activeId(page)).toBe('toggle-table');

    await page.keyboard.press('?');
    const rows = await page.locator('#help-dialog table.shortcuts tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toContainEqual(['t', expect.stringMatching(/table/)]);
    await page.close();
  });

  it('opens and closes the map with m and the timeline with l from anywhere but a text field, moving focus as their toggles do, and lists both in the Help dialog', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await page.locator('#search').focus();
    await page.keyboard.type('ml');
    expect(await isHidden(page, 'map-view')).toBe(true);
    expect(await isHidden(page, 'timeline')).toBe(false);
    expect(await page.inputValue('#search')).toBe('ml');
    await page.fill('#search', '');

    // From the graph: m opens the map with focus on its heading, and m there closes it with focus back on its toggle.
    await page.locator('#graph').focus();
    await page.keyboard.press('m');
    expect(await isHidden(page, 'map-view')).toBe(false);
    expect(await page.getAttribute('#toggle-map', 'aria-pressed')).toBe('true');
    expect(await activeId(page)).toBe('map-title');
    await page.keyboard.press('m');
    expect(await isHidden(page, 'map-view')).toBe(true);
    expect(await activeId(page)).toBe('toggle-map');

    // The timeline starts open: l from the graph closes it and leaves focus on the graph, the next l opens it with focus in it, Esc there closes it.
    await page.locator('#graph').focus();
    await page.keyboard.press('l');
    expect(await isHidden(page, 'timeline')).toBe(true);
    expect(await page.getAttribute('#toggle-timeline', 'aria-pressed')).toBe('false');
    expect(await page.evaluate(() => document.activeElement === window.__sightline.cy.container())).toBe(true);
    await page.keyboard.press('l');
    expect(await isHidden(page, 'timeline')).toBe(false);
    expect(await activeId(page)).toBe('timeline-title');
    await page.keyboard.press('Escape');
    expect(await isHidden(page, 'timeline')).toBe(true);
    expect(await activeId(page)).toBe('toggle-timeline');

    await page.keyboard.press('?');
    const rows = await page.locator('#help-dialog table.shortcuts tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toContainEqual(['m', expect.stringMatching(/map/)]);
    expect(rows).toContainEqual(['l', expect.stringMatching(/timeline/)]);
    await page.close();
  });
});
