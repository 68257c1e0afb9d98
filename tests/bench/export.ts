/**
 * @module Export benchmark: time and memory to export 10k- and 100k-edge subgraphs in every format
 * through POST /api/export on the in-process server. The body is streamed and counted, never held,
 * so the client adds little to the peak; the export's own memory is this process's growth from a
 * collected heap (RSS, and JS heap plus buffers, sampled every 25 ms). That peak includes garbage
 * the collector has not reached yet, so a second, untimed export of each format also measures what
 * the export holds: the JS heap right after full collections forced every 100 ms.
 */
import { runInNewContext } from 'node:vm';
import { Repository } from '../../cypher/repository.ts';
import { openBenchDatabase, type BenchDatabase } from './db.ts';
import { benchGraphSpec } from './graph.ts';
import { ensureGraph } from './load-graph.ts';
import { MemorySampler, mb, printTable, round, writeResults, type Row } from './measure.ts';
import { breakdown, record } from './replay.ts';
import { startBenchServer } from './server.ts';

export const FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher', 'ftm'] as const;

export interface ExportOptions {
  graphs: number[];
  edges: number[];
}

/**
 * The export route takes at most 20,000 node ids, so a subgraph of many edges is cut where the graph
 * is densest: relationships among the most connected entities, the first `edges` of them.
 */
export const EXPORT_MAX_NODES = 20_000;

async function subgraph(db: BenchDatabase, edges: number) {
  const repo = new Repository(db);
  const top = await repo.read('topNodes', { count: EXPORT_MAX_NODES });
  const inside = new Set(top.map((r) => r.id));
  const among = (await repo.read('edgesFrom', { ids: [...inside] }))
    .filter((r) => inside.has(r.target))
    .slice(0, edges);
  const nodeIds = [...new Set(among.flatMap((r) => [r.source, r.target]))];
  return { nodeIds, relationshipIds: among.map((r) => r.id) };
}

// measure.ts enables --expose-gc when it loads; this reads the function it exposes.
const gc = runInNewContext('gc') as () => void;

/** Reads the response to the end, counting bytes. */
async function drain(res: Response): Promise<number> {
  let bytes = 0;
  const reader = res.body!.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
  return bytes;
}

/**
 * The most an export holds at once: JS heap plus buffers after full collections forced every
 * 100 ms while it runs, above the same measure before it. Forced collections slow the export, so
 * this run is not timed.
 */
async function retainedBy(url: string, format: string, body: string): Promise<number> {
  const live = () => {
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  const before = live();
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, live()); }, 100);
  try {
    await drain(await fetch(`${url}/api/export?format=${format}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
  } finally {
    clearInterval(timer);
  }
  return mb(Math.max(peak, live()) - before);
}

async function exportOnce(url: string, format: string, body: string, neo4jPid?: number) {
  const mem = new MemorySampler(neo4jPid).start();
  const started = performance.now();
  const res = await fetch(`${url}/api/export?format=${format}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const bytes = await drain(res);
  const seconds = (performance.now() - started) / 1000;
  return { status: res.status, seconds, bytes, memory: mem.stop() };
}

export async function benchExport(o: ExportOptions): Promise<void> {
  const rows: Row[] = [];
  const runs: object[] = [];
  const loadRows: Row[] = [];
  let skipped: string | undefined;
  for (const n of o.graphs) {
    const db = await openBenchDatabase(`graph-${n}`);
    await ensureGraph(db, benchGraphSpec(n), (l) => console.error(l));
    const { app, url } = await startBenchServer(db);
    try {
      const probe = await app.inject({ method: 'POST', url: '/api/export?format=json', payload: { nodeIds: [] } });
      if (probe.statusCode === 404) skipped = 'POST /api/export answers 404: the export route is not there yet';
      for (const edges of skipped ? [] : o.edges) {
        const ids = await subgraph(db, edges);
        const body = JSON.stringify(ids);
        // Every format loads the same graph through the same queries; their time alone, once per size,
        // splits an export into database work and what the server does with the rows.
        const queries = await breakdown(db, [await record(app, '/api/export?format=csv', ids)]);
        const dbMs = round(queries.reduce((sum, q) => sum + q.msPerRequest, 0));
        loadRows.push(...queries.map((q) => ({ graph: n, edges: ids.relationshipIds.length, ...q })));
        for (const format of FORMATS) {
          const r = await exportOnce(url, format, body, db.pid);
          const retainedMb = await retainedBy(url, format, body);
          const run = {
            graph: n, edges: ids.relationshipIds.length, nodes: ids.nodeIds.length, format, status: r.status,
            seconds: round(r.seconds, 2), databaseSeconds: round(dbMs / 1000, 2), outputMb: mb(r.bytes), ...r.memory, retainedMb,
          };
          runs.push(run);
          rows.push({
            graph: n, edges: run.edges, nodes: run.nodes, format, status: r.status, seconds: run.seconds, 'its queries run alone, s': run.databaseSeconds, 'output MB': run.outputMb,
            'node peak RSS MB': r.memory.peakRssMb, 'node RSS growth MB': r.memory.growthMb, 'heap+external growth MB': r.memory.liveGrowthMb,
            'retained MB (untimed run)': retainedMb, 'neo4j peak RSS MB': r.memory.otherPeakRssMb,
          });
          console.error(`  ${n} ${edges} ${format}: ${r.status} in ${run.seconds} s, ${run.outputMb} MB`);
        }
      }
    } finally {
      await app.close();
    }
  }
  if (skipped) console.log(`\n## Export\nskipped: ${skipped}`);
  else {
    printTable('Export (POST /api/export, body streamed and counted)', rows);
    printTable('Export queries (each alone, median of 3; db hits from PROFILE)', loadRows);
  }
  writeResults('export', { runs, ...(skipped ? { skipped } : {}) });
}
