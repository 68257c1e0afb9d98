/**
 * The report builder end to end in headless Chromium against the real server and Neo4j with the seed
 * articles ingested: the analyst asks for a report, names its question and author, downloads HTML and
 * Markdown; the HTML is printed to PDF by Chromium (`page.pdf`, page numbers from the report's own
 * print CSS, no header template), its text read back with pdf.js, and its first page and the page with
 * the timeline and the map rendered to PNG in tests/artifacts for a look. The FtM and CSL fixture lists
 * are imported first, so the report screens its vendors against them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { importList } from '../../ingest/index.ts';
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
beforeAll(async () => {
  await importList(web.repo, readFileSync('tests/fixtures/lists/entities.ftm.jsonl'), 'entities.ftm.jsonl');
  await importList(web.repo, readFileSync('tests/fixtures/lists/consolidated.csv'), 'consolidated.csv');
}, 120_000);



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

type PdfDoc = Awaited<ReturnType<typeof getDocument>['promise']>;

/** One page of the PDF as a PNG, for a person to look at. */
async function pagePng(doc: PdfDoc, n: number, file: string): Promise<Buffer> {
  const pdfPage = await doc.getPage(n);
  const viewport = pdfPage.getViewport({ scale: 1.5 });
  const canvas = (doc.canvasFactory as { create(w: number, h: number): unknown }).create(viewport.width, viewport.height) as { canvas: { toBuffer(type: string): Buffer }; context: CanvasRenderingContext2D };
  await pdfPage.render({ canvas: canvas.canvas as unknown as HTMLCanvasElement, canvasContext: canvas.context, viewport }).promise;
  const png = canvas.canvas.toBuffer('image/png');
  writeFileSync(join(ARTIFACTS, file), png);
  return png;
}

/** Prints a saved HTML report to PDF with Chromium and reads each page's text back with pdf.js. */
async function printed(path: string, pdfName: string): Promise<{ doc: PdfDoc; pages: string[] }> {
  const printer = await newPage();
  await printer.goto(pathToFileURL(resolve(path)).href);
  // No header or footer template: the page numbers must come from the report's own print CSS.
  const pdf = await printer.pdf({ path: join(ARTIFACTS, pdfName), preferCSSPageSize: true, printBackground: true });
  await printer.close();
  const doc = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: STANDARD_FONTS, verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  return { doc, pages };
}

