/**
 * @module Soak benchmark (`npm run bench -- soak`, never in CI): the server as `npm start` runs it,
 * a supervised embedded Neo4j holding the 10k-entity bench graph, under 50 connections for ten
 * minutes that mix graph reads, console queries and uploads, while Neo4j is killed (SIGKILL, as
 * by the OOM killer) at a third and two thirds of the run. It reports answers by status before,
 * during and after each outage, how long each took to heal (first 200 from /api/health after the
 * kill), and node's and the JVM's memory at the start, every minute and at the end, so a growth
 * trend shows. It reports; it asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySchema, openDatabase } from '../../cypher/connection.ts';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { nlpClient, openNlpServer } from '../../ingest/index.ts';
import { endpoints } from './api.ts';
import { benchMemory } from './db.ts';
import { benchGraphSpec } from './graph.ts';
import { ensureGraph } from './load-graph.ts';
import { mb, printTable, round, rssOf, writeResults, type Row } from './measure.ts';

export interface SoakOptions {
  minutes: number;
  connections: number;
  entities: number;
}

const HOME = resolve(fileURLToPath(new URL('../../.data/neo4j-bench/soak', import.meta.url)));

/** Console queries an analyst types: bounded reads of the graph. */
const CONSOLE_QUERIES = [
  'MATCH (e:Entity) RETURN e.type AS type, count(*) AS n ORDER BY n DESC',
  'MATCH (a:Entity)-[r:SUPPLIES]->(b:Entity) RETURN a.name, b.name LIMIT 50',
  'MATCH (d:Document) RETURN d.title ORDER BY d.title LIMIT 20',
  'CALL db.labels()',
];

/** The JVM the run record names now: the supervisor's restart gives it a new pid. */
function javaPid(): number | undefined {
  try {
    return JSON.parse(readFileSync(join(HOME, 'run', 'sightline-neo4j.json'), 'utf8')).ready?.javaPid;
  } catch {
    return undefined;
  }
}

type Phase = string;

export async function benchSoak(o: SoakOptions): Promise<void> {
  console.log(`\nSoak: ${o.minutes} min at ${o.connections} connections, reads + console + uploads, Neo4j killed twice`);
  const db = await openDatabase({
    embedded: { home: HOME, boltPort: 0, ...benchMemory, whenRunning: 'refuse', owner: 'npm run bench -- soak', log: () => {} },
    supervise: true,
  });
  await applySchema(db);
  const { graph } = await ensureGraph(db, benchGraphSpec(o.entities), (line) => console.log(`  ${line}`));
  const nlpServer = await openNlpServer();
  const app = await buildApp({ db, nlp: nlpClient(nlpServer), config: loadConfig({}, { port: 0, logLevel: 'silent' }), logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const reads = Object.values(endpoints(graph)).flat();

  const counts = new Map<Phase, Map<string, number>>();
  let phase: Phase = 'steady';
  const count = (what: string) => {
    const byStatus = counts.get(phase) ?? new Map<string, number>();
    byStatus.set(what, (byStatus.get(what) ?? 0) + 1);
    counts.set(phase, byStatus);
  };
  let n = 0;
  const request = async (): Promise<void> => {
    const i = n++;
    const kind = i % 20 < 14 ? 'read' : i % 20 < 17 ? 'console' : 'upload';
    try {
      const res = kind === 'read'
        ? await fetch(`${url}${reads[i % reads.length]}`)
        : kind === 'console'
          ? await fetch(`${url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CONSOLE_QUERIES[i % CONSOLE_QUERIES.length], limit: 100 }) })
          : await fetch(`${url}/api/documents`, {
            method: 'POST', headers: { 'content-type': 'application/json' },
            // A new text each time, so every upload is parsed and written, not found unchanged.
            body: JSON.stringify({ title: `Soak ${i}`, text: `Soak ${i}\n\nArvex Systems supplied ${i % 90 + 10} cameras to Nairobi in ${2000 + (i % 24)}.` }),
          });
      await res.arrayBuffer();
      count(`${kind} ${res.status}`);
    } catch (e) {
      count(`${kind} ${(e as Error).name}`);
    }
  };

  const memory: Row[] = [];
  const sampleMemory = (label: string) => {
    const m = process.memoryUsage();
    memory.push({ at: label, 'node RSS MB': mb(m.rss), 'node heap MB': mb(m.heapUsed), 'JVM RSS MB': mb(rssOf(javaPid()) ?? 0) });
  };
  sampleMemory('start');
  const started = Date.now();
  const end = started + o.minutes * 60_000;
  const minute = setInterval(() => sampleMemory(`${Math.round((Date.now() - started) / 60_000)} min`), 60_000);

  const outages: Row[] = [];
  const killer = (async () => {
    for (const at of [1 / 3, 2 / 3]) {
      await new Promise((r) => setTimeout(r, Math.max(0, started + at * o.minutes * 60_000 - Date.now())));
      const pid = javaPid();
      if (!pid) continue;
      const label = `outage ${outages.length + 1}`;
      phase = label;
      process.kill(pid, 'SIGKILL');
      const killedAt = Date.now();
      for (;;) {
        await new Promise((r) => setTimeout(r, 250));
        const health = await fetch(`${url}/api/health`).then((r) => r.status, () => 0);
        if (health === 200) break;
      }
      outages.push({ outage: label, 'killed pid': pid, 'healed after s': round((Date.now() - killedAt) / 1000), 'new pid': javaPid() });
      phase = `after ${label}`;
    }
  })();

  await Promise.all(Array.from({ length: o.connections }, async () => {
    while (Date.now() < end) await request();
  }));
  await killer;
  clearInterval(minute);
  sampleMemory('end');

  const rows: Row[] = [...counts].flatMap(([p, byStatus]) => [...byStatus].sort().map(([what, k]) => ({ phase: p, answer: what, count: k })));
  printTable('Soak: answers by phase and status', rows);
  printTable('Soak: outages (Neo4j killed with SIGKILL, restarted by the server\'s supervisor)', outages);
  printTable('Soak: memory at start, each minute and end', memory);
  writeResults('soak', { options: o, answers: rows, outages, memory });
  await app.close();
  await nlpServer.stop();
}
