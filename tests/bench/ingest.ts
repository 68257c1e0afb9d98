/**
 * @module Ingest benchmark: end-to-end docs/s and relations/s through `ingestPaths` (files on disk,
 * batches of `batchDefaults` documents per transaction written while the next batch is extracted,
 * as `npm run ingest` does), beside its two ceilings measured in the same run on the same articles:
 * extraction alone with no database (the CPU ceiling) and a raw batched UNWIND write of the
 * extracted rows (the database write ceiling).
 * Relations are counted as extracted evidence items, the same number in all three, so rates compare.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Repository, run } from '../../cypher/repository.ts';
import { batchDefaults, extractDocument, ingestPaths, nlpClient, openNlpServer, type Extraction, type NlpClient } from '../../ingest/index.ts';
import { normalise } from '../../ingest/normalise/normaliseText.ts';
import { Corpus, corpusDefaults } from './corpus.ts';
import { clearGraph, openBenchDatabase, type BenchDatabase } from './db.ts';
import { rawWriteRows } from './ingest-rows.ts';
import { perDocument, timedDatabase } from './timed-db.ts';
import { cpuDuring, MemorySampler, mb, printTable, round, writeResults, type Row } from './measure.ts';

/** Documents per raw-write transaction: enough to amortise commit and round trips, about 1 MB of parameters for a 1 GB heap. */
export const RAW_WRITE_DOCS = 50;

export interface IngestOptions {
  sizes: number[];
}

/**
 * The NLP sidecar's own ceiling: every article parsed, uncached, as many at once as ingest sends
 * (batchDefaults.parallel), and nothing else done.
 */
async function parseAll(articles: { source: string; text: string }[], nlp: NlpClient, nlpPid: number | undefined) {
  // The first call warms the parser's code paths; that start-up cost is not a per-document rate.
  await nlp.parse(`${articles[0]!.text} warm-up`);
  const started = performance.now();
  const { cpu } = await cpuPerDocument(nlpPid, articles.length, async () => {
    let next = 0;
    const worker = async () => {
      while (next < articles.length) await nlp.parse(articles[next++]!.text);
    };
    await Promise.all(Array.from({ length: batchDefaults.parallel }, worker));
  });
  return { seconds: (performance.now() - started) / 1000, cpu };
}

/** Extraction with the parses already cached: what node spends per document beside the parser. */
async function extractAll(articles: { source: string; text: string }[], nlp: NlpClient, neo4jPid: number | undefined) {
  await extractDocument({ source: 'warm-up.txt', data: articles[0]!.text }, nlp);
  const mem = new MemorySampler().start();
  const started = performance.now();
  const extractions: Extraction[] = [];
  const { cpu } = await cpuPerDocument(neo4jPid, articles.length, async () => {
    for (const a of articles) extractions.push(await extractDocument({ source: a.source, data: a.text }, nlp));
  });
  const seconds = (performance.now() - started) / 1000;
  return { extractions, seconds, memory: mem.stop(), cpu };
}

async function rawWrite(db: BenchDatabase, extractions: Extraction[]) {
  await clearGraph(db);
  const ingestedAt = new Date().toISOString();
  const mem = new MemorySampler(db.pid).start();
  let dbSeconds = 0;
  const written = new Set<string>();
  const { cpu } = await cpuPerDocument(db.pid, extractions.length, async () => {
    for (let i = 0; i < extractions.length; i += RAW_WRITE_DOCS) {
      const rows = rawWriteRows(extractions.slice(i, i + RAW_WRITE_DOCS), ingestedAt, written);
      const started = performance.now();
      await db.write((tx) => run(tx, 'rawWrite', rows));
      dbSeconds += (performance.now() - started) / 1000;
    }
  });
  return { seconds: dbSeconds, memory: mem.stop(), cpu };
}

/**
 * CPU ms spent so far by each of the JVM's JIT compiler threads (C1/C2 CompilerThread, from /proc),
 * by thread id: a fresh JVM compiles Neo4j's own code while the first workloads run, on the same two
 * cores as extraction.
 */
