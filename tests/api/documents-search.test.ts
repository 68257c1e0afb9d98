/**
 * Documents as analysts have them over HTTP, against the real Neo4j and CoreNLP: PDF, web page and
 * Word uploads with their metadata, page and citation; awkward files refused with their reason; and
 * full-text search over the sources (phrase, word, prefix, fuzzy, filters, ranking, snippets).
 */
import { encryptPDF } from '@pdfsmaller/pdf-encrypt-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { emptyTestGraph } from '../helpers/db.ts';
import {
  DOCX_SENTENCE, HTML_NAV_TEXT, LOGIN_PAGE, PDF_PAGE3_SENTENCE, makeDocx, makeHtml, makePdf, makeScannedPdf,
} from '../helpers/documents.ts';

let server: TestServer;
const ids: Record<string, string> = {};

async function upload(name: string, data: Uint8Array | string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([typeof data === 'string' ? data : Buffer.from(data)]), name);
  const res = await fetch(`${server.url}/api/documents`, { method: 'POST', body: form });
  return { status: res.status, body: await res.json() };
}

const search = async (query: string) => {
  const res = await fetch(`${server.url}/api/search/documents?${query}`);
  return { status: res.status, body: await res.json() };
};

describe('documents over HTTP', () => {
  emptyTestGraph();
  beforeAll(async () => {
    server = await startTestServer();
    for (const [name, data, fields] of [
      ['report.pdf', await makePdf({ title: 'Camera procurement in Central Asia' }), { publisher: 'Example Institute' }],
      ['page.html', makeHtml(), {}],
      ['memo.docx', await makeDocx(), {}],
      // Ranking: the same rare word three times in one text, once in the other.
      ['many.txt', 'Orbitalux notes\n\nOrbitalux sensors were tested. Orbitalux sensors failed. Orbitalux was dropped.', {}],
      ['once.txt', 'Budget notes\n\nThe budget mentions Orbitalux once among many other vendors and contracts of the city.', {}],
    ] as const) {
      const r = await upload(name, data, fields);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      ids[name] = r.body.document.id;
    }
  }, 180_000);
  afterAll(async () => server?.close());

  it('stores an uploaded PDF with its pages, and cites the page of its evidence in the one citation style', async () => {
    const doc = (await (await fetch(`${server.url}/api/documents/${ids['report.pdf']}`)).json()).document;
    expect(doc).toMatchObject({ format: 'pdf', pages: 4, fileName: 'report.pdf', publisher: 'Example Institute', title: 'Camera procurement in Central Asia' });
    expect(doc.text.split('\f')[2]).toContain(PDF_PAGE3_SENTENCE);
    const rel = await (await fetch(`${server.url}/api/relationships/hikvision~SUPPLIES~almaty-city-administration`)).json();
    const item = rel.evidence.find((e: any) => e.quote === PDF_PAGE3_SENTENCE);
    expect(item).toMatchObject({ page: 3, citation: '"Camera procurement in Central Asia", Example Institute, 2022-03-15, report.pdf, p. 3' });
  });

  it('takes an uploaded web page\'s title, date and URL from its meta tags, without its navigation', async () => {
    const doc = (await (await fetch(`${server.url}/api/documents/${ids['page.html']}`)).json()).document;
    expect(doc).toMatchObject({ title: 'Dahua cameras for Nairobi', date: '2021-06-01', url: 'https://news.example.org/2021/06/dahua-nairobi', format: 'html' });
    expect(doc.citation).toBe('"Dahua cameras for Nairobi", The Example Times, 2021-06-01, https://news.example.org/2021/06/dahua-nairobi');
    expect(doc.text).not.toContain(HTML_NAV_TEXT);
  });

  it('reads an uploaded Word file', async () => {
    const doc = (await (await fetch(`${server.url}/api/documents/${ids['memo.docx']}`)).json()).document;
    expect(doc).toMatchObject({ format: 'docx', title: 'Safe City in Tashkent', author: 'Ann Analyst' });
    expect(doc.text).toContain(DOCX_SENTENCE);
  });

  it('refuses a scanned PDF, an encrypted PDF and a login page with 422 and the reason, storing nothing', async () => {
    const before = (await (await fetch(`${server.url}/api/documents`)).json()).documents.length;
    const cases: [string, Uint8Array | string, string][] = [
      ['scan.pdf', await makeScannedPdf(), 'no-text'],
      ['locked.pdf', await encryptPDF(new Uint8Array(await makePdf()), 'pw'), 'encrypted'],
      ['login.html', LOGIN_PAGE, 'login-page'],
    ];
    for (const [name, data, reason] of cases) {
      const r = await upload(name, data);
      expect(r.status).toBe(422);
      expect(r.body.details).toEqual({ reason });
      expect(r.body.message).toContain(`(${reason})`);
    }
    expect((await (await fetch(`${server.url}/api/documents`)).json()).documents).toHaveLength(before);
  });

  it('finds a phrase from a quote, with a snippet on its page marking the phrase and naming its entities', async () => {
    const { status, body } = await search(`q=${encodeURIComponent('"supplied thermal cameras to the Almaty"')}`);
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    const [hit] = body.results;
    expect(hit.document.id).toBe(ids['report.pdf']);
    const snippet = hit.snippets[0];
    expect(snippet.page).toBe(3);
    const marked = snippet.highlights.map((h: any) => snippet.text.slice(h.start, h.end));
    expect(marked).toEqual(['supplied thermal cameras to the Almaty']);
    expect(snippet.entities.map((e: any) => e.id)).toEqual(expect.arrayContaining(['hikvision', 'almaty-city-administration']));
  });

  it('finds a word only in a document\'s body, by the word, its prefix and a misspelling', async () => {
    for (const q of ['maintenance', 'maintena*', 'maintenanse~']) {
      const { body } = await search(`q=${encodeURIComponent(q)}`);
      expect(body.results.map((r: any) => r.document.id), q).toEqual([ids['page.html']]);
      expect(body.results[0].snippets[0].text).toContain('maintenance');
    }
  });

  it('ranks the document that uses a word more often first', async () => {
    const { body } = await search('q=orbitalux');
    expect(body.results.map((r: any) => r.document.id)).toEqual([ids['many.txt'], ids['once.txt']]);
    expect(body.results[0].score).toBeGreaterThan(body.results[1].score);
  });

  it('filters by year, publisher, entity and document', async () => {
    const ofQuery = async (q: string) => (await search(q)).body.results.map((r: any) => r.document.id).sort();
    expect(await ofQuery('q=cameras&year=2021')).toEqual([ids['page.html']]);
    expect(await ofQuery('q=cameras&publisher=example%20INSTITUTE')).toEqual([ids['report.pdf']]);
    expect(await ofQuery('q=cameras&entity=hikvision')).toEqual([ids['report.pdf']]);
    expect(await ofQuery(`q=cameras&document=${ids['page.html']}`)).toEqual([ids['page.html']]);
    expect(await ofQuery('q=cameras')).toEqual([ids['page.html'], ids['report.pdf']].sort());
  });

  it('treats Lucene syntax in the query as words, and answers 400 naming q when there is no word', async () => {
    const injected = await search(`q=${encodeURIComponent('nothing) OR (*:* OR text:[a TO z]')}`);
    expect(injected.status).toBe(200);
    expect(injected.body.total).toBe(0);
    const empty = await search(`q=${encodeURIComponent('"" *')}`);
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/^q:/);
  });
});
