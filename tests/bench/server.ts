/**
 * @module Starts the real app (server/app.ts) in-process on a free loopback port against a bench
 * database, as tests/helpers/app.ts does for the test store. Closing the app closes the database.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../cypher/connection.ts';

export async function startBenchServer(db: Database): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildApp({ db, config: loadConfig({}, { port: 0, logLevel: 'silent' }), logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}` };
}
