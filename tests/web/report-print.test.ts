/**
 * The report builder end to end in headless Chromium against the real server and Neo4j with the seed
 * articles ingested: the analyst asks for a report, names its question and author, downloads HTML and
 * Markdown; the HTML is printed to PDF by Chromium (`page.pdf`, page numbers from the report's own
 * print CSS, no header template), its text read back with pdf.js, and its first page rendered to PNG in
 * tests/artifacts for a look.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RelationshipDetail } from '../../web/src/api/types.ts';
import { ARTIFACTS, openExplorer, waitIdle } from './browser.ts';
import { seededBrowser } from './seeded-browser.ts';

const PUBLIC_URL = 'https://sightline.example.org';
const TITLE = 'Which vendors supplied cameras to Ukraine and Central Asia? <b>draft</b>';
const AUTHOR = 'R. Analyst & Co';
/** Entities whose relationships include a cancelled contract (Hikvision to Ukraine) and sanctions flags. */
const VIEW = '#n=hikvision,dahua,ukraine,taraz,korkem-telecom,almaty';
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

const web = seededBrowser({ server: { publicUrl: PUBLIC_URL }, context: { viewport: { width: 1400, height: 900 }, acceptDownloads: true, timezoneId: 'Asia/Almaty', locale: 'en-GB' } });
const pageErrors: string[] = [];



async function newPage(): Promise<Page> {
  const page = await web.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

/** Opens the report dialog from the Export menu, fills it in and downloads one format. */
async function makeReport(page: Page, button: '#report-html' | '#report-md', title = TITLE): Promise<{ path: string; text: string }> {
  await page.locator('.menu summary', { hasText: 'Export' }).click();
  await page.click('#export-report');
  await page.locator('#report-dialog[open]').waitFor();
  await page.fill('#report-title', title);
  await page.fill('#report-author', AUTHOR);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.click(button)]);
  const path = join(ARTIFACTS, button === '#report-html' ? 'report.html' : 'report.md');
  await download.saveAs(path);
  return { path, text: readFileSync(path, 'utf8') };
}

/** The evidence of every visible relationship as the API gives it, one entry per distinct sentence, with its citation. */
async function expectedCitations(page: Page): Promise<string[]> {
  const ids = await page.evaluate(() => window.__sightline.cy.edges(':visible').map((e) => e.id()));
  const details = await Promise.all(ids.map(async (id) => (await fetch(`${web.server.url}/api/relationships/${encodeURIComponent(id)}`)).json() as Promise<RelationshipDetail>));
  const bySentence = new Map(details.flatMap((d) => d.evidence.map((e) => [`${e.doc}@${e.start}-${e.end}`, e.citation] as const)));
  return [...bySentence.values()];
}

