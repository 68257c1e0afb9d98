/**
 * @module Entry point of `npm start`: opens the database (NEO4J_URI, else embedded, restarted when
 * it stops unasked) and the NLP sidecar (CORENLP_URL, else started here) side by side, applies the
 * schema, loads the seed articles into an empty graph, serves the app, and shuts down in order.
 */
import { loadConfig } from './config.ts';
import { applySchema, connectTo, credentialsFromEnv, openDatabase } from '../cypher/connection.ts';
import type { Repository } from '../cypher/repository.ts';
import { buildApp } from './app.ts';
import { nlpChunkChars, nlpClient, openNlpServer, seedIfEmpty, type NlpClient } from '../ingest/index.ts';

const RETRY_MS = 5_000;

/**
 * Schema and seeds need the database and the parser; when either is down at start we still serve
 * (health answers 503, uploads say why) and keep trying, so the explorer heals when they come back.
 */
async function prepare(repo: Repository, nlp: NlpClient, seedsDir: string, log: (msg: string) => void): Promise<boolean> {
  try {
    await applySchema(repo.db);
    const summary = await seedIfEmpty({ repo, nlp }, seedsDir);
    if (summary) log(`seeded the empty graph from ${seedsDir}: ${summary.documents.added} documents`);
    return true;
  } catch (e) {
    log(`not ready to seed (${(e as Error).message.split('\n')[0]}); retrying every ${RETRY_MS / 1000}s`);
    return false;
  }
}

async function keepPreparing(repo: Repository, nlp: NlpClient, seedsDir: string, log: (msg: string) => void) {
  while (!(await prepare(repo, nlp, seedsDir, log))) await new Promise((r) => setTimeout(r, RETRY_MS));
}

async function main() {
  const config = loadConfig();
  const chunkChars = nlpChunkChars();
  const external = credentialsFromEnv();
  // The server must outlive whatever database it uses, so it never borrows another process's
  // embedded Neo4j (an ingest run's stops when the run ends): it refuses and names that process.
  const embedded = { whenRunning: 'refuse', owner: `the Sightline server at http://${config.host}:${config.port}` } as const;
  const [db, nlpServer] = await Promise.all([external ? connectTo(external) : openDatabase({ embedded, supervise: true }), openNlpServer()]);
  const nlp = nlpClient(nlpServer, { chunkChars });
  const app = await buildApp({ db, nlp, config });
  app.addHook('onClose', async () => nlpServer.stop());
  const log = (msg: string) => app.log.info(msg);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    await app.close(); // closes the driver, stops an embedded Neo4j and a CoreNLP started here
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (config.host !== '127.0.0.1' && config.host !== 'localhost' && config.host !== '::1' && !config.apiToken && !config.apiTokens.length) {
    app.log.warn(`listening on ${config.host} without API_TOKEN or API_TOKENS: routes that change the graph will refuse requests`);
  }
  // The first screen should show the seeds, so wait for them; if the database is down, serve anyway.
  const ready = await prepare(app.repo, nlp, config.seedsDir, log);
  await app.listen({ port: config.port, host: config.host });
  if (!ready) void keepPreparing(app.repo, nlp, config.seedsDir, log);
}

main().catch((e) => {
  console.error(`sightline: ${(e as Error).message}`);
  process.exit(1);
});
