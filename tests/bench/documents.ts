/**
 * @module Documents benchmark: how fast the PDF reader (pdf.js) turns pages into text, with the node
 * process's peak memory, on reports of tens and hundreds of pages made by pdf-lib; and full-text
 * search over 10,000 synthetic documents of ~2.5 KB (their own store, `documents-10000`): p50/p99 of
 * `GET /api/search/documents` on loopback, one request at a time, beside the query alone in a read
 * transaction (its ceiling) for words common and rare, a phrase, a prefix, a misspelling and a filter.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Repository } from '../../cypher/repository.ts';
import { read } from '../../ingest/read/readDocument.ts';
import { documentLucene, documentTerms } from '../../server/graph/lucene.ts';
import { openBenchDatabase, clearGraph } from './db.ts';
import { MemorySampler, percentile, printTable, round, writeResults, type Row } from './measure.ts';
import { int, pick, rng, zipf, type Rand } from './prng.ts';
import { startBenchServer } from './server.ts';

export interface DocumentsOptions {
  /** Pages of each PDF read. */
  pdfPages: number[];
  /** Documents in the search store. */
  documents: number;
  /** Requests per search query measured. */
  requests: number;
}

const SYLLABLES = ['vor', 'ka', 'len', 'tri', 'mos', 'dal', 'qui', 'zen', 'bra', 'hol', 'nex', 'ur', 'pel', 'sto', 'var', 'ine', 'sa', 'mo'];
const DOMAIN = ['camera', 'cameras', 'surveillance', 'facial', 'recognition', 'contract', 'ministry', 'supplied', 'system', 'network',
  'city', 'police', 'vendor', 'procurement', 'servers', 'software', 'platform', 'tender', 'budget', 'installed'];
const FILLER = ['the', 'of', 'and', 'to', 'in', 'a', 'was', 'for', 'by', 'with', 'that', 'on', 'its', 'from', 'which', 'said'];

/** A vocabulary with a long tail: a few words in most documents, most words in a few. */
function vocabulary(r: Rand, size: number): string[] {
  return Array.from({ length: size }, () => Array.from({ length: 2 + int(r, 2) }, () => pick(r, SYLLABLES)).join(''));
}

function sentence(r: Rand, words: readonly string[]): string {
  const n = 8 + int(r, 14);
  const out = Array.from({ length: n }, () => {
    const roll = r();
    return roll < 0.4 ? pick(r, FILLER) : roll < 0.6 ? pick(r, DOMAIN) : words[zipf(r, words.length)]!;
  });
  if (r() < 0.05) out.splice(int(r, n), 0, 'facial', 'recognition', 'cameras');
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

async function makeReport(pages: number): Promise<Buffer> {
  const r = rng(pages);
  const words = vocabulary(r, 2000);
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    for (let line = 0; line < 45; line++) page.drawText(sentence(r, words).slice(0, 95), { x: 40, y: 800 - line * 17, size: 10, font });
  }
  return Buffer.from(await doc.save());
}

