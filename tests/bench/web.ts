/**
 * @module Web benchmark: in headless Chromium, the built explorer (web/dist, served by the app)
 * gets N elements through `window.__sightline.loadElements` (the path an API answer takes into the
 * canvas, with the UI's own fcose options), and we time data-in to laid-out, painted canvas, then
 * count frames Cytoscape renders while the view pans for two seconds, then again with edges hidden
 * to see how much of a frame is edge drawing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { browserMissing, CHROMIUM, launchBrowser } from '../web/browser.ts';
import type { EntityType } from '../../cypher/ontology.ts';
import type { GraphEdge, GraphNode } from '../../web/src/api/types.ts';
import { openBenchDatabase } from './db.ts';
import { benchGraphSpec, SyntheticGraph } from './graph.ts';
import { ensureGraph } from './load-graph.ts';
import { printTable, RESULTS_DIR, round, writeResults, type Row } from './measure.ts';
import { summariseProfile, type Profile } from './profile.ts';
import { startBenchServer } from './server.ts';

const PAN_SECONDS = 2;
/** The element count whose load is profiled: the 5k target. */
const PROFILE_AT = 5000;

export interface WebOptions {
  elements: number[];
}

/** Cytoscape elements as the API sends them: the first relationships of the synthetic graph and their ends. */
export function elements(graph: SyntheticGraph, count: number): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const byId = new Map<string, number>();
  for (let i = 0; i < graph.spec.entities; i++) byId.set(graph.entity(i).id, i);
  for (const batch of graph.relationshipBatches(1000)) {
    for (const r of batch) {
      if (nodes.size + edges.length >= count) return { nodes: [...nodes.values()], edges };
      for (const id of [r.source, r.target]) {
        if (nodes.has(id)) continue;
        const e = graph.entity(byId.get(id)!);
        nodes.set(id, { data: { id, label: e.name, type: e.type satisfies EntityType, aliases: e.aliases, origin: e.origin, ...(e.country ? { country: e.country } : {}) } });
      }
      const p = r.props;
      edges.push({ data: { id: p.id, source: r.source, target: r.target, type: r.type, confidence: p.confidence, evidenceCount: p.evidenceCount, years: p.years, ...(p.status ? { status: p.status } : {}) } });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

const FIRST_VIEW_TIMEOUT_MS = 120_000;

/** What an analyst waits for on opening the explorer over this graph: the start-up overview, as shipped. */
async function firstViewOf(browser: Browser, url: string): Promise<{ ms?: number; documents: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  let documents = 0;
  page.on('request', (r) => { if (/\/api\/documents\/[^/?]+$/.test(new URL(r.url()).pathname)) documents++; });
  try {
    await page.goto(url);
    const ms = await page.waitForFunction(() => window.__sightline?.firstViewMs, undefined, { timeout: FIRST_VIEW_TIMEOUT_MS });
    return { ms: round((await ms.jsonValue()) as number), documents };
  } catch {
    return { documents };
  } finally {
    await page.close();
  }
}

interface PageResult { layoutMs: number; readyMs: number; renders: number; frames: number; worstFrameMs: number; rendersWithoutEdges: number }

export async function benchWeb(o: WebOptions): Promise<void> {
  const missing = browserMissing();
  if (missing) {
    console.log(`\n## Web\nskipped: ${missing}`);
    writeResults('web', { skipped: missing });
    return;
  }
  const spec = benchGraphSpec(10_000);
  const db = await openBenchDatabase(`graph-${spec.entities}`);
  const { graph } = await ensureGraph(db, spec, (l) => console.error(l));
  const { app, url } = await startBenchServer(db);
  const browser = await launchBrowser();
  const rows: Row[] = [];
  const runs: object[] = [];
  let firstView: { ms?: number; documents: number } = { documents: 0 };
  try {
    firstView = await firstViewOf(browser, url);
    console.error(`  explorer first view on the ${spec.entities}-entity graph: ${firstView.ms !== undefined ? `${firstView.ms} ms` : `over ${FIRST_VIEW_TIMEOUT_MS / 1000} s`}`);
    for (const count of o.elements) {
      const data = elements(graph, count);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // tsx compiles the evaluated function with esbuild's keepNames, which calls a __name helper the page lacks.
      await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      // No documents means no start-up overview, so nothing else lays out or fetches while we measure.
      await page.route('**/api/documents', (route) => route.fulfill({ json: { documents: [] } }));
      await page.goto(url);
      await page.waitForFunction(() => window.__sightline?.firstViewMs !== undefined, undefined, { timeout: 60_000 });
      const r = await page.evaluate(async ({ data: g, panSeconds }): Promise<PageResult> => {
        const s = window.__sightline;
        const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));
        const t0 = performance.now();
        const layoutMs = await s.loadElements(g);
        await nextFrame();
        await nextFrame();
        const readyMs = performance.now() - t0;
        const pan = async () => {
          let renders = 0;
          const onRender = () => { renders++; };
          s.cy.on('render', onRender);
          let frames = 0;
          let worstFrameMs = 0;
          const start = performance.now();
          let last = start;
          while (last - start < panSeconds * 1000) {
            s.cy.panBy({ x: 3, y: 2 });
            const now = await nextFrame();
            worstFrameMs = Math.max(worstFrameMs, now - last);
            last = now;
            frames++;
          }
          s.cy.off('render', onRender);
          return { renders, frames, worstFrameMs };
        };
        const { renders, frames, worstFrameMs } = await pan();
        // The same pan with edges hidden: how much of a frame is edge drawing.
        s.cy.edges().style('display', 'none');
        const noEdges = await pan();
        return { layoutMs, readyMs, renders, frames, worstFrameMs, rendersWithoutEdges: noEdges.renders };
      }, { data, panSeconds: PAN_SECONDS });
      if (count === PROFILE_AT) {
        // A second load of the same elements under the CPU profiler: where the non-layout time goes.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
        await page.evaluate(async (g) => { await window.__sightline.loadElements(g); }, data);
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(join(RESULTS_DIR, `web-${count}.cpuprofile`), JSON.stringify(profile));
        console.log(`\nCPU profile of loading ${count} elements (a second load, profiler on):`);
        summariseProfile(profile as unknown as Profile, 12);
      }
      await page.close();
      const run = {
        elements: data.nodes.length + data.edges.length, nodes: data.nodes.length, edges: data.edges.length,
        layoutMs: round(r.layoutMs), readyMs: round(r.readyMs), panFps: round(r.renders / PAN_SECONDS), panFpsWithoutEdges: round(r.rendersWithoutEdges / PAN_SECONDS), frameFps: round(r.frames / PAN_SECONDS), worstFrameMs: round(r.worstFrameMs),
      };
      runs.push(run);
      rows.push({
        elements: run.elements, nodes: run.nodes, edges: run.edges, 'fcose layout ms': run.layoutMs, 'data to painted ms': run.readyMs,
        'pan fps (cy renders)': run.panFps, 'pan fps (frames)': run.frameFps, 'worst frame ms': run.worstFrameMs,
        'pan fps, edges hidden': run.panFpsWithoutEdges,
      });
      console.error(`  ${run.elements} elements: ready in ${run.readyMs} ms, pan ${run.panFps} fps`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
  printTable('Web (headless Chromium, software rendering: --disable-gpu)', rows);
  console.log(`Explorer first view on the ${spec.entities}-entity graph (start-up overview, ${firstView.documents} document requests): ${firstView.ms !== undefined ? `${firstView.ms} ms` : `not within ${FIRST_VIEW_TIMEOUT_MS / 1000} s`}`);
  writeResults('web', { chromium: CHROMIUM, viewport: '1280x800', panSeconds: PAN_SECONDS, firstView, runs });
}
