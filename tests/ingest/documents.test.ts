/**
 * Documents as analysts have them, through the CLI on real files: a PDF made by a PDF library with a
 * known sentence on page 3, a saved web page with navigation, ads and meta tags, a Word file, each
 * with its metadata; and the awkward ones (a scan, an encrypted PDF, a broken PDF, a login page, a
 * file over the limit), each skipped with its reason while the others load.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encryptPDF } from '@pdfsmaller/pdf-encrypt-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.ts';
import { emptyTestGraph } from '../helpers/db.ts';
import {
  DOCX_SENTENCE, HTML_BODY_SENTENCE, HTML_NAV_TEXT, LOGIN_PAGE, PDF_PAGE3_SENTENCE, makeDocx, makeHtml, makePdf, makeScannedPdf,
} from '../helpers/documents.ts';

describe('ingest: PDF, web pages and Word files from a folder', () => {
  const graph = emptyTestGraph();
  const dir = mkdtempSync(join(tmpdir(), 'sightline-documents-'));
  let pdf: Buffer;
  let run: CliRun;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    pdf = await makePdf({ title: 'Camera procurement in Central Asia', author: 'Ann Analyst' });
    writeFileSync(join(dir, 'report.pdf'), pdf);
    // The same bytes under another name: one document, not two.
    writeFileSync(join(dir, 'report-copy.pdf'), pdf);
    writeFileSync(join(dir, 'page.html'), makeHtml());
    writeFileSync(join(dir, 'memo.docx'), await makeDocx());
    writeFileSync(join(dir, 'memo.meta.json'), JSON.stringify({ publisher: 'Example Institute', url: 'https://example.org/memo' }));
    writeFileSync(join(dir, 'scan.pdf'), await makeScannedPdf());
    writeFileSync(join(dir, 'locked.pdf'), await encryptPDF(new Uint8Array(pdf), 'secret'));
    writeFileSync(join(dir, 'broken.pdf'), pdf.subarray(0, 400));
    writeFileSync(join(dir, 'login.html'), LOGIN_PAGE);
    writeFileSync(join(dir, 'huge.html'), makeHtml({ body: 'Padding. '.repeat(8000) }));
    copyFileSync(join(dir, 'memo.docx'), join(dir, 'old.doc'));
    run = runCli([dir], { INGEST_MAX_FILE_BYTES: '50000' });
  }, 180_000);

  const documents = async () => (await graph.repo.read('documents')).map((r) => r.document);
  const byFile = async (name: string) => (await documents()).find((d) => d.fileName === name);

  it('loads the PDF, the web page and the Word file, and the copy of the PDF is the same document', async () => {
    expect(run.stdout).toContain('added 3');
    expect(run.stdout).toContain('unchanged 1');
    expect((await documents()).filter((d) => d.format === 'pdf')).toHaveLength(1);
  });

  it('skips each bad file with its reason, and the run exits 1', () => {
    const reasons = {
      'scan.pdf': 'no-text: has 2 pages but no text layer',
      'locked.pdf': 'encrypted: is a password-protected PDF',
      'broken.pdf': 'damaged: is not a readable PDF',
      'login.html': 'login-page: is a login page',
      'huge.html': 'too-large: ',
      'old.doc': 'unsupported: only',
    };
    for (const [file, reason] of Object.entries(reasons)) expect(run.stdout).toContain(`${join(dir, file)}: ${reason}`);
    expect(run.stdout).toContain('failed: 6');
    expect(run.code).toBe(1);
  });

  it('keeps the PDF\'s pages and its metadata: title and author from its info, file name, size and content hash', async () => {
    // The copy's name comes first in the folder, so the one stored document carries it.
    const d = (await byFile('report-copy.pdf'))!;
    expect(d).toMatchObject({
      title: 'Camera procurement in Central Asia', author: 'Ann Analyst', date: '2022-03-15', pages: 4, size: pdf.length,
      contentHash: createHash('sha256').update(pdf).digest('hex'),
    });
    const { text } = (await graph.repo.readOne('documentText', { id: d.id }))!;
    expect(text.split('\f')[2]).toContain(PDF_PAGE3_SENTENCE);
  });

  it('cites page 3 for the evidence the PDF gives on page 3', async () => {
    const [fact] = await graph.repo.read('factEvidence', { source: 'Hikvision', type: 'SUPPLIES', target: 'Almaty city administration' });
    expect(fact).toBeDefined();
    const evidence = fact!.evidence.map((e) => JSON.parse(e) as { quote: string; page?: number });
    expect(evidence).toContainEqual(expect.objectContaining({ quote: PDF_PAGE3_SENTENCE, page: 3 }));
  });

  it('takes the web page\'s title, date, author, site and URL from its meta tags and leaves navigation and ads out of the text', async () => {
    const d = (await byFile('page.html'))!;
    expect(d).toMatchObject({
      title: 'Dahua cameras for Nairobi', date: '2021-06-01', author: 'Jane Reporter', publisher: 'The Example Times',
      url: 'https://news.example.org/2021/06/dahua-nairobi', language: 'en', format: 'html',
    });
    const { text } = (await graph.repo.readOne('documentText', { id: d.id }))!;
    expect(text).toContain(HTML_BODY_SENTENCE);
    expect(text).not.toContain(HTML_NAV_TEXT);
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('Celebrity news');
  });

  it('reads the Word file\'s text and core properties, and its sidecar NAME.meta.json adds what the file does not say', async () => {
    const d = (await byFile('memo.docx'))!;
    expect(d).toMatchObject({ title: 'Safe City in Tashkent', author: 'Ann Analyst', publisher: 'Example Institute', url: 'https://example.org/memo', format: 'docx' });
    const { text } = (await graph.repo.readOne('documentText', { id: d.id }))!;
    expect(text).toContain(DOCX_SENTENCE);
  });
});

describe('ingest: metadata the user gives', () => {
  const graph = emptyTestGraph();
  const dir = mkdtempSync(join(tmpdir(), 'sightline-meta-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lets CLI fields override the file\'s own metadata and the sidecar', async () => {
    writeFileSync(join(dir, 'page.html'), makeHtml());
    writeFileSync(join(dir, 'page.meta.json'), JSON.stringify({ publisher: 'Sidecar Press', date: '2019-01-01' }));
    const r = runCli([join(dir, 'page.html'), '--publisher', 'Given Publisher', '--title', 'Given title']);
    expect(r.code).toBe(0);
    const [d] = (await graph.repo.read('documents')).map((x) => x.document);
    expect(d).toMatchObject({ title: 'Given title', publisher: 'Given Publisher', date: '2019-01-01', url: 'https://news.example.org/2021/06/dahua-nairobi' });
  }, 120_000);

  it('refuses a sidecar that is not the metadata JSON, naming the field, and stores nothing of that file', async () => {
    writeFileSync(join(dir, 'memo.docx'), await makeDocx({ title: 'Another memo', paragraphs: ['Another memo', DOCX_SENTENCE] }));
    writeFileSync(join(dir, 'memo.meta.json'), JSON.stringify({ publisher: 'X', pages: 3 }));
    const r = runCli([join(dir, 'memo.docx')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/memo\.docx: bad-metadata: its metadata file memo\.meta\.json is wrong at "\(top\)"/);
    expect((await graph.repo.read('documents')).map((x) => x.document.title)).not.toContain('Another memo');
  }, 120_000);
});