function pngSize(dataUrl: string): { width: number; height: number } {
  const png = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('report builder in a browser', { timeout: 240_000 }, () => {
  it('prints to a PDF with the question, author, local date, method note, every citation with page numbers, and a legible first page', async () => {
    const page = await newPage();
    await openExplorer(page, `${web.server.url}/${VIEW}`);
    const statuses = await page.evaluate(() => window.__sightline.cy.edges(':visible').map((e) => e.data('status') as string | undefined));
    expect(statuses).toContain('cancelled');
    const citations = await expectedCitations(page);
    expect(citations.length).toBeGreaterThan(2);

    const { path, text: html } = await makeReport(page, '#report-html');
    expect(html).toContain(`Reopen this view: <a class="reopen" href="${PUBLIC_URL}/#n=`);
    expect(html).not.toContain('127.0.0.1');
    expect(html).not.toContain('<b>draft</b>');

    const printer = await newPage();
    await printer.goto(pathToFileURL(resolve(path)).href);
    const pdfPath = join(ARTIFACTS, 'report.pdf');
    // No header or footer template: the page numbers must come from the report's own print CSS.
    const pdf = await printer.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    await printer.close();

    const doc = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: STANDARD_FONTS, verbosity: 0, isEvalSupported: false }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    const all = squash(pages.join('\n'));
    expect(doc.numPages).toBeGreaterThan(1);
    expect(squash(pages[0]!)).toContain(squash(TITLE));
    expect(squash(pages[0]!)).toContain(squash(`Prepared by ${AUTHOR}`));
    expect(pages[0]).toMatch(/GMT\+5/);
    expect(pages[0]).toContain('Asia/Almaty');
    expect(all).toContain(squash('Sightline parses each document with Stanford CoreNLP'));
    expect(all).toContain(squash('Confidence (0 to 1) is how directly the best sentence states the relationship'));
    expect(all).toContain(squash(`${PUBLIC_URL}/#n=`));
    for (const citation of citations) expect(all, citation).toContain(squash(citation));
    expect(all).toContain(squash('cancelled'));
    pages.forEach((text, i) => expect(squash(text), `page ${i + 1}`).toContain(squash(`Page ${i + 1} of ${doc.numPages}`)));

    // Page one as an image, for a person to look at.
    const first = await doc.getPage(1);
    const viewport = first.getViewport({ scale: 1.5 });
    const canvas = (doc.canvasFactory as { create(w: number, h: number): unknown }).create(viewport.width, viewport.height) as { canvas: { toBuffer(type: string): Buffer }; context: CanvasRenderingContext2D };
    await first.render({ canvas: canvas.canvas as unknown as HTMLCanvasElement, canvasContext: canvas.context, viewport }).promise;
    const png = canvas.canvas.toBuffer('image/png');
    writeFileSync(join(ARTIFACTS, 'report-page-1.png'), png);
    expect(png.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await doc.destroy();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('writes the picture at print resolution without the selection or path highlight on screen', async () => {
    const page = await newPage();
    await openExplorer(page, `${web.server.url}/${VIEW}`);
    await page.evaluate(() => {
      const { cy, explorer } = window.__sightline;
      const e = cy.edges(':visible').first();
      explorer.highlight([{ nodes: [e.source().id(), e.target().id()], edges: [e.id()] }]);
      e.source().select();
    });
    const marked = await makeReport(page, '#report-html');
    // The analyst's working state is left as it was.
    expect(await page.evaluate(() => window.__sightline.cy.elements('.path').length)).toBe(3);
    await page.evaluate(() => { window.__sightline.explorer.clearHighlight(); window.__sightline.cy.elements(':selected').unselect(); });
    await waitIdle(page);
    const clean = await makeReport(page, '#report-html');
    const picture = (html: string) => /<img alt="Graph of the relationships listed below" src="(data:image\/png;base64,[^"]+)"/.exec(html)![1]!;
    expect(picture(marked.text)).toBe(picture(clean.text));
    const size = pngSize(picture(clean.text));
    expect(Math.max(size.width, size.height)).toBeGreaterThanOrEqual(2000);
    await page.close();
  });

  it('writes Markdown with the question, method note, tables and the same citations, linked to the public URL', async () => {
    const page = await newPage();
    await openExplorer(page, `${web.server.url}/${VIEW}`);
    const citations = await expectedCitations(page);
    const { text: md } = await makeReport(page, '#report-md');
    // Markup in the question is escaped, never rendered.
    expect(md.split('\n')[0]).toBe('# Which vendors supplied cameras to Ukraine and Central Asia? &lt;b\\>draft&lt;/b\\>');
    expect(md).toContain('Prepared by R. Analyst &amp; Co, ');
    expect(md).toContain('## Method');
    expect(md).toContain(`Reopen this view: <${PUBLIC_URL}/#n=`);
    expect(md).toMatch(/\| \d+ \| Hikvision \| supplies \| Ukraine \| cancelled \|/);
    expect(md).toContain('| Name | Type | Country | Aliases | Flags |');
    const numbered = md.split('## Citations')[1]!.trim().split('\n');
    expect(numbered).toHaveLength(citations.length);
    numbered.forEach((line, i) => expect(line).toMatch(new RegExp(`^${i + 1}\\. “`)));
    await page.close();
  });

  it('puts focus on the question when the dialog opens and gives it back to the Export menu when it closes', async () => {
    const page = await newPage();
    await openExplorer(page, `${web.server.url}/${VIEW}`);
    await page.locator('.menu summary', { hasText: 'Export' }).click();
    await page.click('#export-report');
    await page.locator('#report-dialog[open]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-title');
    expect(await page.inputValue('#report-title')).toMatch(/^How are .+ connected\?$/);
    await page.keyboard.press('Escape');
    // The dialog's close event comes a task after Escape.
    await expect.poll(() => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe('<summary>Export</summary>');
    await page.close();
  });
});
