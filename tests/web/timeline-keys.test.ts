/**
 * The timeline's period brushed by keyboard (#17), in headless Chromium against the real server with
 * the seed graph: Tab reaches the brush, which says what it is, its keys and its period; arrows move
 * the period, Shift+arrows move its end, Home and End send it to either end, Esc and Delete give all
 * years back; a period chosen so hides the 2020 edges on the canvas and the map and travels in the
 * share link, as a pointer brush's does; and keys pressed there never reach the canvas's shortcuts.
 * Expected years are read from the drawn timeline itself.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean } from './axe.ts';
import { openExplorer, waitIdle } from './browser.ts';
import { seededBrowser } from './seeded-browser.ts';

/** Vendors, their customers and the countries between them, as in the timeline and map suite. */
const VIEW = ['hikvision', 'dahua', 'huawei', 'kazakhstan', 'almaty', 'china', 'cisco', 'dell', 'hp', 'nvidia', 'moscow', 'russia',
  'united-states', 'ukraine', 'ntechlab', 'facial-recognition', 'us-department-of-commerce', 'korkem-telecom', 'sergek'];

const web = seededBrowser({ context: { viewport: { width: 1400, height: 900 } } });
const pageErrors: string[] = [];
const SLOW = { timeout: 30_000 };
const BRUSH = '#timeline .timeline-brush-keys';

async function openView(): Promise<Page> {
  const page = await web.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await openExplorer(page, `${web.server.url}/#n=${VIEW.join(',')}`);
  await page.locator('#timeline circle.timeline-item').first().waitFor(SLOW);
  await waitIdle(page);
  return page;
}

/** The period as the timeline's head shows it, and as the brush tells a screen reader. */
const shown = (page: Page) => page.evaluate((sel) => [
  document.querySelector('#timeline output.timeline-period')!.textContent,
  document.querySelector(sel)!.getAttribute('aria-valuetext'),
], BRUSH);
const expectPeriod = (page: Page, text: string) => expect.poll(() => shown(page), SLOW).toEqual([text, text]);
const period = (page: Page) => page.evaluate(() => window.__sightline.explorer.period);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');
/** The years the timeline places items at, from its dots. */
const years = async (page: Page) => (await page.locator('#timeline circle.timeline-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-year') ?? '')))
  .filter(Boolean).map(Number);
const canvasVisible = (page: Page, ids: string[]) => page.evaluate((ids) => ids.map((id) => window.__sightline.cy.getElementById(id).visible()), ids);
const arcEdges = (page: Page) => page.locator('#map-view path.arc').evaluateAll((els) => els.flatMap((e) => (e.getAttribute('data-edges') ?? '').split(' ')));