/** The inline SVG of one of the report's charts, parsed by the page that saved it, as the data its marks carry. */
async function chartOf(page: Page, html: string, kind: 'timeline' | 'map') {
  return page.evaluate(([text, k]) => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const svg = doc.querySelector(`figure.figure-${k} svg`);
    if (!svg) return null;
    return {
      lanes: [...svg.querySelectorAll('text.lane-label')].map((t) => t.textContent),
      undatedLane: svg.querySelectorAll('rect[data-lane=undated]').length,
      items: [...svg.querySelectorAll('circle.timeline-item')].map((c) => ({ edge: c.getAttribute('data-edge')!, year: c.getAttribute('data-year')! })),
      period: svg.querySelectorAll('rect.period').length,
      arcs: [...svg.querySelectorAll('path.arc')].map((a) => ({ from: a.getAttribute('data-from'), to: a.getAttribute('data-to'), vendor: a.getAttribute('data-vendor'), edges: (a.getAttribute('data-edges') ?? '').split(' ') })),
      flagged: [...svg.querySelectorAll('g.marker[data-flagged=true]')].map((m) => m.getAttribute('data-id')),
      scripts: svg.querySelectorAll('script, foreignObject').length,
      caption: doc.querySelector(`figure.figure-${k} figcaption`)?.textContent ?? '',
    };
  }, [html, kind] as const);
}

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

    const { doc, pages } = await printed(path, 'report.pdf');
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
    const png = await pagePng(doc, 1, 'report-page-1.png');
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
    expect(md).toMatch(/\| \d+ \| Hikvision \\\(⚠ listed\\\) \| supplies \| Ukraine \| cancelled \|/);
    expect(md).toContain('| Name | Type | Country | Aliases | Listed or sanctioned | Blocked or restricted in a country |');
    const numbered = md.split('## Citations')[1]!.trim().split('\n');
    expect(numbered).toHaveLength(citations.length);
    numbered.forEach((line, i) => expect(line).toMatch(new RegExp(`^${i + 1}\\. “`)));
    await page.close();
  });

  it('prints the timeline (lanes by type, an undated lane) and the map (China to Kazakhstan, Ukraine) of the view, drawn from what the canvas shows', async () => {
    const page = await newPage();
    await openExplorer(page, `${web.server.url}/${VIEW},kazakhstan`);
    const shown = await page.evaluate(() => window.__sightline.cy.edges(':visible').map((e) => e.id()));
    const { path, text: html } = await makeReport(page, '#report-html');

    const timeline = (await chartOf(page, html, 'timeline'))!;
    expect(timeline).not.toBeNull();
    expect(timeline.lanes).toContain('supplies');
    expect(timeline.lanes.at(-1)).toMatch(/^undated \(\d+\)$/);
    expect(timeline.undatedLane).toBe(1);
    expect(timeline.items.length).toBeGreaterThan(0);
    expect(timeline.items.every((i) => shown.includes(i.edge))).toBe(true);
    // Hikvision supplied Kazakhstan in 2016, per the seed article.
    expect(timeline.items.map((i) => i.year)).toContain('2016');
    expect(timeline.items.some((i) => i.year === '')).toBe(true);
    const map = (await chartOf(page, html, 'map'))!;
    const cnKz = map.arcs.filter((a) => a.from === 'CN' && a.to === 'KZ').map((a) => a.vendor).sort();
    expect(cnKz).toEqual(['dahua', 'hikvision']);
    expect(map.arcs.some((a) => a.from === 'CN' && a.to === 'UA' && a.vendor === 'hikvision')).toBe(true);
    expect(map.arcs.flatMap((a) => a.edges).every((e) => shown.includes(e))).toBe(true);
    // The fixture lists put both on the Entity List: the map marks them as the canvas does.
    expect(map.flagged.sort()).toEqual(['dahua', 'hikvision']);
    expect(map.caption).toContain('China → Kazakhstan');
    expect(timeline.scripts + map.scripts).toBe(0);

    const { doc, pages } = await printed(path, 'report-figures.pdf');
    const at = pages.findIndex((p) => /Timeline/.test(p) && /lanes by relationship type/.test(p.replace(/\s+/g, ' ')));
    expect(at, 'the page with the timeline').toBeGreaterThanOrEqual(0);
    // The charts print as vector drawings: their words are text in the PDF, not pixels.
    const withCharts = squash(pages.slice(at, at + 2).join(''));
    expect(withCharts).toContain(squash('undated ('));
    expect(withCharts).toContain('supplies');
    expect(withCharts).toContain(squash('China → Kazakhstan'));
    const mapAt = pages.findIndex((p) => squash(p).includes(squash('China → Kazakhstan')));
    expect(mapAt).toBeGreaterThanOrEqual(at);
    for (const [n, file] of [[at + 1, 'report-timeline.png'], [mapAt + 1, 'report-map.png']] as const) expect((await pagePng(doc, n, file)).length).toBeGreaterThan(20_000);
    await doc.destroy();

    const { text: md } = await makeReport(page, '#report-md');
    const embedded = (name: string) => new RegExp(`## ${name}\\n\\n!\\[${name}\\]\\((data:image/png;base64,[^)]+)\\)`).exec(md)?.[1];
    for (const name of ['Timeline', 'Map']) {
      const src = embedded(name);
      expect(src, name).toBeDefined();
      // Twice the drawing's width: sharp in print.
      expect(pngSize(src!).width).toBeGreaterThanOrEqual(1500);
    }
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('draws the report\'s timeline and map for the period brushed on the timeline, and names the period', async () => {
    const whole = await newPage();
    await openExplorer(whole, `${web.server.url}/${VIEW}`);
    const before = await whole.evaluate(() => window.__sightline.cy.edges(':visible').map((e) => e.id()));
    await whole.close();
    // The period as a shared link carries it (tp=, tpu=0: undated relationships left out).
    const page = await newPage();
    await openExplorer(page, `${web.server.url}/${VIEW}&tp=2021-2021&tpu=0`);
    await page.locator('#timeline circle.timeline-item').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('#timeline output.timeline-period').textContent(), { timeout: 30_000 }).toBe('2021');
    await waitIdle(page);
    const during = await page.evaluate(() => window.__sightline.cy.edges(':visible').map((e) => e.id()));
    expect(during.length).toBeLessThan(before.length);
    const left = before.filter((e) => !during.includes(e));
    const { text: html } = await makeReport(page, '#report-html');
    expect(html).toContain('Limited to the period 2021 chosen on the timeline.');
    const timeline = (await chartOf(page, html, 'timeline'))!;
    expect(timeline.period).toBe(1);
    expect(timeline.items.filter((i) => left.includes(i.edge))).toEqual([]);
    expect(timeline.items.map((i) => i.year)).toContain('2021');
    expect(timeline.caption).toContain('Period chosen on the timeline: 2021, relationships without a year left out');
    // The edges outside the period (the 2020 supplies, the undated ones) are on neither picture.
    const map = await chartOf(page, html, 'map');
    expect((map?.arcs ?? []).flatMap((a) => a.edges).filter((e) => left.includes(e))).toEqual([]);
    expect((map?.arcs ?? []).flatMap((a) => a.edges).every((e) => during.includes(e))).toBe(true);
    await page.close();
  });

  it('draws the report\'s map of the part of the world the map panel is zoomed to, at the same scale, and says so', async () => {
    const page = await newPage();
    await openExplorer(page, `${web.server.url}/${VIEW}`);
    await page.click('#toggle-map');
    await page.locator('#map-view path.arc').first().waitFor({ timeout: 30_000 });
    await page.locator('#map-view button.map-zoom-in').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // Ukraine dragged to the middle and zoomed on: a part of the world the unzoomed report does not centre on.
    const panelSvg = page.locator('#map-view svg.map-chart');
    const ua = (await page.locator('#map-view path.country[data-code=UA]').boundingBox())!;
    const body = (await panelSvg.boundingBox())!;
    await page.mouse.move(ua.x + ua.width / 2, ua.y + ua.height / 2);
    await page.mouse.down();
    await page.mouse.move(body.x + body.width / 2, body.y + body.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.locator('#map-view button.map-zoom-in').click();
    await expect.poll(() => page.locator('#map-view').getAttribute('data-zoom'), { timeout: 30_000 }).toBe('4.1');
    await waitIdle(page);

    /** The country under the middle of a map picture, and Ukraine's size as a share of the picture's. */
    const measure = (svgSelector: string) => page.evaluate((sel) => {
      const svg = document.querySelector<SVGSVGElement>(sel)!;
      const box = svg.getBoundingClientRect();
      const middle = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2).find((e) => svg.contains(e) && e.matches('path.country'));
      const ua = svg.querySelector('path.country[data-code=UA]')!.getBoundingClientRect();
      return { middle: middle?.getAttribute('data-code'), width: ua.width / box.width, height: ua.height / box.height };
    }, svgSelector);
    const panel = await measure('#map-view svg.map-chart');
    expect(panel.middle).toBe('UA');

    const { text: html } = await makeReport(page, '#report-html');
    // The report's map drawn in the page, over everything, to be measured as the panel was.
    await page.evaluate((text) => {
      const svg = new DOMParser().parseFromString(text, 'text/html').querySelector('figure.figure-map svg')!;
      const holder = document.createElement('div');
      holder.id = 'report-map-probe';
      holder.style.cssText = 'position:fixed;left:0;top:0;z-index:100000;background:#fff';
      holder.append(document.importNode(svg, true));
      document.body.append(holder);
    }, html);
    const report = await measure('#report-map-probe svg');
    expect(report.middle).toBe('UA');
    // The panel's view is shown whole in a picture of another shape: one side matches, the other has room to spare.
    const ratios = [report.width / panel.width, report.height / panel.height];
    expect(Math.max(...ratios)).toBeCloseTo(1, 1);
    expect(Math.min(...ratios)).toBeLessThanOrEqual(1.05);
    expect((await chartOf(page, html, 'map'))!.caption).toContain('Shown as zoomed on the map panel');
    await page.close();
  });

  it('screens the vendors against the imported lists: list, program, since and source in the annex, "listed" in the relationship table, and a block in a country apart', async () => {
    const page = await newPage();
    await openExplorer(page, `${web.server.url}/#n=hikvision,dahua,kazakhstan,google,china`);
    const { path, text: html } = await makeReport(page, '#report-html', 'Who supplies Kazakhstan, and who is blocked in China?');
    const screening = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'text/html');
      const cells = (sel: string) => [...doc.querySelectorAll(`${sel} tbody tr`)].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
      return {
        rows: cells('table.screening'),
        sourceLinks: [...doc.querySelectorAll('table.screening a')].map((a) => a.getAttribute('href')),
        listedInTable: [...doc.querySelectorAll('table.relationships .listed')].map((m) => m.parentElement?.textContent ?? ''),
        annex: Object.fromEntries(cells('table.entities').map((r) => [r[0], { listed: r[4], restricted: r[5] }])),
        blocked: [...doc.querySelectorAll('section.restricted li')].map((li) => li.textContent ?? ''),
      };
    }, html);
    const hikvision = screening.rows.filter((r) => r[0] === 'Hikvision');
    expect(hikvision.map((r) => r[1]).sort()).toEqual(expect.arrayContaining(['us_bis_entity_list']));
    expect(hikvision.some((r) => r[2]?.includes('CMIC-EO13959') && r[3] === '2021-06-03' && r[4] === 'https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists')).toBe(true);
    expect(screening.rows.filter((r) => r[0] === 'Dahua').map((r) => r[3])).toContain('2019-10-09');
    expect(screening.rows.map((r) => r[0])).not.toContain('Google');
    expect(screening.sourceLinks).toContain('https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list');
    expect(screening.listedInTable.some((t) => t.startsWith('Hikvision'))).toBe(true);
    expect(screening.listedInTable.some((t) => t.startsWith('Google'))).toBe(false);
    expect(screening.annex['Hikvision']!.listed).toMatch(/listed on .+ since 2019-10-09, source https:\/\/www\.bis\.doc\.gov/);
    expect(screening.annex['Hikvision']!.restricted).toBe('');
    expect(screening.annex['Google']!.listed).toBe('');
    expect(screening.annex['Google']!.restricted).toMatch(/restricted by China/);
    expect(screening.blocked.some((b) => b.startsWith('⊘ Google'))).toBe(true);

    const { doc, pages } = await printed(path, 'report-screening.pdf');
    const all = squash(pages.join('\n'));
    expect(all).toContain(squash('Screening against watchlists'));
    expect(all).toContain(squash('Blocked or restricted in a country'));
    expect(all).toContain(squash('This is not a listing or a sanction.'));
    expect(all).toContain(squash('CMIC-EO13959'));
    await pagePng(doc, pages.findIndex((p) => /Screening against watchlists/.test(p)) + 1, 'report-screening.png');
    await doc.destroy();
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
