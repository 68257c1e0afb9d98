/**
 * Documents named by URL, served by a local HTTP server the test starts (no internet here): through
 * the CLI and the API, fetched once and kept beside the data, read like files; a 404, a login wall
 * (HTTP 401 and a password form), a server too slow to answer and a body over the limit each skipped
 * with their reason while the others in the batch load. The API fetches only public addresses unless
 * its operator allows private ones: the local test site stands for the server's own network.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { startCli } from '../helpers/cli.ts';
import { emptyTestGraph } from '../helpers/db.ts';
import { HTML_BODY_SENTENCE, HTML_NAV_TEXT, LOGIN_PAGE, PDF_PAGE3_SENTENCE, makeHtml, makePdf } from '../helpers/documents.ts';

let site: Server;
let base: string;
const RUSSIAN = 'Камеры для Москвы поставила компания Хиквижн, сообщили в мэрии.';
/** Every path the local site was asked for, so a refused fetch can be shown never to have reached it. */
const requested: string[] = [];
let pdf: Buffer;
const archive = mkdtempSync(join(tmpdir(), 'sightline-archive-'));
const pending = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  pdf = await makePdf({ title: 'Camera procurement in Central Asia' });
  site = createServer((req, res) => {
    requested.push(req.url ?? '');
    switch (req.url) {
      case '/ru/news':
        // Windows-1251, said only by the header: Cyrillic А..я are bytes 0xC0..0xFF.
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' })
          .end(Buffer.from([...`<html><head><title>Moskva</title></head><body><article><p>${RUSSIAN}</p></article></body></html>`]
            .map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0)))));
        return;
      case '/hop':
        // A redirect from an allowed address to the server's own loopback.
        res.writeHead(302, { location: `http://127.0.0.1:${(site.address() as AddressInfo).port}/news/dahua-nairobi` }).end();
        return;
      case '/news/dahua-nairobi':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(makeHtml());
        return;
      case '/files/report':
        res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
        return;
      case '/login-wall':
        res.writeHead(200, { 'content-type': 'text/html' }).end(LOGIN_PAGE);
        return;
      case '/members-only':
        res.writeHead(401, { 'content-type': 'text/html', 'www-authenticate': 'Basic' }).end('<h1>Unauthorized</h1>');
        return;
      case '/slow':
        // Never answers; closed when the test ends.
        pending.add(res);
        return;
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 100; i++) res.write(`<p>${'x'.repeat(1000)}</p>`);
        res.end();
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of pending) res.destroy();
  await new Promise((resolve) => site.close(resolve));
  rmSync(archive, { recursive: true, force: true });
});

const ENV = { INGEST_FETCH_TIMEOUT_MS: '2000', INGEST_MAX_FILE_BYTES: '50000', INGEST_ARCHIVE_DIR: archive };

describe('ingest: URLs through the CLI', () => {
  const graph = emptyTestGraph();

  it('loads a web page and a PDF by URL, keeps their bytes, and skips a 404, a login wall, a slow server and an oversized body with their reasons', async () => {
    const urls = ['news/dahua-nairobi', 'files/report', 'gone', 'login-wall', 'members-only', 'slow', 'huge'].map((p) => `${base}/${p}`);
    const run = await startCli(urls, ENV);
    expect(run.stdout).toContain('added 2');
    const reasons: Record<string, string> = {
      gone: 'fetch-failed: ' + `${base}/gone answered HTTP 404 Not Found`,
      'login-wall': 'login-page: is a login page',
      'members-only': `login-page: ${base}/members-only asks for a login (HTTP 401`,
      slow: `fetch-failed: ${base}/slow gave no answer within 2 s`,
      huge: 'too-large: ',
    };
    for (const [path, reason] of Object.entries(reasons)) expect(run.stdout).toContain(`${base}/${path}: ${reason}`);
    expect(run.stdout).toContain('failed: 5');
    expect(run.code).toBe(1);

    const docs = (await graph.repo.read('documents')).map((r) => r.document);
    const page = docs.find((d) => d.format === 'html')!;
    expect(page).toMatchObject({ source: `${base}/news/dahua-nairobi`, url: `${base}/news/dahua-nairobi`, title: 'Dahua cameras for Nairobi', date: '2021-06-01' });
    const { text } = (await graph.repo.readOne('documentText', { id: page.id }))!;
    expect(text).toContain(HTML_BODY_SENTENCE);
    expect(text).not.toContain(HTML_NAV_TEXT);
    const report = docs.find((d) => d.format === 'pdf')!;
    expect(report).toMatchObject({ pages: 4, url: `${base}/files/report`, fileName: 'report' });
    // The bytes as fetched are kept, named by their hash, with where and when they came from.
    const hash = createHash('sha256').update(pdf).digest('hex');
    expect(report.contentHash).toBe(hash);
    expect(readFileSync(join(archive, hash)).equals(pdf)).toBe(true);
    expect(JSON.parse(readFileSync(join(archive, `${hash}.json`), 'utf8'))).toMatchObject({ url: `${base}/files/report`, status: 200, mediaType: 'application/pdf' });
    expect(existsSync(join(archive, page.contentHash!))).toBe(true);
  }, 180_000);
});

