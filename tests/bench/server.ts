/**
 * @module Starts the real app (server/app.ts) in-process on a free loopback port against a bench
 * database, as tests/helpers/app.ts does for the test store. Closing the app closes the database.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../cypher/connection.ts';
import { nlpClient, type NlpClient } from '../../ingest/index.ts';

/**
 * The graph benchmarks read only; without a parser given, uploads answer 503 (the client points at a
 * closed loopback port with one attempt) while every graph route works.
 */
export async function startBenchServer(db: Database, nlp: NlpClient = nlpClient({ url: 'http://127.0.0.1:9' }, { attempts: 1 })): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildApp({ db, nlp, config: loadConfig({}, { port: 0, logLevel: 'silent' }), logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}` };
}
