/**
 * The curation panels in headless Chromium against the real server, Neo4j and ingest: an opened
 * investigation's notes on the case, an entity and a relationship are shown in the inspector as text
 * (markup in them stays characters); an analyst edits an entity, is told when someone else renamed
 * it first, merges a duplicate into it, and corrects a relationship's status, each from the panel,
 * and the server holds what the panel showed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '../../cypher/repository.ts';
import { ingestDocument } from '../../ingest/index.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { emptyGraph, testNlp, testRepository } from '../helpers/db.ts';
import { ensureWebBuild, launchBrowser, openExplorer, waitIdle } from './browser.ts';

const EDGE = 'korvex-systems~SUPPLIES~lusaka';
const NOTES = {
  case: 'Ask the ministry <b>who</b> signed',
  entity: '<img src=x onerror="window.__notePwned=1">Check the 2019 tender',
  relationship: 'A second source is needed & <script>window.__notePwned=1</script>',
};

let repo: Repository;
let server: TestServer;
let browser: Browser;
let page: Page;
let caseId: string;
const pageErrors: string[] = [];
/** A loaded machine answers a change and redraws in seconds, not the default one. */
const POLL = { timeout: 30_000 };

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: body !== undefined ? { 'content-type': 'application/json' } : {},
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json() };
}

const select = (what: 'select-node' | 'select-edge', id: string) =>
  page.evaluate(([event, el]) => window.__sightline.explorer.emit(event as 'select-node', el!), [what, id]);

beforeAll(async () => {
  ensureWebBuild();
  repo = await testRepository();
  await emptyGraph(repo);
  await ingestDocument({ repo, nlp: testNlp() }, {
    source: 'tests/lusaka.txt',
    data: 'Korvex Systems supplied surveillance cameras to Lusaka in 2019. Korvex Group supplied servers to Lusaka in 2020.\n',
  });
  server = await startTestServer();
  browser = await launchBrowser();
  const saved = await call('POST', '/api/investigations', {
    name: 'Lusaka cameras',
    state: {
      nodes: ['korvex-systems', 'korvex-group', 'lusaka'],
      edges: [EDGE, 'korvex-group~SUPPLIES~lusaka'],
      notes: [
        { target: { kind: 'case' }, text: NOTES.case },
        { target: { kind: 'entity', id: 'korvex-systems' }, text: NOTES.entity, at: '2026-11-30T05:00:00Z' },
        { target: { kind: 'relationship', id: EDGE }, text: NOTES.relationship },
      ],
    },
  });
  expect(saved.status).toBe(200);
  caseId = saved.body.id;
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await openExplorer(page, `${server.url}/#investigation=${caseId}`);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await repo?.db.close();
});

