/**
 * The canvas walked by keyboard (#16), in headless Chromium against the real server with the seed
 * graph: Tab reaches the canvas, arrow keys move a focus mark (not the selection) from an entity to
 * its neighbours, the live region tells a screen reader each entity and its link to the centre,
 * Enter opens the inspector of the entity in focus and Escape brings focus back to the canvas.
 * Expectations are read from the drawn graph itself, not from the walk's own code.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExplorer, waitIdle } from './browser.ts';
import { seededBrowser } from './seeded-browser.ts';

const web = seededBrowser({ context: { viewport: { width: 1600, height: 1000 } } });

const announced = (page: Page) => page.locator('#canvas-announcer').textContent();
const marked = (page: Page) => page.evaluate(() => window.__sightline.cy.nodes('.kbd-focus').map((n) => n.id()));
const selected = (page: Page) => page.evaluate(() => window.__sightline.cy.nodes(':selected').map((n) => n.id()));

/** The drawn neighbours of an entity, sorted by name, with the relationship words between them. */
function drawnNeighbours(page: Page, id: string) {
  return page.evaluate((centre) => {
    const x = window.__sightline.explorer;
    const { nodes, edges } = x.visible();
    const shown = new Set(nodes.map((n) => n.id()));
    const found = new Map<string, string[]>();
    edges.forEach((e) => {
      const [s, t] = [e.data('source') as string, e.data('target') as string];
      if (s !== centre && t !== centre) return;
      const other = s === centre ? t : s;
      if (!shown.has(other)) return;
      found.set(other, [...(found.get(other) ?? []), e.data('type') as string]);
    });
    const label = (n: string) => x.cy.getElementById(n).data('label') as string;
    return [...found].map(([nid, types]) => ({ id: nid, label: label(nid), type: x.cy.getElementById(nid).data('type') as string, types }))
      .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  }, id);
}

describe('the canvas walked by keyboard', { timeout: 240_000 }, () => {
  it('is reached by Tab after the filters and by the skip link, and announces where the walk starts', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('#filters input, #filters button, #filters summary')].filter((el) => el.offsetParent !== null && !(el as HTMLInputElement).disabled);
      all.at(-1)!.focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('application');
    const start = await page.evaluate(() => {
      const x = window.__sightline.explorer;
      const { nodes, edges } = x.visible();
      const degree = (id: string) => edges.filter((e) => e.data('source') === id || e.data('target') === id).length;
      return nodes.map((n) => ({ id: n.id(), label: n.data('label') as string, degree: degree(n.id()) }))
        .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label))[0]!;
    });
    expect(await marked(page)).toEqual([start.id]);
    await expect.poll(() => announced(page)).toContain(`${start.label}, `);
    expect(await announced(page)).toContain(`${start.degree > 0 ? (await drawnNeighbours(page, start.id)).length : 'no'} neighbour`);

    await page.locator('#search').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the graph');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id), 'the skip link lands on the walkable canvas').toBe('cy');
    await page.close();
  });

  it('walks from an entity to each neighbour and on, saying each link, then opens the inspector with Enter and comes back with Escape', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await page.locator('a.skip-link').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => marked(page)).toHaveLength(1);
    const [centre] = await marked(page);
    const centreLabel = await page.evaluate((id) => window.__sightline.cy.getElementById(id).data('label') as string, centre!);
    const around = await drawnNeighbours(page, centre!);
    expect(around.length, 'the seed view\'s best connected entity has neighbours').toBeGreaterThan(2);

    // Right walks the neighbours in name order and wraps round; each step names the link to the centre.
    for (const [i, n] of around.entries()) {
      await page.keyboard.press('ArrowRight');
      expect(await marked(page)).toEqual([n.id]);
      const text = await announced(page);
      expect(text).toMatch(new RegExp(`^${n.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, ${n.type}`));
      expect(text).toContain(`(${i + 1} of ${around.length} neighbours)`);
      expect(text).toContain(centreLabel);
    }
    await page.keyboard.press('ArrowRight');
    expect(await marked(page)).toEqual([around[0]!.id]);
    await page.keyboard.press('ArrowLeft');
    expect(await marked(page)).toEqual([around.at(-1)!.id]);
    expect(await announced(page)).toContain(`(${around.length} of ${around.length} neighbours)`);
    // The relationship words are the drawn edge's: a "supplies" edge is heard as "supplies".
    const words = await page.evaluate((types) => types.map((t) => window.__sightline.cy.edges(`[type = "${t}"]`).first().style('label') as string), around.at(-1)!.types);
    for (const w of words) expect(await announced(page)).toContain(w);
    // The focus mark is not the selection: nothing the keys h, p and Delete act on was chosen.
    expect(await selected(page)).toEqual([]);

    // Down walks on from the neighbour; Up comes back to the first centre.
    const next = around.at(-1)!;
    await page.keyboard.press('ArrowDown');
    expect(await marked(page)).toEqual([next.id]);
    const onward = await drawnNeighbours(page, next.id);
    expect(await announced(page)).toContain(`${next.label}, ${next.type}`);
    expect(await announced(page)).toContain(`${onward.length} neighbour`);
    await page.keyboard.press('ArrowRight');
    expect(await marked(page)).toEqual([onward[0]!.id]);
    await page.keyboard.press('ArrowUp');
    expect(await marked(page)).toEqual([centre]);
    expect(await announced(page)).toMatch(new RegExp(`^${centreLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `));

    // Enter inspects the entity in focus, and focus goes with the inspector.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.locator('#side .relationships').waitFor({ timeout: 30_000 });
    await waitIdle(page);
    expect(await page.locator('#side-title').textContent()).toContain(around[0]!.label);
    expect(await page.evaluate(() => document.getElementById('side')!.contains(document.activeElement))).toBe(true);
    expect(await selected(page)).toEqual([around[0]!.id]);

    // Escape closes it and the walk goes on from where it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.getElementById('side')!.hidden)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
    expect(await marked(page)).toEqual([around[0]!.id]);
    await expect.poll(() => announced(page)).toContain(`(1 of ${around.length} neighbours)`);
    await page.close();
  });

  it('draws the focus mark only while the canvas has keyboard focus', async () => {
    const page = await web.context.newPage();
    await openExplorer(page, web.server.url);
    await page.locator('a.skip-link').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => marked(page)).toHaveLength(1);
    const ring = await page.evaluate(() => {
      const n = window.__sightline.cy.nodes('.kbd-focus');
      return { width: n.style('outline-width'), color: n.style('outline-color'), style: n.style('outline-style') };
    });
    expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
    expect(ring.style).toBe('dashed');
    await page.keyboard.press('Shift+Tab');
    expect(await marked(page)).toEqual([]);
    await page.close();
  });
});
