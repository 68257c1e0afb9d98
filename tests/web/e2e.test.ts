/**
 * End to end in headless Chromium against the real server and Neo4j with the seed articles ingested:
 * what only a browser can show — the first view, search, inspector, evidence, analyst views,
 * downloads, inert hostile names, and a view reopened from its link.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '../../cypher/repository.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { testRepository } from '../helpers/db.ts';
import { loadSeedGraph } from '../helpers/seeded.ts';
import { importList } from '../../ingest/index.ts';
import { ARTIFACTS, ensureWebBuild, labels, launchBrowser, openExplorer, searchAndChoose, shownIds, waitIdle } from './browser.ts';

const XSS = '<img src=x onerror=alert(1)>';

let repo: Repository;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
const dialogs: string[] = [];
const pageErrors: string[] = [];

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

async function downloadOf(page: Page, menuItem: string): Promise<{ name: string; body: Buffer }> {
  await page.locator('.menu summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.click(menuItem)]);
  const path = join(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

beforeAll(async () => {
  ensureWebBuild();
  repo = await testRepository();
  await loadSeedGraph(repo);
  server = await startTestServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await repo?.db.close();
});

describe('web explorer in a browser', { timeout: 180_000 }, () => {
  it('opens on a readable overview of the seed graph', async () => {
    const page = await newPage();
    const wallMs = await openExplorer(page, server.url);
    const firstViewMs = await page.evaluate(() => window.__sightline.firstViewMs!);
    const shown = await labels(page);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThanOrEqual(60);
    expect(await page.locator('#empty-state').isHidden()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'first-view.png') });
    // The README's picture changes only on request, so a test run leaves the work tree clean.
    if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: 'web/screenshot.png' });
    writeFileSync(join(ARTIFACTS, 'first-view.json'), JSON.stringify({ wallMs, firstViewMs, nodes: shown.length }, null, 2));
    console.log(`first view: ${shown.length} entities laid out ${Math.round(firstViewMs)} ms after script start, ${wallMs} ms after navigation`);
    await page.close();
  });

  it('searches Dahua, selects it, lists its relationships, and shows the evidence of the Korkem Telecom edge', async () => {
    const page = await newPage();
    await openExplorer(page, server.url);
    await searchAndChoose(page, 'Dahua', /^Dahua/);
    const selected = await page.evaluate(() => window.__sightline.cy.nodes(':selected').map((n) => n.data('label') as string));
    expect(selected).toEqual([expect.stringMatching(/Dahua/)]);
    await expect.poll(() => page.locator('#side .rel-group').count()).toBeGreaterThan(0);
    const korkem = page.locator('#side .rel-group button', { hasText: 'Korkem Telecom' }).first();
    await korkem.waitFor();
    await korkem.click();
    await waitIdle(page);

    // Close the panel, then click the edge itself on the canvas, where an analyst would.
    await page.keyboard.press('Escape');
    const at = await page.evaluate(() => {
      const cy = window.__sightline.cy;
      cy.resize();
      const ends = (e: import('cytoscape').EdgeSingular) => e.connectedNodes().map((n) => n.data('label') as string).join(' ');
      const edge = cy.edges().filter((e) => /Korkem/.test(ends(e as import('cytoscape').EdgeSingular)) && /Dahua/.test(ends(e as import('cytoscape').EdgeSingular))).first() as import('cytoscape').EdgeSingular;
      cy.fit(edge.connectedNodes(), 120);
      const box = cy.container()!.getBoundingClientRect();
      const p = edge.renderedMidpoint();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(at.x, at.y);
    const quote = page.locator('#side .quote').first();
    await quote.waitFor({ timeout: 30_000 });
    expect(await quote.textContent()).toMatch(/Korkem Telecom/);
    expect(await page.locator('#side .quote mark').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Korkem Telecom/), expect.stringMatching(/Dahua/)]));

    await page.locator('#side .doc-link').first().click();
    const hit = page.locator('#doc-dialog mark.hit');
    await hit.waitFor({ timeout: 30_000 });
    expect(await hit.textContent()).toMatch(/Korkem Telecom/);
    await expect.poll(() => hit.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const d = el.closest('dialog')!.getBoundingClientRect();
      return r.top >= d.top && r.bottom <= d.bottom;
    })).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'evidence-document.png') });
    await page.close();
  });

  it('answers "Who supplies Kazakhstan?" with Dahua, Hikvision and Huawei, laid out left to right', async () => {
    const page = await newPage();
    await openExplorer(page, server.url);
    await searchAndChoose(page, 'Kazakhstan', /^Kazakhstan/);
    await page.getByRole('button', { name: 'Who supplies Kazakhstan?' }).click();
    await page.locator('#side .chain').waitFor({ timeout: 30_000 });
    await waitIdle(page);
    const shown = await labels(page);
    for (const vendor of [/Dahua/, /Hikvision/, /Huawei/]) {
      expect(shown).toContainEqual(expect.stringMatching(vendor));
      expect(await page.locator('#side .chain').textContent()).toMatch(vendor);
    }
    const view = await page.evaluate(() => ({
      layout: window.__sightline.explorer.layout,
      pathEdges: window.__sightline.cy.edges('.path').length,
      // Left to right: every supplier sits left of the state it supplies.
      kz: window.__sightline.cy.getElementById('kazakhstan').position('x'),
      maxSupplierX: Math.max(...window.__sightline.cy.edges('[type = "SUPPLIES"][target = "kazakhstan"]').sources().map((n) => n.position('x'))),
    }));
    expect(view.layout).toBe('dagre');
    expect(view.pathEdges).toBeGreaterThan(0);
    // What the chain follows is in view and switchable: planned links and the state's cities on, cancelled ones and partnerships off.
    expect(await page.locator('#side .chain-options input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).toEqual([true, true, false, false]);
    expect(view.maxSupplierX).toBeLessThan(view.kz);
    await page.screenshot({ path: join(ARTIFACTS, 'who-supplies-kazakhstan.png') });

    // The link in the address bar reopens the same view in a fresh page.
    const link = page.url();
    const before = await shownIds(page);
    const again = await newPage();
    await openExplorer(again, link);
    expect(await shownIds(again)).toEqual(before);
    expect(await again.evaluate(() => window.__sightline.explorer.layout)).toBe('dagre');
    await again.close();
    await page.close();
  });

  it('highlights a path from NtechLab to Moscow', async () => {
    const page = await newPage();
    await openExplorer(page, server.url);
    await searchAndChoose(page, 'NtechLab', /NtechLab/);
    await page.fill('#side .path-target', 'Moscow');
    await page.locator('#side .suggest li[role=option]', { hasText: /^Moscow/ }).first().click({ timeout: 30_000 });
    await page.locator('#side .chain .path').first().waitFor({ timeout: 30_000 });
    await waitIdle(page);
    const highlighted = await page.evaluate(() => ({
      nodes: window.__sightline.cy.nodes('.path').map((n) => n.data('label') as string),
      edges: window.__sightline.cy.edges('.path').length,
      faded: window.__sightline.cy.elements('.faded').length,
    }));
    expect(highlighted.nodes).toEqual(expect.arrayContaining([expect.stringMatching(/NtechLab/), expect.stringMatching(/^Moscow/)]));
    expect(highlighted.edges).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'path-ntechlab-moscow.png') });
    await page.close();
  });

  it('downloads PNG, SVG, GraphML, JSON and CSV (the report has its own test, report-print.test.ts)', async () => {
    const page = await newPage();
    await openExplorer(page, server.url);

    const png = await downloadOf(page, '#export-png');
    expect(png.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    const svg = await downloadOf(page, '#export-svg');
    expect(XMLValidator.validate(svg.body.toString('utf8'))).toBe(true);
    expect(svg.body.toString('utf8')).toMatch(/<svg[\s>]/);

    const graphml = await downloadOf(page, '#export-graphml');
    expect(XMLValidator.validate(graphml.body.toString('utf8'))).toBe(true);
    expect(graphml.body.toString('utf8')).toContain('<graphml');

    const shown = await shownIds(page);
    const json = JSON.parse((await downloadOf(page, '#export-json')).body.toString('utf8'));
    expect(json.elements.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual(shown.nodes);
    const csv = (await downloadOf(page, '#export-csv')).body.toString('utf8').split('\n');
    expect(csv[0]).toMatch(/^id,source/);
    // Quoted cells may span lines, so this counts at least one line per relationship shown.
    expect(csv.filter((l) => l.trim()).length - 1).toBeGreaterThanOrEqual(shown.edges.length);
    await page.close();
  });

  it('applies filters live, undoes and redoes, and answers keyboard shortcuts', async () => {
    const page = await newPage();
    await openExplorer(page, server.url);
    const visibleOf = (type: string) => page.evaluate((t) => window.__sightline.cy.nodes(`[type = "${t}"]:visible`).length, type);
    expect(await visibleOf('Company')).toBeGreaterThan(0);
    const companies = page.locator('#filters input[data-kind=entity][data-name=Company]');
    await companies.uncheck();
    await expect.poll(() => visibleOf('Company')).toBe(0);
    expect(page.url()).toContain('hide=Company');
    await companies.check();
    await expect.poll(() => visibleOf('Company')).toBeGreaterThan(0);
    expect(page.url()).not.toContain('hide=Company');

    const count = () => page.evaluate(() => window.__sightline.cy.nodes().length);
    const before = await count();
    await page.evaluate(() => { window.__sightline.cy.nodes().first().select(); });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Delete');
    expect(await count()).toBe(before - 1);
    await page.keyboard.press('Control+z');
    expect(await count()).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    expect(await count()).toBe(before - 1);

    await page.keyboard.press('?');
    expect(await page.locator('#help-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.close();
  });

  it('shows a down banner while the API answers 503 and clears it when health returns', async () => {
    const page = await newPage();
    await openExplorer(page, server.url);
    await page.route('**/api/**', (route) => route.fulfill({ status: 503, headers: { 'Retry-After': '1', 'content-type': 'application/json' }, body: '{"error":"ServiceUnavailable","message":"The graph database is unreachable"}' }));
    await page.fill('#search', 'Hikvision');
    await page.locator('#down-banner').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('#down-banner').textContent()).toMatch(/API or database is down/);
    await page.unroute('**/api/**');
    await page.locator('#down-banner').waitFor({ state: 'hidden', timeout: 30_000 });
    await page.close();
  });

  it('shows a hostile entity name as text and runs nothing', async () => {
    const page = await newPage();
    await openExplorer(page, server.url);
    // Through the UI: paste the document, preview it, add it for real.
    await page.click('#open-ingest');
    await page.fill('#ingest-dialog input[type=text]', `${XSS} field report`);
    // A quoted system name is how the extractor discovers programs, so the hostile string becomes an entity.
    await page.fill('#ingest-dialog textarea', `Hikvision supplied cameras for the "${XSS}" system in Almaty in 2019. The "${XSS}" system is operated by Almaty.`);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('#ingest-dialog .ingest-result h3').first().waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Add to graph' }).click();
    await page.locator('#ingest-dialog .ingest-result', { hasText: /Document (added|replaced|unchanged)/ }).waitFor({ timeout: 60_000 });
    await waitIdle(page);

    // The document view and a node carrying the name itself, both as they render for an analyst.
    const docId = await page.evaluate(async () => {
      const { documents } = await (await fetch('/api/documents')).json() as { documents: { id: string; title: string }[] };
      return documents.find((d) => d.title.includes('<img'))!.id;
    });
    await page.evaluate((id) => window.__sightline.explorer.emit('open-document', id), docId);
    await page.locator('#doc-dialog .doc-text').waitFor();
    expect(await page.locator('#doc-dialog').textContent()).toContain(XSS);
    await page.keyboard.press('Escape');
    // The entity the document gave the graph, found and opened the way an analyst would.
    await searchAndChoose(page, 'onerror', /img src=x onerror/);
    await expect.poll(() => page.locator('#side-title').textContent()).toContain(XSS);
    await expect.poll(() => page.locator('#side').textContent()).toContain('Hikvision');

    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-name.png') });
    await page.close();
  });

  it('marks a listed vendor with ⚠ and its list in the inspector, and a vendor restricted in a country with ⊘', async () => {
    await importList(repo, readFileSync('tests/fixtures/lists/entities.ftm.jsonl'), 'entities.ftm.jsonl');
    const page = await newPage();
    await openExplorer(page, server.url);
    await searchAndChoose(page, 'Hikvision', /^Hikvision/);
    await expect.poll(() => page.locator('#side .flags.listed').textContent()).toMatch(/Listed on us_bis_entity_list \(Entity List, NS-CMIC\), since 2019-10-09/);
    expect(await page.locator('#side-title').textContent()).toMatch(/^⚠ Hikvision/);
    const display = (id: string) => page.evaluate((n) => window.__sightline.cy.getElementById(n).data('display') as string, id);
    expect(await display('hikvision')).toBe('⚠ Hikvision');
    await searchAndChoose(page, 'Google', /^Google/);
    expect(await page.locator('#side-title').textContent()).toMatch(/^⊘ Google/);
    expect(await page.locator('#side').textContent()).toMatch(/Restricted in a country by/);
    expect(await page.locator('#side .flags.listed').count()).toBe(0);
    expect(await display('google')).toBe('⊘ Google');
    await page.screenshot({ path: join(ARTIFACTS, 'listed-and-restricted.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
