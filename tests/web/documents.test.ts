/**
 * Documents in headless Chromium against the real server, Neo4j and CoreNLP: a PDF added through the
 * add-document dialog, then found by full-text search with its snippet marked, opened at the hit on
 * its page, and the entities named there added to the canvas; a hostile text in a snippet stays text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { emptyTestGraph } from '../helpers/db.ts';
import { PDF_PAGE3_SENTENCE, makeDocx, makeHtml, makePdf } from '../helpers/documents.ts';
import { ensureWebBuild, launchBrowser, openExplorer, shownIds } from './browser.ts';

const XSS = '<img src=x onerror=alert(1)>';
let server: TestServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

describe('documents in the explorer', { timeout: 180_000 }, () => {
  emptyTestGraph();
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer();
    for (const [name, data] of [['page.html', makeHtml()], ['hostile.txt', `Hostile notes\n\nThe payload ${XSS} was pasted into a report about Quokkaware.`]]) {
      const form = new FormData();
      form.append('file', new Blob([data!]), name);
      expect((await fetch(`${server.url}/api/documents`, { method: 'POST', body: form })).status).toBe(200);
    }
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await openExplorer(page, server.url);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a PDF, a web page and a Word file through the add-document dialog, each previewed then stored', async () => {
    const files = [
      { name: 'report.pdf', mimeType: 'application/pdf', buffer: await makePdf({ title: 'Camera procurement in Central Asia' }), title: 'Camera procurement in Central Asia' },
      { name: 'saved.html', mimeType: 'text/html', buffer: Buffer.from(makeHtml({ body: 'Hikvision supplied cameras to Kenya in 2019.' })), title: 'Dahua cameras for Nairobi' },
      { name: 'memo.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await makeDocx(), title: 'Safe City in Tashkent' },
    ];
    await page.click('#open-ingest');
    for (const { title, ...file } of files) {
      await page.locator('#ingest-dialog input[type=file]').setInputFiles(file);
      await page.locator('#ingest-dialog button', { hasText: 'Preview' }).click();
      await page.locator('#ingest-dialog .ingest-result', { hasText: `Preview — ${title}` }).waitFor({ timeout: 60_000 });
      await page.locator('#ingest-dialog button.primary:not([disabled])').click();
      await page.locator('#ingest-dialog .ingest-result', { hasText: `Document added — ${title}` }).waitFor({ timeout: 60_000 });
    }
    await page.locator('#ingest-dialog button.close').click();
    const stored = (await (await fetch(`${server.url}/api/documents`)).json()).documents.map((d: { format: string }) => d.format).sort();
    expect(stored).toEqual(['docx', 'html', 'html', 'pdf', 'text']);
  });

  it('stores a chosen file under the title typed in the dialog', async () => {
    await page.click('#open-ingest');
    await page.locator('#ingest-dialog input[aria-label="Document title"]').fill('Field notes from Osh');
    await page.locator('#ingest-dialog input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Notes\n\nVega Radio Engineering Corporation built the first cameras in Osh in 2019.') });
    await page.locator('#ingest-dialog button', { hasText: 'Preview' }).click();
    await page.locator('#ingest-dialog .ingest-result', { hasText: 'Preview — Field notes from Osh' }).waitFor({ timeout: 60_000 });
    await page.locator('#ingest-dialog button.primary:not([disabled])').click();
    await page.locator('#ingest-dialog .ingest-result', { hasText: 'Document added — Field notes from Osh' }).waitFor({ timeout: 60_000 });
    await page.locator('#ingest-dialog input[aria-label="Document title"]').fill('');
    await page.locator('#ingest-dialog button.close').click();
    const stored = (await (await fetch(`${server.url}/api/documents`)).json()).documents as { title: string; fileName?: string }[];
    expect(stored.filter((d) => d.fileName === 'notes.txt').map((d) => d.title)).toEqual(['Field notes from Osh']);
  });

  it('finds a phrase of the PDF\'s quote with the phrase marked on page 3, opens the document at the hit, and adds the entities named there', async () => {
    await page.click('#open-doc-search');
    await page.fill('#doc-search-q', '"thermal cameras to the Almaty"');
    await page.locator('#doc-search button[type=submit]').click();
    const result = page.locator('#doc-search .doc-result').first();
    await result.waitFor({ timeout: 30_000 });
    expect(await page.locator('#doc-search .doc-result').count()).toBe(1);
    expect(await result.locator('.doc-link').textContent()).toMatch(/^"Camera procurement in Central Asia", .*report\.pdf$/);
    expect(await result.locator('.snippet-text mark').allTextContents()).toEqual(['thermal cameras to the Almaty']);
    expect(await result.locator('.snippet-text .page').textContent()).toContain('p. 3');

    await result.locator('button.open-hit').first().click();
    const hit = page.locator('#doc-dialog mark.hit');
    await hit.waitFor({ timeout: 30_000 });
    expect(await hit.textContent()).toBe('thermal cameras to the Almaty');
    // The hit sits after the heading of page 3 and before that of page 4.
    const order = await page.evaluate(() => {
      const text = document.querySelector('#doc-dialog .doc-text')!;
      const mark = text.querySelector('mark.hit')!;
      const headings = [...text.querySelectorAll('.page-break')].map((el) => ({ page: el.getAttribute('data-page'), before: Boolean(el.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) }));
      return headings.filter((x) => x.before).map((x) => x.page);
    });
    expect(order).toEqual(['1', '2', '3']);
    expect(await page.locator('#doc-dialog').textContent()).toContain(PDF_PAGE3_SENTENCE.slice(0, 30));
    await page.locator('#doc-dialog button.close').click();

    await result.locator('button.add-entities').first().click();
    await expect.poll(async () => (await shownIds(page)).nodes).toEqual(expect.arrayContaining(['hikvision', 'almaty-city-administration']));
  });

  it('finds a word only in a web page\'s body, and shows a hostile text in a snippet as text', async () => {
    await page.fill('#doc-search-q', 'maintenance');
    await page.locator('#doc-search button[type=submit]').click();
    // Both web pages (the uploaded and the added one) say it; nothing else does.
    await expect.poll(() => page.locator('#doc-search .doc-result .doc-link', { hasText: 'Dahua cameras for Nairobi' }).count(), { timeout: 30_000 }).toBe(2);
    expect(await page.locator('#doc-search .doc-result').count()).toBe(2);
    expect(await page.locator('#doc-search .snippet-text mark').allTextContents()).toEqual(['maintenance', 'maintenance']);

    await page.fill('#doc-search-q', 'quokkaware');
    await page.locator('#doc-search button[type=submit]').click();
    const snippet = page.locator('#doc-search .snippet-text', { hasText: 'Quokkaware' });
    await snippet.waitFor({ timeout: 30_000 });
    expect(await snippet.textContent()).toContain(XSS);
    expect(await page.locator('#doc-search img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
