/**
 * @module Delivery benchmark: what opening the explorer costs over the wire. In headless Chromium,
 * the built explorer served by the app over the 10k graph, each run from an empty cache: bytes
 * transferred until the first view is laid out (the page, its scripts and styles, the API answers),
 * first contentful paint (the page's own HTML: the top bar), when the explorer's script starts to run
 * (its first-view scripts fetched and parsed), and time to interactive (the first view laid out and
 * every panel mounted, `window.__sightline.firstViewMs` set), all from navigation start; then the same page opened
 * again with the cache warm. On loopback, and on a slow 4G link (Lighthouse's mobile throttling:
 * 1.6 Mbit/s down, 150 ms round trip), where transfer size turns into waiting.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { CHROMIUM, ensureWebBuild, launchBrowser } from '../web/browser.ts';
import { openBenchDatabase } from './db.ts';
import { benchGraphSpec } from './graph.ts';
import { ensureGraph } from './load-graph.ts';
import { percentile, printTable, round, writeResults, type Row } from './measure.ts';
import { startBenchServer } from './server.ts';


export interface DeliveryOptions {
  /** Cold loads per network; the median is reported. */
  runs: number;
}

const NETWORKS = [
  { name: 'loopback', conditions: undefined },
  { name: 'slow 4G', conditions: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } },
] as const;

type Kind = 'html' | 'js' | 'css' | 'api' | 'other';

interface Load {
  fcpMs: number;
  /** When the explorer's script began to run: the page and its first-view scripts fetched and parsed. */
  scriptMs: number;
  interactiveMs: number;
  bytes: Record<Kind, number>;
  scripts: number;
  encodings: string[];
}

function kindOf(url: string, type: string): Kind {
  const path = new URL(url).pathname;
  if (path.startsWith('/api/')) return 'api';
  if (type === 'Document') return 'html';
  if (type === 'Script') return 'js';
  if (type === 'Stylesheet') return 'css';
  return 'other';
}

/** Counts bytes as they came over the wire (headers and encoded bodies), per kind of resource. */
function watchTransfer(cdp: CDPSession): () => Omit<Load, 'fcpMs' | 'scriptMs' | 'interactiveMs'> {
  const requests = new Map<string, { kind: Kind; encoding?: string }>();
  const bytes: Record<Kind, number> = { html: 0, js: 0, css: 0, api: 0, other: 0 };
  let scripts = 0;
  const encodings = new Set<string>();
  cdp.on('Network.responseReceived', (e) => {
    const kind = kindOf(e.response.url, e.type);
    const encoding = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1] as string | undefined;
    requests.set(e.requestId, { kind, encoding });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    bytes[r.kind] += e.encodedDataLength;
    if (r.kind === 'js') scripts++;
    if (r.kind !== 'api' && r.kind !== 'other') encodings.add(`${r.kind}:${r.encoding ?? 'identity'}`);
  });
  return () => ({ bytes: { ...bytes }, scripts, encodings: [...encodings].sort() });
}

async function open(browser: Browser, url: string, conditions: (typeof NETWORKS)[number]['conditions'], warm: boolean): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    if (warm) {
      // A first visit fills the cache; the measured one is the second.
      const first = await context.newPage();
      await first.goto(url);
      await first.waitForFunction(() => window.__sightline?.firstViewMs !== undefined, undefined, { timeout: 120_000 });
      await first.close();
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
    const transfer = watchTransfer(cdp);
    await page.goto(url);
    // Polled every frame, so the time is within a frame of the moment the view became usable.
    const interactive = await page.waitForFunction(() => window.__sightline?.firstViewMs !== undefined && performance.now(), undefined, { timeout: 180_000, polling: 'raf' });
    const interactiveMs = (await interactive.jsonValue()) as number;
    const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    const scriptMs = interactiveMs - await page.evaluate(() => window.__sightline.firstViewMs!);
    // Lets the last answers finish counting.
    await page.waitForTimeout(200);
    return { fcpMs, scriptMs, interactiveMs, ...transfer() };
  } finally {
    await context.close();
  }
}

const kb = (n: number) => round(n / 1024);

export async function benchDelivery(o: DeliveryOptions): Promise<void> {
  ensureWebBuild();
  const spec = benchGraphSpec(10_000);
  const db = await openBenchDatabase(`graph-${spec.entities}`);
  await ensureGraph(db, spec, (l) => console.error(l));
  const { app, url } = await startBenchServer(db);
  const browser = await launchBrowser();
  const rows: Row[] = [];
  const results: object[] = [];
  try {
    for (const network of NETWORKS) {
      for (const warm of [false, true]) {
        const loads: Load[] = [];
        for (let i = 0; i < o.runs; i++) loads.push(await open(browser, url, network.conditions, warm));
        const median = (f: (l: Load) => number) => round(percentile(loads.map(f), 50));
        const last = loads.at(-1)!;
        const total = (l: Load) => Object.values(l.bytes).reduce((a, b) => a + b, 0);
        const row = {
          network: network.name, cache: warm ? 'warm' : 'empty',
          'first contentful paint ms': median((l) => l.fcpMs), 'script running ms': median((l) => l.scriptMs), 'interactive ms': median((l) => l.interactiveMs),
          'transferred KB': kb(median(total)), 'JS KB': kb(median((l) => l.bytes.js)), 'scripts': last.scripts,
          'HTML+CSS KB': kb(median((l) => l.bytes.html + l.bytes.css)), 'API KB': kb(median((l) => l.bytes.api)),
        };
        rows.push(row);
        results.push({ ...row, encodings: last.encodings, runs: loads });
        console.error(`  ${network.name}, ${warm ? 'warm' : 'empty'} cache: interactive ${row['interactive ms']} ms, ${row['transferred KB']} KB (${last.encodings.join(' ')})`);
      }
    }
  } finally {
    await browser.close();
    await app.close();
  }
  printTable(`Delivery of the first view (10k graph, median of ${o.runs} loads each)`, rows);
  writeResults('delivery', { chromium: CHROMIUM, viewport: '1280x800', networks: NETWORKS, results });
}
