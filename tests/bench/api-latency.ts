/**
 * @module `npx tsx tests/bench/api-latency.ts [seconds]`: median and tail latency of the neighbours and
 * paths routes on the seed graph, measured over HTTP with autocannon against the real app, so the
 * number includes validation, Neo4j and serialisation. One connection (an analyst clicking) and ten.
 */
import autocannon from 'autocannon';
import { ingestPaths, nlpClient, openNlpServer } from '../../ingest/index.ts';
import { Repository } from '../../cypher/repository.ts';
import { openBenchDatabase } from './db.ts';
import { startBenchServer } from './server.ts';

const seconds = Number(process.argv[2] ?? 10);

const routes: Record<string, string[]> = {
  'neighbors d1 (kazakhstan)': ['/api/entities/kazakhstan/neighbors?depth=1'],
  'neighbors d2 (russia, hub)': ['/api/entities/russia/neighbors?depth=2'],
  'paths ntechlab→moscow k=3': ['/api/paths?from=ntechlab&to=moscow&k=3'],
  'paths dahua→sergek maxHops=6': ['/api/paths?from=dahua&to=sergek&maxHops=6&k=3'],
};

async function measure(url: string, paths: string[], connections: number) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  return { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, rps: Math.round(result.requests.average), errors: result.errors + result.non2xx };
}

const db = await openBenchDatabase('seeds', { fresh: true });
const nlpServer = await openNlpServer();
const nlp = nlpClient(nlpServer);
const summary = await ingestPaths({ repo: new Repository(db), nlp }, ['seeds']);
console.error(`seed graph: ${summary.documents.added} documents, ${summary.entities.new} entities`);
const { app, url } = await startBenchServer(db, nlp);
try {
  const rows: Record<string, unknown>[] = [];
  for (const [name, paths] of Object.entries(routes)) {
    // One request first, so the plan cache is warm for what is measured.
    await fetch(`${url}${paths[0]}`);
    for (const connections of [1, 10]) rows.push({ route: name, connections, ...(await measure(url, paths, connections)) });
  }
  console.table(rows);
} finally {
  await app.close();
  await nlpServer.stop();
}
