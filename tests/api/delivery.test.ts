/**
 * Delivery over HTTP, as a browser meets it: the built explorer and the API compressed as the client
 * accepts (brotli, else gzip, else as they are), hashed assets cached for a year as immutable, and
 * index.html revalidated on every visit. Raw bytes through node:http, which decodes nothing.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { ensureWebBuild } from '../web/browser.ts';

interface Raw { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

function get(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(r: Raw): Buffer {
  const encoding = r.headers['content-encoding'];
  return encoding === 'br' ? brotliDecompressSync(r.body) : encoding === 'gzip' ? gunzipSync(r.body) : r.body;
}

let server: TestServer;
let scripts: string[];
let styles: string[];

beforeAll(async () => {
  ensureWebBuild();
  server = await startTestServer();
  const html = (await get(`${server.url}/`)).body.toString('utf8');
  scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  styles = [...html.matchAll(/href="(\/assets\/[^"]+\.css)"/g)].map((m) => m[1]!);
}, 300_000);

afterAll(async () => { await server?.close(); });

describe('delivery of the explorer and the API', () => {
  it('sends the first view\'s scripts and styles brotli-compressed, immutable for a year, and the same bytes as uncompressed', async () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);
    for (const path of [...scripts, ...styles]) {
      const plain = await get(`${server.url}${path}`);
      const br = await get(`${server.url}${path}`, 'gzip, deflate, br');
      expect(plain.status, path).toBe(200);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.headers['content-type'], path).toMatch(path.endsWith('.js') ? /javascript/ : /text\/css/);
      expect(br.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
      expect(plain.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
      expect(decoded(br).equals(plain.body), path).toBe(true);
      expect(br.body.length, path).toBeLessThan(plain.body.length * 0.5);
    }
  });

  it('sends gzip to a client that takes gzip but not brotli', async () => {
    const gz = await get(`${server.url}${scripts[0]}`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(decoded(gz).equals((await get(`${server.url}${scripts[0]}`)).body)).toBe(true);
  });

  it('has index.html revalidated on every visit, so a new release is seen at once', async () => {
    for (const path of ['/', '/index.html']) {
      const res = await get(`${server.url}${path}`, 'br');
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(decoded(res).toString('utf8'), path).toContain('<div id="cy">');
    }
  });

  it('leaves the panels a first view does not draw, the report builder, the hierarchical layout and the SVG exporter out of the first view\'s scripts, fetched later', async () => {
    const first = (await Promise.all(scripts.map(async (s) => (await get(`${server.url}${s}`)).body.toString('utf8')))).join('\n');
    // Text from each module's own code, present only if that code is in the first view's scripts.
    const later = { investigations: 'Saved investigations', report: 'Open to print or save as PDF', dagre: 'network-simplex', svg: 'C2S' };
    for (const [module, marker] of Object.entries(later)) expect(first, module).not.toContain(marker);
    const chunks = [...first.matchAll(/((?:deferred|report|cytoscape-dagre|cytoscape-svg)-[\w-]{8}\.js)/g)].map((m) => m[1]!);
    expect(new Set(chunks.map((c) => c.replace(/-[\w-]{8}\.js$/, '')))).toEqual(new Set(['deferred', 'cytoscape-dagre', 'cytoscape-svg']));
    const fetched = await Promise.all([...new Set(chunks)].map(async (c) => (await get(`${server.url}/assets/${c}`, 'br')).headers['content-encoding']));
    expect(fetched.every((e) => e === 'br')).toBe(true);
  });

  it('compresses API answers the client accepts compressed, and leaves tiny ones as they are', async () => {
    const url = `${server.url}/api/openapi.json`;
    const plain = await get(url);
    const br = await get(url, 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(decoded(br).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    const small = await get(`${server.url}/api/about`, 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
