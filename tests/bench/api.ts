/**
 * @module API benchmark: requests/s and p50/p99 with autocannon on loopback at 1, 10 and 50
 * connections for search, neighbours (depth 1 on tail nodes and on hubs, depth 2), supply chain,
 * paths and one document, each beside the same Cypher replayed directly through neo4j-driver from
 * this process, with the CPU each request cost node and the Neo4j JVM.
 * autocannon runs in its own worker thread so the load generator does not share the server's event
 * loop; the direct replay shares it, as the server's own driver calls do.
 */
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Repository } from '../../cypher/repository.ts';
import type { Database } from '../../cypher/connection.ts';
import { openBenchDatabase } from './db.ts';
import { benchGraphSpec, type SyntheticGraph } from './graph.ts';
import { ensureGraph } from './load-graph.ts';
import { cpuDuring, percentile, printTable, round, writeResults, type Row } from './measure.ts';
import { breakdown, record, replayLoad, type Recording } from './replay.ts';
import { startBenchServer } from './server.ts';

export interface ApiOptions {
  graphs: number[];
  durationSeconds: number;
  connections: number[];
  /** Only endpoints whose name contains one of these. */
  endpointFilter?: string[];
}

/** The requests of each benchmark, rotated so caches see many ids, not one. */
export function endpoints(graph: SyntheticGraph): Record<string, string[]> {
  const { hubs, typical, searchTerms } = graph.probes();
  const enc = encodeURIComponent;
  return {
    'search': searchTerms.map((q) => `/api/search?q=${enc(q)}`),
    'neighbors d1 (tail)': typical.map((id) => `/api/entities/${enc(id)}/neighbors?depth=1`),
    'neighbors d1 (hubs)': hubs.map((id) => `/api/entities/${enc(id)}/neighbors?depth=1`),
    'neighbors d2 (tail)': typical.map((id) => `/api/entities/${enc(id)}/neighbors?depth=2`),
    'supply chain up (tail)': typical.map((id) => `/api/supply-chain/${enc(id)}?direction=upstream`),
    'paths (tail pairs)': typical.slice(0, 10).map((id, i) => `/api/paths?from=${enc(id)}&to=${enc(typical[19 - i]!)}`),
    // What opening a source costs, and what the explorer's start-up overview asks once per document.
    'document': Array.from({ length: 10 }, (_, i) => `/api/documents/${graph.docId(i * 7)}`),
  };
}

const ROTATE = fileURLToPath(new URL('./cannon-rotate.cjs', import.meta.url));

async function cannon(url: string, paths: string[], connections: number, amount: number) {
  process.env.SIGHTLINE_BENCH_PATHS = JSON.stringify(paths);
  const r = await autocannon({ url, connections, amount, workers: 1, requests: [{ setupRequest: ROTATE as never }] });
  return {
    requests: r.requests.total,
    // Total over elapsed time: autocannon's per-second average is skewed for runs of a few seconds.
    requestsPerSecond: round(r.requests.total / r.duration),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx, // autocannon counts timeouts among errors
  };
}

/**
 * Requests per measurement: whole rounds over the probes, as many as fit the duration at the
 * warm-up's pace (doubled under concurrency: two cores), and at least two per connection.
 */
function amountFor(probes: number, warmupSeconds: number, connections: number, seconds: number): number {
  const rounds = Math.max(1, Math.round((seconds / Math.max(warmupSeconds, 0.001)) * (connections > 1 ? 2 : 1)));
  return probes * Math.max(rounds, Math.ceil((2 * connections) / probes));
}

/** The round trip of the cheapest query in a managed read transaction: every API query pays at least this. */
async function transactionFloor(db: Database) {
  const repo = new Repository(db);
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await repo.read('ping');
    times.push(performance.now() - t);
  }
  return { p50: round(percentile(times, 50), 2), p99: round(percentile(times, 99), 2) };
}

export async function benchApi(o: ApiOptions): Promise<void> {
  const rows: Row[] = [];
  const runs: object[] = [];
  const breakdownRows: Row[] = [];
  const floorRows: Row[] = [];
  for (const n of o.graphs) {
    const db = await openBenchDatabase(`graph-${n}`);
    const { graph, load } = await ensureGraph(db, benchGraphSpec(n), (l) => console.error(l));
    const { app, url } = await startBenchServer(db);
    try {
      const floor = await transactionFloor(db);
      runs.push({ graph: n, transactionFloorMs: floor });
      floorRows.push({ graph: n, 'RETURN 1 in a managed read tx, p50 ms': floor.p50, 'p99 ms': floor.p99 });
      console.error(`  ${n} one managed read transaction (RETURN 1): p50 ${floor.p50} ms, p99 ${floor.p99} ms`);
      const chosen = Object.entries(endpoints(graph)).filter(([name]) => !o.endpointFilter || o.endpointFilter.some((f) => name.includes(f)));
      for (const [name, paths] of chosen) {
        // Recording is also the warm-up: every probe's plan is compiled and its pages cached before timing.
        const recordings: Recording[] = [];
        for (const path of paths) recordings.push(await record(app, path));
        const warm = performance.now();
        for (const path of paths) await app.inject({ method: 'GET', url: path });
        const warmupSeconds = (performance.now() - warm) / 1000;
        const perQuery = await breakdown(db, recordings);
        breakdownRows.push(...perQuery.map((q) => ({ graph: n, endpoint: name, ...q })));
        for (const c of o.connections) {
          const amount = amountFor(paths.length, warmupSeconds, c, o.durationSeconds);
          const apiRun = await cpuDuring(db.pid, () => cannon(url, paths, c, amount));
          const directRun = await cpuDuring(db.pid, () => replayLoad(db, recordings, c, amount));
          const api = { ...apiRun.value, nodeCpuMsPerRequest: round(apiRun.nodeCpuMs / amount, 2), neo4jCpuMsPerRequest: round(apiRun.otherCpuMs / amount, 2) };
          const direct = { ...directRun.value, nodeCpuMsPerRequest: round(directRun.nodeCpuMs / amount, 2), neo4jCpuMsPerRequest: round(directRun.otherCpuMs / amount, 2) };
          const ratio = round(api.p50 / Math.max(direct.p50, 0.01), 2);
          runs.push({ graph: n, endpoint: name, connections: c, requests: amount, api, direct, p50Ratio: ratio, breakdown: perQuery });
          rows.push({
            graph: n, endpoint: name, conns: c, requests: amount, 'api req/s': api.requestsPerSecond, 'api p50 ms': api.p50, 'api p99 ms': api.p99,
            'direct req/s': direct.requestsPerSecond, 'direct p50 ms': direct.p50, 'direct p99 ms': direct.p99,
            'p50 api/direct': ratio, 'api CPU ms/req node+neo4j': `${api.nodeCpuMsPerRequest}+${api.neo4jCpuMsPerRequest}`,
            'direct CPU ms/req': `${direct.nodeCpuMsPerRequest}+${direct.neo4jCpuMsPerRequest}`, errors: api.errors + direct.errors || undefined,
          });
          console.error(`  ${n} ${name} x${c}: api ${api.requestsPerSecond} req/s p50 ${api.p50} ms, direct p50 ${direct.p50} ms`);
        }
      }
      runs.push({ graph: n, load });
    } finally {
      await app.close();
    }
  }
  printTable('API (autocannon on loopback vs the same Cypher through neo4j-driver)', rows);
  printTable('Transaction floor (the cheapest query through the same driver)', floorRows);
  printTable('API database time by query (each query alone, median of 3; db hits from PROFILE)', breakdownRows);
  writeResults('api', { durationSeconds: o.durationSeconds, runs });
}