describe('notes of an opened investigation in the inspector', { timeout: 120_000 }, () => {
  it('shows the case\'s notes on opening, and an entity\'s and a relationship\'s when inspected, as text that runs nothing', async () => {
    await expect.poll(() => page.locator('#side-title').textContent(), POLL).toBe('Lusaka cameras');
    expect(await page.locator('#side .element-notes li').allTextContents()).toEqual([NOTES.case]);

    await select('select-node', 'korvex-systems');
    await expect.poll(() => page.locator('#side .element-notes li').allTextContents(), POLL).toEqual([`${NOTES.entity} — 2026-11-30`]);
    await select('select-edge', EDGE);
    await expect.poll(() => page.locator('#side .element-notes li').allTextContents(), POLL).toEqual([NOTES.relationship]);
    await select('select-node', 'lusaka');
    await page.locator('#side .relationships').waitFor(POLL);
    expect(await page.locator('#side .element-notes').count()).toBe(0);

    expect(await page.locator('#side img, #side script, #side b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __notePwned?: number }).__notePwned)).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });
});

describe('an analyst correcting entities and relationships from the panels', { timeout: 180_000 }, () => {
  it('renames and sets the country of an entity from the inspector, and the canvas and the server agree', async () => {
    await select('select-node', 'korvex-systems');
    await page.locator('#side details.edit summary').click(POLL);
    await page.fill('#side .edit-name', 'Korvex Systems Ltd');
    await page.fill('#side .edit-country', 'Zambia');
    await page.click('#side .apply-edit');
    await expect.poll(async () => (await call('GET', '/api/entities/korvex-systems')).body.entity, POLL)
      .toMatchObject({ label: 'Korvex Systems Ltd', country: 'Zambia', aliases: ['Korvex Systems'] });
    await expect.poll(() => page.locator('#side-title').textContent(), POLL).toBe('Korvex Systems Ltd');
    await expect.poll(() => page.evaluate(() => window.__sightline.cy.getElementById('korvex-systems').data('label')), POLL).toBe('Korvex Systems Ltd');
    const trail = (await call('GET', '/api/changes?entity=korvex-systems')).body.changes;
    expect(trail[0]).toMatchObject({ user: 'local analyst', action: 'rename' });
  });

  it('tells the analyst when someone else renamed the entity since the panel opened, and keeps their name', async () => {
    await select('select-node', 'korvex-systems');
    await page.locator('#side details.edit summary').click(POLL);
    const { version } = (await call('GET', '/api/entities/korvex-systems')).body;
    expect((await call('PATCH', '/api/entities/korvex-systems', { name: 'Korvex Holdings', version })).status).toBe(200);
    await page.fill('#side .edit-name', 'Korvex Ltd');
    await page.click('#side .apply-edit');
    await expect.poll(() => page.locator('#side .curation .outcome').first().textContent(), POLL).toMatch(/Someone else changed this first: .*name/);
    expect((await call('GET', '/api/entities/korvex-systems')).body.entity.label).toBe('Korvex Holdings');
  });

  it('merges a duplicate into the entity from the inspector: the duplicate leaves the canvas and its facts join the survivor', async () => {
    await select('select-node', 'korvex-systems');
    await page.locator('#side details.merge summary').click(POLL);
    await page.fill('#side .merge-pick', 'Korvex Group');
    await page.locator('.suggest li[role=option]', { hasText: /Korvex Group/ }).first().click(POLL);
    await page.click('#side .apply-merge');
    await expect.poll(async () => (await call('GET', '/api/entities/korvex-group')).body.details, POLL).toEqual({ mergedInto: 'korvex-systems' });
    await expect.poll(() => page.evaluate(() => window.__sightline.cy.getElementById('korvex-group').length), POLL).toBe(0);
    await waitIdle(page);
    const merged = (await call('GET', `/api/relationships/${EDGE}`)).body.relationship;
    expect(merged.years).toEqual([2019, 2020]);
    expect(await page.evaluate((id) => window.__sightline.cy.getElementById(id).length, EDGE)).toBe(1);
    expect((await call('GET', '/api/entities/korvex-systems')).body.entity.aliases).toContain('Korvex Group');
  });

  it('corrects a relationship\'s status from the evidence view with a note, shown there and stored', async () => {
    await select('select-edge', EDGE);
    await page.locator('#side details.correct summary').click(POLL);
    await page.selectOption('#side .correct-status', 'cancelled');
    await page.fill('#side .review-note', 'The 2020 order was cancelled, says the ministry');
    await page.click('#side .apply-correction');
    await expect.poll(async () => (await call('GET', `/api/relationships/${EDGE}`)).body.curation?.correctedStatus, POLL).toBe('cancelled');
    await expect.poll(() => page.locator('#side .entity-meta').first().textContent(), POLL).toMatch(/cancelled/);
    const trail = (await call('GET', `/api/changes?relationship=${encodeURIComponent(EDGE)}`)).body.changes;
    expect(trail[0]).toMatchObject({ action: 'correct', user: 'local analyst', note: 'The 2020 order was cancelled, says the ministry' });
    expect(pageErrors).toEqual([]);
  });
});
