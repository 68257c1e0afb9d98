import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { connectTo } from '../../cypher/connection.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { testNlp } from '../helpers/db.ts';

describe('GET /api/health', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  it('reports the real Neo4j version and edition over HTTP', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('ok');
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    expect(body.neo4j.edition).toBe('community');
  });

  it('answers 503 with a JSON reason and Retry-After when the database is unreachable', async () => {
    // A port nothing listens on stands for a database that is down.
    const db = connectTo({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    const app = await buildApp({ db, nlp: testNlp(), config: loadConfig({}, { logLevel: 'silent' }), logger: false });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      const body = res.json();
      expect(body.error).toBe('ServiceUnavailable');
      expect(body.details.reason).toMatch(/\S/);
    } finally {
      await app.close();
    }
  });
});