async function benchPdf(pages: number): Promise<Row> {
  const data = await makeReport(pages);
  const mem = new MemorySampler().start();
  const started = performance.now();
  const raw = await read({ source: 'report.pdf', data }, { maxBytes: 64 * 1024 * 1024, maxFileBytes: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const memory = mem.stop();
  const chars = raw.pages.reduce((n, p) => n + p.length, 0);
  console.error(`  pdf: ${pages} pages in ${round(seconds, 2)} s`);
  return {
    pages, 'file KB': Math.round(data.length / 1024), 'text KB': Math.round(chars / 1024), 'read s': round(seconds, 2),
    'pages/s': Math.round(pages / seconds), 'text KB/s': Math.round(chars / 1024 / seconds),
    'node peak RSS MB': memory.peakRssMb, 'RSS growth MB': memory.growthMb,
  };
}

const STORE_KEY = (n: number) => `documents-v2:n${n}`;
const RARE = 'Orbitalux';

async function ensureDocuments(repo: Repository, n: number): Promise<void> {
  const [stored] = await repo.read('graphKey');
  if (stored?.key === STORE_KEY(n)) return;
  console.error(`  loading ${n} documents`);
  await clearGraph(repo.db);
  const r = rng(11);
  const words = vocabulary(r, 20_000);
  const publishers = ['Example Institute', 'The Example Times', 'Observatory of Surveillance', 'Civic Lab', 'Policy Review'];
  for (let start = 0; start < n; start += 500) {
    const rows = [];
    for (let d = start; d < Math.min(n, start + 500); d++) {
      // One document in 500 names a vendor no other does: the rare word of the queries.
      const text = Array.from({ length: 18 }, () => sentence(r, words)).join(' ') + (d % 500 === 0 ? ` ${RARE} supplied the ${pick(r, DOMAIN)}.` : '');
      const year = 2012 + (d % 13);
      rows.push({
        props: {
          id: `bench-doc-${d}`, source: `bench/${d}.txt`, title: `Report ${d}: ${sentence(r, words).slice(0, 60)}`, publisher: pick(r, publishers),
          date: `${year}-0${1 + (d % 9)}-1${d % 10}`, year, length: text.length, text, ingestedAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
          format: 'text', pages: 1, fileName: `${d}.txt`, size: text.length, contentHash: `bench-${d}`, mentionSpans: '[]',
        },
        mentions: [],
      });
    }
    await repo.write('loadDocuments', { rows });
  }
  await repo.write('markGraph', { key: STORE_KEY(n), entities: 0, relationships: 0, documents: n });
}

/** What analysts type: a common word, a rarer one, a phrase, a prefix, a misspelling, a word with a year filter. */
function queries(): { name: string; q: string; year?: number }[] {
  return [
    { name: 'common word', q: 'cameras' },
    { name: 'rare word', q: RARE.toLowerCase() },
    { name: 'phrase', q: '"facial recognition cameras"' },
    { name: 'prefix', q: 'surveil*' },
    { name: 'fuzzy', q: 'survelance~' },
    { name: 'word + year', q: 'procurement', year: 2020 },
  ];
}

async function latencies(requests: number, once: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 5; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  return { p50: round(percentile(times, 50), 1), p99: round(percentile(times, 99), 1) };
}

async function benchSearch(o: DocumentsOptions): Promise<Row[]> {
  const db = await openBenchDatabase(`documents-${o.documents}`);
  const rows: Row[] = [];
  try {
    const repo = new Repository(db);
    await ensureDocuments(repo, o.documents);
    const server = await startBenchServer(db);
    try {
      for (const { name, q, year } of queries()) {
        const url = `${server.url}/api/search/documents?q=${encodeURIComponent(q)}${year ? `&year=${year}` : ''}`;
        const first = await (await fetch(url)).json() as { total: number };
        const api = await latencies(o.requests, async () => (await fetch(url)).arrayBuffer());
        const lucene = documentLucene(documentTerms(q))!;
        const direct = await latencies(o.requests, () => repo.readOne('searchDocuments', { lucene, document: null, year: year ?? null, publisher: null, entity: null, skip: 0, limit: 10 }));
        console.error(`  search ${name}: ${first.total} matches, api p50 ${api.p50} ms p99 ${api.p99} ms`);
        rows.push({ documents: o.documents, query: name, q: `${q}${year ? ` (year ${year})` : ''}`, matches: first.total, 'api p50 ms': api.p50, 'api p99 ms': api.p99, 'query alone p50 ms': direct.p50, 'query alone p99 ms': direct.p99 });
      }
    } finally {
      await server.app.close();
    }
  } finally {
    await db.close();
  }
  return rows;
}

export async function benchDocuments(o: DocumentsOptions): Promise<void> {
  // The first read loads pdf.js itself; it is not what a page costs.
  await read({ source: 'warm-up.pdf', data: await makeReport(2) }, { maxBytes: 1e7, maxFileBytes: 1e8 });
  const pdfRows: Row[] = [];
  for (const pages of o.pdfPages) pdfRows.push(await benchPdf(pages));
  printTable('PDF reader (pdf.js, page by page; 45 lines of text a page)', pdfRows);
  const searchRows = await benchSearch(o);
  printTable(`Full-text search over ${o.documents} documents (GET /api/search/documents, one request at a time, 10 results with snippets)`, searchRows);
  writeResults('documents', { pdf: pdfRows, search: searchRows });
}
