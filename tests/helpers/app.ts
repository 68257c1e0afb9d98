/**
 * @module Starts the real server (app.ts) on a free loopback port against the run's shared Neo4j,
 * so API and browser tests talk HTTP to the same code `npm start` runs.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { applySchema, connectTo } from '../../cypher/connection.ts';
import { credentials, testNlp } from './db.ts';

export interface TestServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const db = connectTo(credentials());
  await applySchema(db);
  const app = await buildApp({ db, nlp: testNlp(), config: loadConfig({}, { port: 0, logLevel: 'silent', ...overrides }), logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
