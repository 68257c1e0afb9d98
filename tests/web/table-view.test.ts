/**
 * The table view (#16), in headless Chromium against the real server with the seed graph: a toolbar
 * toggle opens two accessible tables of what the canvas draws (axe finds no serious or critical
 * violation), columns sort with `aria-sort`, the confidence filter and hiding change the rows exactly
 * as they change the canvas, selection follows both ways, and Escape gives focus back to the toggle.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean } from './axe.ts';
import { openExplorer, waitIdle } from './browser.ts';
import { seededBrowser } from './seeded-browser.ts';

const web = seededBrowser({ context: { viewport: { width: 1600, height: 1000 } } });

const rowIds = (page: Page, table: string) => page.$$eval(`#${table} tbody tr`, (rows) => rows.map((r) => (r as HTMLElement).dataset.id!).sort());
/** What Cytoscape displays right now: entities and relationships whose style is not display:none. */
const displayed = (page: Page) => page.evaluate(() => {
  const cy = window.__sightline.cy;
  return { nodes: cy.nodes().not('.group').filter((n) => n.visible()).map((n) => n.id()).sort(), edges: cy.edges().filter((e) => e.visible()).map((e) => e.id()).sort() };
});
const selected = (page: Page) => page.evaluate(() => window.__sightline.cy.elements(':selected').map((e) => e.id()));

async function openTable(page: Page): Promise<void> {
  await openExplorer(page, web.server.url);
  await page.locator('#toggle-table').focus();
  await page.keyboard.press('Enter');
  await page.locator('#table-view:not([hidden])').waitFor();
}

describe('the table view of what is drawn', { timeout: 240_000 }, () => {
  it('opens from its toolbar toggle by keyboard as two tables with column and row headers, clean under axe, and closes back to the toggle', async () => {
    const page = await web.context.newPage();
    await openTable(page);
    expect(await page.getAttribute('#toggle-table', 'aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('table-view-title');
    const shown = await displayed(page);
    expect(shown.edges.length).toBeGreaterThan(3);
    expect(await rowIds(page, 'entity-table')).toEqual(shown.nodes);
    expect(await rowIds(page, 'relationship-table')).toEqual(shown.edges);
    for (const table of ['entity-table', 'relationship-table']) {
      expect(await page.$$eval(`#${table} thead th`, (ths) => ths.every((th) => th.getAttribute('scope') === 'col'))).toBe(true);
      expect(await page.$$eval(`#${table} tbody tr`, (trs) => trs.every((tr) => tr.querySelectorAll('th[scope=row]').length === 1))).toBe(true);
      expect(await page.locator(`#${table} caption`).textContent()).toMatch(/drawn \(\d+\)/);
    }
    expect(await page.getAttribute('#entity-table th:has(button[data-key=name])', 'aria-sort')).toBe('ascending');
    await waitIdle(page);
    await expectClean(page, 'table view');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.getElementById('table-view')!.hidden)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('toggle-table');
    expect(await page.getAttribute('#toggle-table', 'aria-pressed')).toBe('false');
    await page.close();
  });

  it('sorts by a column from its header button, saying the order with aria-sort', async () => {
    const page = await web.context.newPage();
    await openTable(page);
    const sortBy = async (key: string) => {
      await page.locator(`#relationship-table button.sort[data-key=${key}]`).focus();
      await page.keyboard.press('Enter');
    };
    const confidences = () => page.$$eval('#relationship-table tbody tr td:nth-child(6)', (tds) => tds.map((td) => Number(td.textContent)));
    await sortBy('confidence');
    expect(await page.getAttribute('#relationship-table th:has(button[data-key=confidence])', 'aria-sort')).toBe('descending');
    expect(await page.$$eval('#relationship-table th[aria-sort]', (ths) => ths.length)).toBe(1);
    const down = await confidences();
    expect(down).toEqual(down.slice().sort((a, b) => b - a));
    expect(new Set(down).size).toBeGreaterThan(1);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key), 'focus stays on the header pressed').toBe('confidence');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#relationship-table th:has(button[data-key=confidence])', 'aria-sort')).toBe('ascending');
    expect(await confidences()).toEqual(down.slice().reverse().sort((a, b) => a - b));
    await page.close();
  });

  it('follows the confidence filter and hiding exactly as the canvas does', async () => {
    const page = await web.context.newPage();
    await openTable(page);
    const before = await rowIds(page, 'relationship-table');
    const confidences = await page.evaluate(() => window.__sightline.cy.edges().map((e) => e.data('confidence') as number).sort((a, b) => a - b));
    // The lowest slider step (0.05) above the weakest edge: some edges go, some stay.
    const steps = Math.floor(confidences[0]! / 0.05) + 1;
    expect(steps * 0.05).toBeLessThan(confidences.at(-1)!);
    await page.locator('#filters input[aria-label="Minimum confidence"]').focus();
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
    await waitIdle(page);
    const after = await rowIds(page, 'relationship-table');
    expect(after.length).toBeLessThan(before.length);
    expect(after.length).toBeGreaterThan(0);
    expect(after).toEqual((await displayed(page)).edges);
    expect(await rowIds(page, 'entity-table')).toEqual((await displayed(page)).nodes);

    // Hiding an entity from its row (select it, then h) takes it and its relationships out of both.
    const victim = (await rowIds(page, 'entity-table'))[0]!;
    await page.locator(`#entity-table tr[data-id="${victim}"] th button`).click();
    await page.keyboard.press('h');
    await waitIdle(page);
    expect(await rowIds(page, 'entity-table')).not.toContain(victim);
    expect(await rowIds(page, 'entity-table')).toEqual((await displayed(page)).nodes);
    expect(await rowIds(page, 'relationship-table')).toEqual((await displayed(page)).edges);
    await page.close();
  });

  it('selects on the canvas the element of a chosen row, and marks the row of an element chosen on the canvas', async () => {
    const page = await web.context.newPage();
    await openTable(page);
    const edgeId = (await rowIds(page, 'relationship-table'))[0]!;
    const edgeButton = page.locator(`#relationship-table tr[data-id="${edgeId}"] th button`);
    expect(await edgeButton.getAttribute('aria-label')).toMatch(/\S+ .+ \S+/);
    await edgeButton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => selected(page)).toEqual([edgeId]);
    await expect.poll(() => edgeButton.getAttribute('aria-pressed')).toBe('true');
    await page.locator('#side .quote, #side .muted').first().waitFor({ timeout: 30_000 });
    await waitIdle(page);

    // A click on an entity drawn on the canvas marks its row, and the edge's row is no longer marked.
    const nodeId = (await rowIds(page, 'entity-table')).at(-1)!;
    const at = await page.evaluate((id) => {
      const cy = window.__sightline.cy;
      cy.resize();
      const n = cy.getElementById(id);
      cy.center(n);
      const box = cy.container()!.getBoundingClientRect();
      const p = n.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, nodeId);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => selected(page)).toEqual([nodeId]);
    await expect.poll(() => page.getAttribute(`#entity-table tr[data-id="${nodeId}"] th button`, 'aria-pressed')).toBe('true');
    expect(await edgeButton.getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });
});