describe('POST /api/documents with a URL to fetch', () => {
  emptyTestGraph();
  let server: TestServer;
  const saved = { ...process.env };
  beforeAll(async () => {
    Object.assign(process.env, ENV);
    // The test site is on loopback, so this server is told it may reach its own network.
    server = await startTestServer({ fetchPrivateUrls: true });
  });
  afterAll(async () => {
    await server?.close();
    for (const key of Object.keys(ENV)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });
  const post = (body: unknown) => fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('fetches and stores a PDF by URL, whose evidence cites the URL and page 3', async () => {
    const res = await post({ fetch: `${base}/files/report`, publisher: 'Example Institute' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('added');
    const rel = await (await fetch(`${server.url}/api/relationships/hikvision~SUPPLIES~almaty-city-administration`)).json();
    const item = rel.evidence.find((e: any) => e.quote === PDF_PAGE3_SENTENCE);
    expect(item.citation).toBe(`"Camera procurement in Central Asia", Example Institute, 2022-03-15, ${base}/files/report, p. 3`);
  }, 120_000);

  it('follows a redirect, checking each hop, and cites the page it ended at', async () => {
    const res = await post({ fetch: `${base}/hop` });
    expect(res.status).toBe(200);
    expect((await res.json()).document.source).toBe(`${base}/news/dahua-nairobi`);
  }, 120_000);

  it('reads a page in the character set its server names (windows-1251), not as broken UTF-8', async () => {
    const res = await post({ fetch: `${base}/ru/news` });
    expect(res.status).toBe(200);
    const doc = await (await fetch(`${server.url}/api/documents/${(await res.json()).document.id}`)).json();
    expect(doc.document.text).toContain(RUSSIAN);
  }, 120_000);

  it('answers 422 with the reason for a URL that answers 404, and 400 for a body with both text and a URL', async () => {
    const gone = await post({ fetch: `${base}/gone` });
    expect(gone.status).toBe(422);
    expect(await gone.json()).toMatchObject({ details: { reason: 'fetch-failed' }, message: expect.stringContaining('HTTP 404') });
    const both = await post({ fetch: `${base}/gone`, text: 'Some text.' });
    expect(both.status).toBe(400);
  });
});

describe('POST /api/documents refuses URLs on the server\'s own network by default', () => {
  emptyTestGraph();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const post = (body: unknown) => fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers 422 private-address for loopback by number, by name and in IPv6, and the local site is never asked', async () => {
    const before = requested.length;
    const port = (site.address() as AddressInfo).port;
    for (const url of [`${base}/news/dahua-nairobi`, `http://localhost:${port}/news/dahua-nairobi`, `http://[::1]:${port}/x`, `http://[::ffff:127.0.0.1]:${port}/x`, 'http://169.254.169.254/latest/meta-data/']) {
      const res = await post({ fetch: url });
      expect(res.status, url).toBe(422);
      const body = await res.json();
      expect(body.details.reason, url).toBe('private-address');
      expect(body.message).toContain('FETCH_PRIVATE_URLS');
    }
    expect(requested.length).toBe(before);
    expect((await (await fetch(`${server.url}/api/stats`)).json()).documents).toBe(0);
  });
});