function jitCpuMsByThread(pid: number | undefined): Map<string, number> {
  const threads = new Map<string, number>();
  if (!pid) return threads;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      if (!/^C\d CompilerThre/.test(stat.slice(stat.indexOf('(') + 1))) continue;
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      threads.set(task, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return threads;
}

/** JIT CPU between two readings. The JVM starts and stops compiler threads as it needs them; one that ended in between is lost, so this is a lower bound. */
function jitCpuMsBetween(before: Map<string, number>, after: Map<string, number>): number {
  let ms = 0;
  for (const [thread, total] of after) ms += total - (before.get(thread) ?? 0);
  return ms;
}

/** CPU per document of this process and of the Neo4j JVM, and the JVM's JIT share of it (at least), while work runs. */
async function cpuPerDocument<T>(pid: number | undefined, documents: number, work: () => Promise<T>) {
  const jit = jitCpuMsByThread(pid);
  const { value, nodeCpuMs, otherCpuMs } = await cpuDuring(pid, work);
  const perDoc = (ms: number) => round(ms / documents, 1);
  return { value, cpu: { nodeMsPerDoc: perDoc(nodeCpuMs), neo4jMsPerDoc: perDoc(otherCpuMs), neo4jJitMsPerDoc: perDoc(jitCpuMsBetween(jit, jitCpuMsByThread(pid))) } };
}

/** Document counts at which end-to-end ingest records this process's RSS, to show how memory grows with N. */
const RSS_CHECKPOINTS = [100, 250, 500, 1000, 2500, 5000, 10_000];

async function endToEnd(db: BenchDatabase, nlp: NlpClient, paths: string[]) {
  await clearGraph(db);
  const timed = timedDatabase(db);
  const mem = new MemorySampler(db.pid).start();
  const rssAt: Record<number, number> = {};
  const started = performance.now();
  const { value: summary, cpu } = await cpuPerDocument(db.pid, paths.length, () => ingestPaths({ repo: new Repository(timed.db), nlp }, paths, {
    onProgress: (done) => {
      if (RSS_CHECKPOINTS.includes(done)) rssAt[done] = mb(process.memoryUsage().rss);
    },
  }));
  const seconds = (performance.now() - started) / 1000;
  return { seconds, memory: mem.stop(), cpu, rssAt, failed: summary.failed, breakdown: perDocument(timed.timings, paths.length, seconds * 1000) };
}

export async function benchIngest(o: IngestOptions): Promise<void> {
  const db = await openBenchDatabase('ingest', { fresh: true });
  const server = await openNlpServer();
  const cacheDir = join(tmpdir(), `sightline-bench-nlp-cache-${process.pid}`);
  // Uncached parses for the ceiling and for end to end; a cache of its own for extraction only.
  const uncached = nlpClient(server, { cacheDir: null });
  const cached = nlpClient(server, { cacheDir });
  const rows: Row[] = [];
  const runs: { articles: number; endToEnd: { rssMbAtDocuments: Record<number, number>; breakdown: Row[] } }[] = [];
  try {
    for (const n of o.sizes) {
      const corpus = new Corpus({ ...corpusDefaults, articles: n });
      const articles = [...corpus.articles()];
      const dir = join(tmpdir(), `sightline-bench-corpus-${corpusDefaults.seed}-${n}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const paths = corpus.writeTo(dir);
      const kb = articles.reduce((s, a) => s + a.text.length, 0) / n / 1024;

      // Untimed: fills the cache the extraction-only pass reads, and warms the parser's JIT, which
      // otherwise makes whichever pass comes first look slower than the ones after it.
      // It parses the texts as ingest sends them: normalised.
      await parseAll(articles.map((a) => ({ ...a, text: normalise(a.text) })), cached, undefined);
      const parse = await parseAll(articles, uncached, undefined);
      const cpu = await extractAll(articles, cached, db.pid);
      const relations = cpu.extractions.reduce((s, x) => s + x.relations.length, 0);
      const write = await rawWrite(db, cpu.extractions);
      cpu.extractions.length = 0;
      const e2e = await endToEnd(db, uncached, paths);
      rmSync(dir, { recursive: true, force: true });

      const rate = (s: number) => ({ docsPerSecond: round(n / s), relationsPerSecond: round(relations / s) });
      const ceiling = Math.min(n / parse.seconds, n / cpu.seconds, n / write.seconds);
      const run = {
        articles: n, avgKb: round(kb), relations,
        nlpParse: { seconds: round(parse.seconds, 2), ...rate(parse.seconds), cpu: parse.cpu },
        extraction: { seconds: round(cpu.seconds, 2), ...rate(cpu.seconds), ...cpu.memory, cpu: cpu.cpu },
        rawWrite: { seconds: round(write.seconds, 2), ...rate(write.seconds), ...write.memory, cpu: write.cpu },
        endToEnd: { seconds: round(e2e.seconds, 2), ...rate(e2e.seconds), ...e2e.memory, cpu: e2e.cpu, rssMbAtDocuments: e2e.rssAt, failed: e2e.failed, breakdown: e2e.breakdown },
        lowerCeiling: ceiling === n / parse.seconds ? 'NLP parse (CoreNLP)' : ceiling === n / cpu.seconds ? 'extraction (node)' : 'raw write (database)',
        fractionOfLowerCeiling: round((n / e2e.seconds) / ceiling, 2),
      };
      runs.push(run);
      for (const [mode, m] of [['NLP parse only (uncached)', run.nlpParse], ['extraction only (parses cached)', run.extraction], ['raw UNWIND write', run.rawWrite], ['end to end', run.endToEnd]] as const) {
        rows.push({
          articles: n, mode, 'docs/s': m.docsPerSecond, 'relations/s': m.relationsPerSecond, seconds: m.seconds,
          'node peak RSS MB': 'peakRssMb' in m ? m.peakRssMb : undefined, 'neo4j peak RSS MB': 'otherPeakRssMb' in m ? m.otherPeakRssMb : undefined,
          'node CPU ms/doc': m.cpu.nodeMsPerDoc, 'neo4j CPU ms/doc (JIT)': `${m.cpu.neo4jMsPerDoc} (${m.cpu.neo4jJitMsPerDoc})`,
          'share of lower ceiling': mode === 'end to end' ? run.fractionOfLowerCeiling : undefined,
        });
      }
    }
  } finally {
    await db.close();
    await server.stop();
    rmSync(cacheDir, { recursive: true, force: true });
  }
  printTable(`Ingest (articles of ~${corpusDefaults.articleChars / 1000} KB; ceilings measured in the same run)`, rows);
  printTable('End-to-end ingest time per document, by part (write queries timed by name; extraction runs beside them, so the parts overlap)', runs.flatMap((r) => r.endToEnd.breakdown.map((b) => ({ articles: r.articles, ...b }))));
  printTable('Ingest memory as N grows (node RSS during end-to-end ingest, after N documents)', runs.flatMap((r) =>
    Object.entries(r.endToEnd.rssMbAtDocuments).map(([done, rss]) => ({ run: r.articles, 'after N documents': Number(done), 'RSS MB': rss }))));
  writeResults('ingest', { corpus: corpusDefaults, rawWriteDocsPerTransaction: RAW_WRITE_DOCS, endToEndBatch: batchDefaults, runs });
}
