/**
 * Curation end to end in headless Chromium against the real server, Neo4j and ingest: an analyst
 * splits the Interior Ministry in Tashkent off Russia's, confirms two relationships from the review
 * queue by keyboard, adds a fact the extractor missed by selecting its sentence in the document,
 * saves the investigation with notes on the case and on an entity, reloads the page and reopens it
 * with the same positions, hidden elements and notes, those shown in the inspector too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '../../cypher/repository.ts';
import { ingestDocument } from '../../ingest/index.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { emptyGraph, testNlp, testRepository } from '../helpers/db.ts';
import { ensureWebBuild, launchBrowser, openExplorer, waitIdle } from './browser.ts';

const TASHKENT = 'In Tashkent, the Interior Ministry bought surveillance cameras from Korvex Systems in 2021. '
  + 'Korvex Systems also supplied cameras to Samarkand in 2022. Norvane Systems installed the servers of the Tashkent control room.\n';
const MISSED = 'Norvane Systems installed the servers of the Tashkent control room.';

let repo: Repository;
let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];
/** A loaded machine answers a change and redraws in seconds, not the default one. */
const POLL = { timeout: 30_000 };

const api = async (path: string) => (await fetch(`${server.url}${path}`)).json() as Promise<any>;

beforeAll(async () => {
  ensureWebBuild();
  repo = await testRepository();
  await emptyGraph(repo);
  const ctx = { repo, nlp: testNlp() };
  await ingestDocument(ctx, { source: 'tests/russia.txt', data: 'In 2020 NtechLab supplied facial recognition software to Russia\'s Interior Ministry.\n' });
  await ingestDocument(ctx, { source: 'tests/tashkent.txt', data: TASHKENT });
  server = await startTestServer();
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await repo?.db.close();
});

async function chooseSuggestion(page: Page, input: string, query: string, name: RegExp): Promise<void> {
  await page.fill(input, query);
  await page.locator('.suggest li[role=option]', { hasText: name }).first().click({ timeout: 30_000 });
}