/** Chooses 2017-2019 from the keyboard alone: Home, → to 2017, then Shift+→ twice. */
async function keyTo2017to2019(page: Page): Promise<void> {
  await page.locator(BRUSH).focus();
  await page.keyboard.press('Home');
  const first = Math.min(...await years(page));
  for (let y = first; y < 2017; y++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expectPeriod(page, '2017–2019');
}

describe('the timeline\'s period by keyboard', { timeout: 240_000 }, () => {
  it('is reached by Tab from the timeline\'s body, says what it is and its keys, and arrows, Shift+arrows, Home and End choose, move and resize the period', async () => {
    const page = await openView();
    const ys = await years(page);
    const [first, last] = [Math.min(...ys), Math.max(...ys)];
    expect(last - first).toBeGreaterThanOrEqual(3);

    await page.locator('#timeline .timeline-body').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('timeline-brush-keys');
    const brush = page.locator(BRUSH);
    expect(await brush.getAttribute('role')).toBe('slider');
    expect(await brush.getAttribute('aria-label')).toBe('Period shown on the canvas and the map');
    const described = await page.locator(`#${await brush.getAttribute('aria-describedby')}`).textContent();
    for (const key of ['← / →', 'Shift+← / →', 'Home / End', 'Esc / Delete']) expect(described).toContain(key);
    expect(await shown(page)).toEqual(['all years', 'all years']);

    // With no period, → starts one at the first year and ← one at the last.
    await page.keyboard.press('ArrowRight');
    await expectPeriod(page, String(first));
    await page.keyboard.press('Escape');
    await expectPeriod(page, 'all years');
    await page.keyboard.press('ArrowLeft');
    await expectPeriod(page, String(last));
    // A move stops at the last year; Shift+← cannot narrow a one-year period further.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowLeft');
    await expectPeriod(page, String(last));
    await page.keyboard.press('ArrowLeft');
    await expectPeriod(page, String(last - 1));

    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expectPeriod(page, `${first}–${first + 2}`);
    await page.keyboard.press('ArrowRight');
    await expectPeriod(page, `${first + 1}–${first + 3}`);
    await page.keyboard.press('Shift+ArrowLeft');
    await expectPeriod(page, `${first + 1}–${first + 2}`);
    // End keeps the period's width.
    await page.keyboard.press('End');
    await expectPeriod(page, `${last - 1}–${last}`);
    expect(await period(page)).toEqual({ from: last - 1, to: last, undated: true });

    // The brush is drawn where the keys put it, and focus stays on it across the timeline's redraws.
    await waitIdle(page);
    const ticks = await page.locator('#timeline .axis .tick').evaluateAll((els) => els.map((e) => ({ year: e.textContent, x: Number(/translate\(([-\d.]+)/.exec(e.getAttribute('transform') ?? '')?.[1]) })));
    const selection = page.locator('#timeline .brush rect.selection');
    const x0 = Number(await selection.getAttribute('x'));
    const at = ticks.find((t) => t.year === String(last - 1));
    expect(at).toBeDefined();
    expect(Math.abs(x0 - at!.x)).toBeLessThan(1);
    expect(await focused(page)).toBe('timeline-brush-keys');
    await expectClean(page, 'timeline brush in focus with a period');
    // ? still opens the help from the brush, and the help lists the brush's keys.
    await page.keyboard.press('?');
    const help = page.locator('#help-dialog[open] table.shortcuts');
    await help.waitFor(SLOW);
    const rows = await help.locator('tr').evaluateAll((trs) => trs.map((tr) => ({ keys: tr.querySelector('kbd')?.textContent, label: tr.querySelectorAll('td')[1]?.textContent ?? '' })));
    expect(rows.filter((r) => r.label.startsWith('On the timeline\'s period')).map((r) => r.keys)).toEqual(['← / →', 'Shift+← / →', 'Home / End', 'Esc / Delete']);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a period of 2017-2019 chosen by keys hides the 2020 edges on the canvas and the map, and the share link carries it', async () => {
    const page = await openView();
    await page.click('#toggle-map');
    await page.locator('#map-view path.arc').first().waitFor(SLOW);
    const dots = await page.locator('#timeline circle.timeline-item').evaluateAll((els) => els.map((e) => ({ edge: e.getAttribute('data-edge')!, year: e.getAttribute('data-year')! })));
    const yearsOf = new Map<string, string[]>();
    for (const d of dots) yearsOf.set(d.edge, [...(yearsOf.get(d.edge) ?? []), d.year]);
    const in2020 = [...yearsOf].filter(([, ys]) => ys.every((y) => y === '2020')).map(([e]) => e);
    const inside = [...yearsOf].filter(([, ys]) => ys.some((y) => Number(y) >= 2017 && Number(y) <= 2019)).map(([e]) => e);
    expect(in2020.length).toBeGreaterThan(0);
    expect(inside.length).toBeGreaterThan(0);
    expect(await canvasVisible(page, in2020)).toEqual(in2020.map(() => true));
    expect((await arcEdges(page)).filter((e) => in2020.includes(e)).length).toBeGreaterThan(0);

    await keyTo2017to2019(page);
    await waitIdle(page);
    expect(await period(page)).toEqual({ from: 2017, to: 2019, undated: true });
    expect(await canvasVisible(page, in2020)).toEqual(in2020.map(() => false));
    expect(await canvasVisible(page, inside)).toEqual(inside.map(() => true));
    await expect.poll(async () => (await arcEdges(page)).filter((e) => in2020.includes(e)), SLOW).toEqual([]);
    await expect.poll(() => page.evaluate(() => location.hash), SLOW).toMatch(/[#&]tp=2017-2019(&|$)/);

    // Esc there gives all years back: the 2020 edges return and the link drops the period.
    await page.keyboard.press('Escape');
    await expectPeriod(page, 'all years');
    await expect.poll(() => canvasVisible(page, in2020), SLOW).toEqual(in2020.map(() => true));
    await expect.poll(() => page.evaluate(() => location.hash), SLOW).not.toMatch(/[#&]tp=/);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('keeps its keys from the canvas shortcuts: letters do nothing there, Delete and Esc clear the period without removing the selection or closing the timeline; a text field keeps the arrows', async () => {
    const page = await openView();
    await page.evaluate(() => window.__sightline.cy.getElementById('hikvision').select());
    await keyTo2017to2019(page);
    const mapOpen = await page.locator('#map-view').isVisible();

    // m (map), l (timeline), t (table), h (hide), e (expand), p (pin): none acts from the brush.
    for (const key of ['m', 'l', 't', 'h', 'e', 'p']) await page.keyboard.press(key);
    await waitIdle(page);
    expect(await page.locator('#map-view').isVisible()).toBe(mapOpen);
    expect(await page.locator('#timeline').isVisible()).toBe(true);
    expect(await page.locator('#table-view').isHidden()).toBe(true);
    expect(await page.evaluate(() => {
      const n = window.__sightline.cy.getElementById('hikvision');
      return { drawn: n.nonempty() && n.visible(), selected: n.selected(), pinned: n.locked() };
    })).toEqual({ drawn: true, selected: true, pinned: false });
    const drawnBefore = await page.evaluate(() => window.__sightline.cy.nodes().length);
    expect(await shown(page)).toEqual(['2017–2019', '2017–2019']);

    // Delete clears the period, and the selected entity stays on the canvas.
    await page.keyboard.press('Delete');
    await expectPeriod(page, 'all years');
    await waitIdle(page);
    expect(await page.evaluate(() => window.__sightline.cy.getElementById('hikvision').nonempty())).toBe(true);
    expect(await page.evaluate(() => window.__sightline.cy.nodes().length)).toBe(drawnBefore);

    // Esc with a period clears it and leaves the timeline open; with none, it closes the timeline as Esc in the panel does.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => shown(page), SLOW).not.toEqual(['all years', 'all years']);
    await page.keyboard.press('Escape');
    await expectPeriod(page, 'all years');
    expect(await page.locator('#timeline').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.__sightline.cy.getElementById('hikvision').selected())).toBe(true);

    // Arrows typed in the search field move its caret, not the period.
    await page.fill('#search', 'hik');
    await page.locator('#search').press('ArrowLeft');
    await page.locator('#search').press('Home');
    expect(await period(page)).toBeNull();

    await page.locator(BRUSH).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#timeline').isVisible(), SLOW).toBe(false);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
