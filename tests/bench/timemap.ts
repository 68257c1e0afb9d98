/**
 * @module Timeline and map benchmark: in headless Chromium, the built explorer gets N elements of the
 * synthetic graph (as the web part loads them), then we time what an analyst waits for: the timeline
 * drawn from its answer, the map opened (its /api/geo answer and drawing), and each view redrawn when
 * the canvas changes (a period brushed, a filter set). The views' own draw times come from the
 * `data-render-ms` each panel writes; the rest is wall time in the page, to the next painted frame.
 */
import { browserMissing, CHROMIUM, launchBrowser } from '../web/browser.ts';
import { openBenchDatabase } from './db.ts';
import { benchGraphSpec } from './graph.ts';
import { ensureGraph } from './load-graph.ts';
import { printTable, round, writeResults, type Row } from './measure.ts';
import { startBenchServer } from './server.ts';
import { elements } from './web.ts';

export interface TimemapOptions {
  elements: number[];
}

interface PageResult {
  timelineItems: number; timelineApiMs: number; timelineOpenMs: number; timelineDrawMs: number; timelineRedrawMs: number;
  mapApiMs: number; mapOpenMs: number; mapDrawMs: number; mapRedrawMs: number; arcs: number; placed: number;
}

export async function benchTimemap(o: TimemapOptions): Promise<void> {
  const missing = browserMissing();
  if (missing) {
    console.log(`\n## Timeline and map\nskipped: ${missing}`);
    writeResults('timemap', { skipped: missing });
    return;
  }
  const spec = benchGraphSpec(10_000);
  const db = await openBenchDatabase(`graph-${spec.entities}`);
  const { graph } = await ensureGraph(db, spec, (l) => console.error(l));
  const { app, url } = await startBenchServer(db);
  const browser = await launchBrowser();
  const rows: Row[] = [];
  const runs: object[] = [];
  try {
    for (const count of o.elements) {
      const data = elements(graph, count);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      await page.route('**/api/documents', (route) => route.fulfill({ json: { documents: [] } }));
      await page.goto(url);
      await page.waitForFunction(() => window.__sightline?.firstViewMs !== undefined, undefined, { timeout: 60_000 });
      // The timeline is open from the start, so the load below already fetches and draws it once.
      await page.evaluate(async (g) => { await window.__sightline.loadElements(g); }, data);
      await page.waitForFunction(() => window.__sightline.idle() && Number(document.querySelector<HTMLElement>('#timeline')?.dataset.items) > 0, undefined, { timeout: 120_000 });
      const r = await page.evaluate(async (): Promise<PageResult> => {
        const s = window.__sightline;
        const x = s.explorer;
        const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
        const timeline = document.querySelector<HTMLElement>('#timeline')!;
        const map = document.querySelector<HTMLElement>('#map-view')!;
        const ids = s.cy.nodes().map((n) => n.id());
        /** Resolves when the panel writes a draw time that passes `ready`, and one more frame paints it. */
        const drawn = async (panel: HTMLElement, ready: () => boolean) => {
          delete panel.dataset.renderMs;
          for (;;) {
            await frame();
            if (panel.dataset.renderMs !== undefined && ready()) break;
            if (panel.dataset.renderMs !== undefined) delete panel.dataset.renderMs;
          }
          await frame();
          return Number(map === panel ? map.dataset.renderMs : timeline.dataset.renderMs);
        };
        let t = performance.now();
        await x.api.timeline(ids, s.cy.edges().map((e) => e.id()));
        const timelineApiMs = performance.now() - t;
        t = performance.now();
        await x.api.geo(ids);
        const mapApiMs = performance.now() - t;

        // Timeline closed and opened again: drawn from the answer it holds.
        document.querySelector<HTMLButtonElement>('#toggle-timeline')!.click();
        await frame();
        t = performance.now();
        document.querySelector<HTMLButtonElement>('#toggle-timeline')!.click();
        const timelineDrawMs = await drawn(timeline, () => Number(timeline.dataset.items) > 0);
        const timelineOpenMs = performance.now() - t;

        // The map's first opening: its /api/geo answer, then the drawing of what it places.
        t = performance.now();
        document.querySelector<HTMLButtonElement>('#toggle-map')!.click();
        const mapDrawMs = await drawn(map, () => Number(map.dataset.located) > 0);
        const mapOpenMs = performance.now() - t;

        // A change of the canvas (as a brush or a filter makes) redraws both views.
        t = performance.now();
        x.setFilters({ ...x.filters, minConfidence: 0.7 });
        const [timelineRedrawMs, mapRedrawMs] = await Promise.all([drawn(timeline, () => true), drawn(map, () => true)]);
        return {
          timelineItems: Number(timeline.dataset.items), timelineApiMs, timelineOpenMs, timelineDrawMs, timelineRedrawMs,
          mapApiMs, mapOpenMs, mapDrawMs, mapRedrawMs, arcs: Number(map.dataset.arcs), placed: Number(map.dataset.located),
        };
      });
      await page.close();
      const run = { elements: data.nodes.length + data.edges.length, ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)])) } as Record<string, number>;
      runs.push(run);
      rows.push({
        elements: run.elements, 'timeline items': run.timelineItems, 'POST /api/timeline ms': run.timelineApiMs, 'timeline draw ms': run.timelineDrawMs,
        'timeline open to painted ms': run.timelineOpenMs, 'timeline redraw ms': run.timelineRedrawMs,
        'entities placed': run.placed, arcs: run.arcs, 'POST /api/geo ms': run.mapApiMs, 'map draw ms': run.mapDrawMs,
        'map open to painted ms': run.mapOpenMs, 'map redraw ms': run.mapRedrawMs,
      });
      console.error(`  ${run.elements} elements: timeline drawn in ${run.timelineDrawMs} ms, map opened in ${run.mapOpenMs} ms`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
  printTable('Timeline and map (headless Chromium, software rendering: --disable-gpu)', rows);
  writeResults('timemap', { chromium: CHROMIUM, viewport: '1280x800', runs });
}