describe('an analyst curating the graph in the explorer', { timeout: 240_000 }, () => {
  it('fixes the ministry, confirms two links by keyboard, adds a missed fact from a document, and reopens the saved investigation as it was', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await openExplorer(page, server.url);

    // 1. The ministry: split its mention in the Tashkent article off Russia's.
    const tashkentDoc = (await api('/api/documents')).documents.find((d: any) => d.source === 'tests/tashkent.txt').id;
    await page.evaluate(() => window.__sightline.explorer.emit('select-node', 'ministry-of-internal-affairs-russia'));
    await page.locator('#side details.split summary').click();
    const box = page.locator(`#side input.split-mention[data-doc="${tashkentDoc}"]`).first();
    await box.waitFor({ timeout: 30_000 });
    await box.check();
    await page.fill('#side .split-country', 'Uzbekistan');
    await page.click('#side .apply-split');
    await page.locator('#side .entity-meta', { hasText: 'Uzbekistan' }).waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await api('/api/entities/ministry-of-internal-affairs-uzbekistan/neighbors')).edges?.map((e: any) => e.data.id), POLL)
      .toEqual(['korvex-systems~SUPPLIES~ministry-of-internal-affairs-uzbekistan']);
    await waitIdle(page);

    // 2. The review queue, by keyboard: two confirmations.
    const before = (await api('/api/review-queue')).remaining;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+R');
    await page.locator('#side .queue li.current').waitFor({ timeout: 30_000 });
    const first = await page.locator('#side .queue li.current').getAttribute('data-edge');
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('#side .queue-count').textContent(), POLL).toMatch(new RegExp(`^${before - 1} `));
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const second = await page.locator('#side .queue li.current').getAttribute('data-edge');
    expect(second).not.toBe(first);
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('#side .queue-count').textContent(), POLL).toMatch(new RegExp(`^${before - 2} `));
    for (const id of [first, second]) {
      expect((await api(`/api/relationships/${encodeURIComponent(id!)}`)).curation.reviewedBy).toBe('local analyst');
    }

    // 3. The missed fact: select its sentence in the document and add it.
    await page.keyboard.press('Escape');
    await page.evaluate((doc) => window.__sightline.explorer.emit('open-document', doc), tashkentDoc);
    const text = page.locator('#doc-dialog .doc-text');
    await text.waitFor();
    await text.evaluate((el, sentence) => {
      // Select the sentence as a mouse would, across the mention spans inside it.
      const full = el.textContent!;
      const from = full.indexOf(sentence);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (from >= seen && from < seen + length) range.setStart(node, from - seen);
        if (from + sentence.length > seen && from + sentence.length <= seen + length) range.setEnd(node, from + sentence.length - seen);
        seen += length;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, MISSED);
    await expect.poll(() => page.locator('#doc-dialog .fact-quote').textContent(), POLL).toBe(MISSED);
    await chooseSuggestion(page, '#doc-dialog .fact-source', 'Norvane', /Norvane Systems/);
    await page.selectOption('#doc-dialog .fact-type', 'SUPPLIES');
    await chooseSuggestion(page, '#doc-dialog .fact-target', 'Tashkent', /^Tashkent/);
    await page.click('#doc-dialog .apply-fact');
    await expect.poll(() => page.locator('#doc-dialog .add-fact .outcome').textContent(), POLL).toMatch(/Added norvane-systems~SUPPLIES~tashkent/);
    const added = await api('/api/relationships/norvane-systems~SUPPLIES~tashkent');
    expect(added.analystEvidence[0]).toMatchObject({ kind: 'quote', quote: MISSED, doc: tashkentDoc, addedBy: 'local analyst' });
    await page.click('#doc-dialog button.close');
    await waitIdle(page);

    // 4. Arrange, hide, note and save the investigation.
    const arranged = await page.evaluate(() => {
      const { cy, explorer } = window.__sightline;
      cy.getElementById('korvex-systems').position({ x: 123, y: -45 });
      explorer.hide(['samarkand']);
      return Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    });
    await page.click('#open-cases');
    await page.fill('#cases-dialog .case-name', 'Tashkent cameras');
    await page.fill('#cases-dialog .case-note', 'Ask who runs the control room');
    await page.click('#cases-dialog .add-note');
    await page.click('#cases-dialog button.close');
    // A note on an entity: the dialog offers what is selected on the canvas.
    await page.evaluate(() => { window.__sightline.cy.getElementById('korvex-systems').select(); });
    await page.click('#open-cases');
    await page.selectOption('#cases-dialog .case-note-target', 'entity:korvex-systems');
    await page.fill('#cases-dialog .case-note', 'Korvex sold to both ministries');
    await page.click('#cases-dialog .add-note');
    await page.fill('#cases-dialog .case-name', 'Tashkent cameras');
    await page.click('#cases-dialog .save-case');
    await page.locator('#cases-dialog .case-link a').waitFor();
    const link = await page.locator('#cases-dialog .case-link a').getAttribute('href');
    expect(link).toMatch(/^#investigation=[0-9a-f]{12}$/);

    // 5. Reload and reopen from the short link.
    const reopened = await context.newPage();
    reopened.on('pageerror', (e) => pageErrors.push(e.message));
    await openExplorer(reopened, `${server.url}/${link}`);
    const state = await reopened.evaluate(() => {
      const { cy } = window.__sightline;
      return { positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])), hidden: cy.elements('.hidden').map((e) => e.id()) };
    });
    expect(Object.keys(state.positions).sort()).toEqual(Object.keys(arranged).sort());
    for (const [id, p] of Object.entries(arranged)) {
      expect(state.positions[id]!.x).toBeCloseTo(p.x, 3);
      expect(state.positions[id]!.y).toBeCloseTo(p.y, 3);
    }
    expect(state.hidden).toEqual(['samarkand']);
    // The notes: the case's in the side panel as the investigation opens, the entity's in its inspector.
    await expect.poll(() => reopened.locator('#side .element-notes li').allTextContents(), POLL).toEqual([expect.stringMatching(/^Ask who runs the control room/)]);
    await reopened.evaluate(() => window.__sightline.explorer.emit('select-node', 'korvex-systems'));
    await expect.poll(() => reopened.locator('#side .element-notes li').allTextContents(), POLL).toEqual([expect.stringMatching(/^Korvex sold to both ministries/)]);
    await reopened.keyboard.press('Escape');
    await reopened.click('#open-cases');
    await expect.poll(() => reopened.locator('#cases-dialog .case-notes li').allTextContents(), POLL).toEqual([
      expect.stringMatching(/the case: Ask who runs the control room/), expect.stringMatching(/entity Korvex Systems: Korvex sold to both ministries/)]);
    expect(await reopened.locator('#cases-dialog .case-name').inputValue()).toBe('Tashkent cameras');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
