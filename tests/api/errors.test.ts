import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { startTestServer, type TestServer } from '../helpers/app.ts';

describe('the one error handler', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => { await server.close(); });

  it('hides the message and stack of an unexpected 500 from the client', async () => {
    // Routes cannot be added after listen, so this checks through inject on a fresh instance.
    const { buildApp } = await import('../../server/app.ts');
    const { loadConfig } = await import('../../server/config.ts');
    const { connectTo } = await import('../../cypher/connection.ts');
    const { credentials, testNlp } = await import('../helpers/db.ts');
    const app = await buildApp({ db: connectTo(credentials()), nlp: testNlp(), config: loadConfig({}, { logLevel: 'silent' }), logger: false });
    app.withTypeProvider<ZodTypeProvider>().get('/api/test-throws', {
      schema: { querystring: z.object({ n: z.coerce.number().int().min(1) }) },
    }, async () => { throw new Error('secret internal detail at /srv/x.ts:12'); });
    try {
      const boom = await app.inject({ method: 'GET', url: '/api/test-throws?n=2' });
      expect(boom.statusCode).toBe(500);
      expect(boom.json()).toEqual({ error: 'InternalServerError', message: 'Internal server error' });
      expect(boom.body).not.toContain('secret');

      const bad = await app.inject({ method: 'GET', url: '/api/test-throws?n=0' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toBe('BadRequest');
      expect(bad.json().message).toMatch(/^querystring\.n: /);
    } finally {
      await app.close();
    }
  });

  it('answers 503 busy with Retry-After, not 500, when the database does not finish a graph query within the query timeout', async () => {
    const { buildApp } = await import('../../server/app.ts');
    const { loadConfig } = await import('../../server/config.ts');
    const { connectTo } = await import('../../cypher/connection.ts');
    const { credentials, testNlp } = await import('../helpers/db.ts');
    const app = await buildApp({ db: connectTo(credentials()), nlp: testNlp(), config: loadConfig({}, { logLevel: 'silent', queryTimeoutMs: 500 }), logger: false });
    // A named read that takes seconds, behind a route as every graph route is: the repository, the
    // query timeout and the error handler are the ones the app uses.
    app.get('/api/test-slow', async () => app.repo.readOne('slowRead'));
    try {
      const res = await app.inject({ method: 'GET', url: '/api/test-slow' });
      expect(res.statusCode, res.body).toBe(503);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(res.json()).toMatchObject({ error: 'ServiceUnavailable', message: expect.stringMatching(/busy/) });
    } finally {
      await app.close();
    }
  });

  it('answers an unknown route with a JSON 404', async () => {
    const res = await fetch(`${server.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'NotFound' });
  });

  it('answers URLs the router or the HTTP parser refuse (too long, bad percent-encoding, huge headers) in the one error shape', async () => {
    const cases: [string, number, string][] = [
      [`/api/entities/${'a'.repeat(1_200)}`, 414, 'URITooLong'],
      ['/api/entities/%E0%A4%A', 400, 'BadRequest'],
      [`/api/search?q=${'a'.repeat(20_000)}`, 431, 'RequestHeaderFieldsTooLarge'],
    ];
    for (const [path, status, error] of cases) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path.slice(0, 40)).toBe(status);
      const body = await res.json();
      expect(Object.keys(body).filter((k) => k !== 'details')).toEqual(['error', 'message']);
      expect(body.error).toBe(error);
      expect(body.message.length).toBeLessThan(200);
    }
  });

  it('lets an entity id of up to 200 characters reach the route, which names the field past that', async () => {
    const long = await fetch(`${server.url}/api/entities/${'a'.repeat(150)}`);
    expect(long.status).toBe(404);
    const tooLong = await fetch(`${server.url}/api/entities/${'a'.repeat(300)}`);
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).message).toMatch(/^params\.id: /);
  });

  it('serves the OpenAPI document generated from the zod schemas', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/health/');
  });
});
