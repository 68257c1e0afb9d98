import { request } from 'node:http';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { connectTo } from '../../cypher/connection.ts';
import { credentials, testNlp } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

describe('security headers, CORS and request ids', () => {
  it('sends a CSP that allows the built explorer and data:/blob: images, and nothing inline for scripts', async () => {
    const res = await fetch(`${server.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/img-src 'self' data: blob:/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('echoes a request id so a client report can be matched to the log', async () => {
    const res = await fetch(`${server.url}/api/ontology`, { headers: { 'x-request-id': 'report-42' } });
    expect(res.headers.get('x-request-id')).toBe('report-42');
    expect((await fetch(`${server.url}/api/ontology`)).headers.get('x-request-id')).toMatch(/\w{4,}/);
  });

  it('keeps CORS off unless an origin is configured', async () => {
    const off = await fetch(`${server.url}/api/ontology`, { headers: { origin: 'https://elsewhere.example' } });
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
    const open = await startTestServer({ corsOrigin: 'https://newsroom.example' });
    try {
      const res = await fetch(`${open.url}/api/ontology`, { headers: { origin: 'https://newsroom.example' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
      const other = await fetch(`${open.url}/api/ontology`, { headers: { origin: 'https://elsewhere.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });
});

describe('rate limits', () => {
  it('answers 429 on an expensive route once a networked client passes its per-minute limit, and leaves cheap routes alone', async () => {
    // A server bound beyond loopback counts every client; inject lets the test skip the listen.
    const app = await buildApp({ db: connectTo(credentials()), nlp: testNlp(), config: loadConfig({}, { host: '0.0.0.0', apiToken: 'correct-horse-battery', logLevel: 'silent' }), logger: false });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++) {
        const res = await app.inject({ method: 'POST', url: '/api/cypher', payload: { query: 'RETURN 1' }, headers: { authorization: 'Bearer correct-horse-battery' }, remoteAddress: '10.1.2.3' });
        statuses.push(res.statusCode);
      }
      expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
      for (let i = 0; i < 40; i++) {
        expect((await app.inject({ method: 'GET', url: '/api/ontology', remoteAddress: '10.1.2.3' })).statusCode).toBe(200);
      }
    } finally {
      await app.close();
    }
  });
});

describe('rate limits behind a reverse proxy', () => {
  const cypherFrom = (app: Awaited<ReturnType<typeof buildApp>>, client: string) => app.inject({
    method: 'POST', url: '/api/cypher', payload: { query: 'RETURN 1' },
    headers: { authorization: 'Bearer correct-horse-battery', 'x-forwarded-for': client }, remoteAddress: '10.9.9.9',
  });

  it('counts each client behind a trusted proxy apart (TRUST_PROXY), so one client cannot use up everyone\'s limit', async () => {
    const app = await buildApp({ db: connectTo(credentials()), nlp: testNlp(), config: loadConfig({ TRUST_PROXY: '10.9.9.9' }, { host: '0.0.0.0', apiToken: 'correct-horse-battery', logLevel: 'silent' }), logger: false });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) statuses.push((await cypherFrom(app, '198.51.100.7')).statusCode);
      expect(statuses.at(-1)).toBe(429);
      expect((await cypherFrom(app, '198.51.100.8')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('believes no X-Forwarded-For by default: a client naming itself anew each time is still one client', async () => {
    const app = await buildApp({ db: connectTo(credentials()), nlp: testNlp(), config: loadConfig({}, { host: '0.0.0.0', apiToken: 'correct-horse-battery', logLevel: 'silent' }), logger: false });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) statuses.push((await cypherFrom(app, `198.51.100.${i + 10}`)).statusCode);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('locks out only the guessing client behind a trusted proxy (TRUST_PROXY), while another client of the same proxy gets in with the right token', async () => {
    const app = await buildApp({ db: connectTo(credentials()), nlp: testNlp(), config: loadConfig({ TRUST_PROXY: '10.9.9.9' }, { host: '0.0.0.0', apiToken: 'correct-horse-battery', logLevel: 'silent' }), logger: false });
    const withToken = (client: string, token: string) => app.inject({
      method: 'POST', url: '/api/cypher', payload: { query: 'RETURN 1' },
      headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': client }, remoteAddress: '10.9.9.9',
    });
    try {
      for (let i = 0; i < 10; i++) expect((await withToken('198.51.100.20', `guess-${i}`)).statusCode).toBe(401);
      expect((await withToken('198.51.100.20', 'correct-horse-battery')).statusCode).toBe(429);
      expect((await withToken('198.51.100.21', 'correct-horse-battery')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('locks out a guesser that names itself anew in X-Forwarded-For when no proxy is trusted', async () => {
    const app = await buildApp({ db: connectTo(credentials()), nlp: testNlp(), config: loadConfig({}, { host: '0.0.0.0', apiToken: 'correct-horse-battery', logLevel: 'silent' }), logger: false });
    const withToken = (client: string, token: string) => app.inject({
      method: 'POST', url: '/api/cypher', payload: { query: 'RETURN 1' },
      headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': client }, remoteAddress: '10.9.9.9',
    });
    try {
      for (let i = 0; i < 10; i++) expect((await withToken(`198.51.100.${30 + i}`, `guess-${i}`)).statusCode).toBe(401);
      expect((await withToken('198.51.100.99', 'correct-horse-battery')).statusCode).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('refuses a TRUST_PROXY that is not addresses, naming the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'the load balancer' })).toThrow(/TRUST_PROXY/);
  });
});

describe('token guessing', () => {
  /** A POST from a chosen loopback address (all of 127/8 reaches the server), standing for one client. */
  function postFrom(client: string, url: string, token: string): Promise<{ status: number; retryAfter?: string; body: any }> {
    return new Promise((resolve, reject) => {
      const req = request(`${url}/api/documents?dryRun=true`, {
        method: 'POST', localAddress: client,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      }, (res) => {
        let body = '';
        res.on('data', (d) => { body += String(d); });
        res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined, body: JSON.parse(body) }));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ text: 'Hikvision supplied cameras to Ecuador in 2019.' }));
    });
  }

  it('answers 429 with Retry-After to a client after 10 wrong tokens, even for the right one, while other clients still get in', async () => {
    const guarded = await startTestServer({ apiToken: 'correct-horse-battery' });
    try {
      for (let i = 0; i < 10; i++) expect((await postFrom('127.0.0.2', guarded.url, `guess-${i}`)).status).toBe(401);
      for (const token of ['guess-10', 'correct-horse-battery']) {
        const locked = await postFrom('127.0.0.2', guarded.url, token);
        expect(locked.status).toBe(429);
        expect(Number(locked.retryAfter)).toBeGreaterThan(0);
        expect(Number(locked.retryAfter)).toBeLessThanOrEqual(60);
        expect(locked.body).toMatchObject({ error: 'TooManyRequests', details: { retryAfterSeconds: Number(locked.retryAfter) } });
      }
      expect((await postFrom('127.0.0.3', guarded.url, 'correct-horse-battery')).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('clears a client\'s count of wrong tokens when it sends the right one', async () => {
    const guarded = await startTestServer({ apiToken: 'correct-horse-battery' });
    try {
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 9; i++) expect((await postFrom('127.0.0.4', guarded.url, `typo-${i}`)).status).toBe(401);
        expect((await postFrom('127.0.0.4', guarded.url, 'correct-horse-battery')).status).toBe(200);
      }
    } finally {
      await guarded.close();
    }
  });
});

describe('database outages', () => {
  /** A TCP relay in front of Neo4j that the test can cut and restore, standing for a database restart. */
  function relay(target: { host: string; port: number }) {
    let listener: Server | undefined;
    const sockets = new Set<Socket>();
    const open = (port: number) => new Promise<number>((resolve) => {
      listener = createServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => s.destroy()); }
        client.pipe(upstream).pipe(client);
      });
      listener.listen(port, '127.0.0.1', () => resolve((listener!.address() as { port: number }).port));
    });
    const cut = () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      listener!.close(() => resolve());
    });
    return { open, cut };
  }

  it('answers 503 with Retry-After on graph routes while Neo4j is down, at once once it is known down, and recovers without a restart', async () => {
    const real = new URL(credentials().uri.replace(/^bolt/, 'http'));
    const r = relay({ host: real.hostname, port: Number(real.port) });
    const port = await r.open(0);
    const db = connectTo({ ...credentials(), uri: `bolt://127.0.0.1:${port}` });
    const app = await buildApp({ db, nlp: testNlp(), config: loadConfig({}, { logLevel: 'silent' }), logger: false });
    try {
      expect((await app.inject({ method: 'GET', url: '/api/stats' })).statusCode).toBe(200);
      await r.cut();
      const down = await app.inject({ method: 'GET', url: '/api/entities/ntechlab/neighbors' });
      expect(down.statusCode).toBe(503);
      expect(down.headers['retry-after']).toBe('5');
      expect(down.json()).toMatchObject({ error: 'ServiceUnavailable' });
      expect(down.body).not.toMatch(/bolt:|127\.0\.0\.1|at .*\.ts/);
      // Known down now: the next answers come at once, without the driver's retries.
      for (const url of ['/api/stats', '/api/health', '/api/entities/ntechlab']) {
        const started = Date.now();
        const again = await app.inject({ method: 'GET', url });
        expect(again.statusCode, url).toBe(503);
        expect(Date.now() - started, url).toBeLessThan(500);
        expect(again.body, url).not.toMatch(/bolt:|127\.0\.0\.1|:\d{4,5}/);
      }
      await r.open(port);
      // A probe finds it again within a second or so.
      const deadline = Date.now() + 10_000;
      let status = 503;
      while (status !== 200 && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 200));
        status = (await app.inject({ method: 'GET', url: '/api/stats' })).statusCode;
      }
      expect(status).toBe(200);
    } finally {
      await app.close();
      await r.cut().catch(() => undefined);
    }
  });
});

describe('OpenAPI', () => {
  it('documents every API route with a summary and tags', async () => {
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    const operations = Object.entries(doc.paths as Record<string, Record<string, any>>)
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
    const expected = ['/api/health/', '/api/ontology/', '/api/stats/', '/api/search/', '/api/entities/{id}', '/api/entities/{id}/neighbors',
      '/api/supply-chain/{id}', '/api/paths/', '/api/relationships/{id}', '/api/documents/', '/api/documents/{id}', '/api/export/', '/api/cypher/'];
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(expected));
    for (const { path, method, op } of operations) {
      expect(op.summary, `${method} ${path}`).toMatch(/\w/);
      expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
    }
    expect(doc.paths['/api/documents/'].post.requestBody).toBeDefined();
    expect(doc.paths['/api/entities/{id}/neighbors'].get.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['depth', 'relTypes', 'limit']));
  });
});
