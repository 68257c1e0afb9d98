/**
 * Canvas performance in headless Chromium (software rendering: --disable-gpu): a synthetic graph of
 * 5,000 nodes and 10,000 edges loaded straight into the canvas through `window.__sightline.loadElements`,
 * timing the explorer's own fcose layout and counting frames while the view pans. Numbers go to
 * tests/artifacts/perf.json; the bounds below only catch a collapse, not a slow machine.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONTOLOGY } from '../../ingest/ontology.ts';
import type { GraphEdge, GraphNode } from '../../web/src/api/types.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { ARTIFACTS, ensureWebBuild, launchBrowser } from './browser.ts';

const NODES = 5_000;
const EDGES = 10_000;
const PAN_MS = 3_000;

/** Deterministic so runs compare: a small linear congruential generator. */
function synthetic(): { nodes: GraphNode[]; edges: GraphEdge[] } {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const types = ONTOLOGY.entityTypes.map((t) => t.name);
  const rels = ONTOLOGY.relationTypes.map((r) => r.name);
  const nodes: GraphNode[] = Array.from({ length: NODES }, (_, i) => ({
    data: { id: `n${i}`, label: `Entity ${i}`, type: types[i % types.length], aliases: [], origin: 'catalog' },
  }));
  // A few hubs take a share of the edges, as vendors and states do in the real graph.
  const pick = () => (rand() < 0.2 ? Math.floor(rand() * 50) : Math.floor(rand() * NODES));
  const edges: GraphEdge[] = [];
  for (let i = 0; edges.length < EDGES; i++) {
    const s = pick();
    const t = pick();
    if (s === t) continue;
    edges.push({ data: { id: `e${i}`, source: `n${s}`, target: `n${t}`, type: rels[i % rels.length], confidence: 0.5 + rand() / 2, evidenceCount: 1 + Math.floor(rand() * 4), years: [] } });
  }
  return { nodes, edges };
}

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

describe('canvas performance', () => {
  it(`lays out ${NODES} nodes and ${EDGES} edges and pans`, { timeout: 600_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__sightline?.firstViewMs !== undefined, null, { timeout: 90_000 });
    const result = await page.evaluate(async ({ graph, panMs }) => {
      const s = window.__sightline;
      const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
      const t0 = performance.now();
      const layoutMs = await s.loadElements(graph);
      await frame();
      await frame();
      const loadedMs = performance.now() - t0;
      let frames = 0;
      let worstFrameMs = 0;
      const start = performance.now();
      let last = start;
      while (last - start < panMs) {
        s.cy.panBy({ x: 4, y: 2 });
        const now = await frame();
        worstFrameMs = Math.max(worstFrameMs, now - last);
        last = now;
        frames++;
      }
      return { layoutMs, loadedMs, fps: frames / ((last - start) / 1000), worstFrameMs, nodes: s.cy.nodes().length, edges: s.cy.edges().length };
    }, { graph: synthetic(), panMs: PAN_MS });
    await page.screenshot({ path: join(ARTIFACTS, 'perf-5000.png') });

    // Panning as an analyst does, dragging the background: Cytoscape then moves a snapshot of the canvas.
    const box = await page.evaluate(() => {
      const cy = window.__sightline.cy;
      cy.zoom({ level: cy.zoom() * 0.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      const r = cy.container()!.getBoundingClientRect();
      return { x: r.left + 8, y: r.top + 8, panX: cy.pan().x };
    });
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number; __counting: boolean };
      w.__frames = 0;
      w.__counting = true;
      const tick = () => { if (!w.__counting) return; w.__frames++; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    const dragStart = Date.now();
    await page.mouse.move(box.x, box.y);
    await page.mouse.down();
    for (let i = 1; Date.now() - dragStart < PAN_MS; i++) await page.mouse.move(box.x + (i % 200) * 2, box.y + (i % 200));
    await page.mouse.up();
    const dragFrames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number; __counting: boolean };
      w.__counting = false;
      return w.__frames;
    });
    const dragFps = dragFrames / ((Date.now() - dragStart) / 1000);
    expect(await page.evaluate(() => window.__sightline.cy.pan().x)).not.toBe(box.panX);
    expect(dragFps).toBeGreaterThan(1);
    await page.close();
    writeFileSync(join(ARTIFACTS, 'perf.json'), JSON.stringify({ ...result, dragFps }, null, 2));
    console.log(`synthetic ${result.nodes} nodes / ${result.edges} edges: fcose ${Math.round(result.layoutMs)} ms, loaded and painted ${Math.round(result.loadedMs)} ms, programmatic panning ${result.fps.toFixed(1)} fps (worst frame ${Math.round(result.worstFrameMs)} ms), mouse-drag panning ${dragFps.toFixed(1)} fps`);
    expect(result.nodes).toBe(NODES);
    expect(result.edges).toBe(EDGES);
    expect(result.fps).toBeGreaterThan(0.2);
  });
});
