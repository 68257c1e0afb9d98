import { describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/app.ts';
import { seededServer } from '../helpers/seeded.ts';

const seeded = seededServer();

const ARTICLE = {
  title: 'Almaty extends its camera network',
  text: 'Almaty extends its camera network\n\nIn 2023 Hikvision supplied new cameras to Almaty for its Safe City program. '
    + 'The Almaty city administration said the system now covers every district.',
};
const post = (base: string, body: unknown, query = '', headers: Record<string, string> = {}) =>
  fetch(`${base}/api/documents${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const documentCount = async () => (await (await fetch(`${seeded.server.url}/api/stats`)).json()).documents;


describe('POST /api/documents', () => {
  it('previews the extraction with dryRun and writes nothing', async () => {
    const before = await documentCount();
    const res = await post(seeded.server.url, ARTICLE, '?dryRun=true');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('preview');
    expect(body.document.title).toBe(ARTICLE.title);
    expect(body.entities.map((e: any) => e.id)).toEqual(expect.arrayContaining(['hikvision', 'almaty']));
    const supply = body.relations.find((r: any) => r.type === 'SUPPLIES' && r.source === 'hikvision');
    expect(supply).toMatchObject({ target: expect.any(String), year: 2023 });
    expect(ARTICLE.text.slice(supply.evidence.start, supply.evidence.end)).toBe(supply.evidence.quote);
    expect(await documentCount()).toBe(before);
  });

  it('adds a pasted text once, then answers unchanged for the same text', async () => {
    const before = await documentCount();
    const first = await (await post(seeded.server.url, ARTICLE)).json();
    expect(first.status).toBe('added');
    expect(await documentCount()).toBe(before + 1);
    const again = await (await post(seeded.server.url, ARTICLE)).json();
    expect(again.status).toBe('unchanged');
    const doc = await (await fetch(`${seeded.server.url}/api/documents/${first.document.id}`)).json();
    expect(doc.document.text).toContain('Hikvision supplied new cameras');
  });

  it('accepts a multipart file upload', async () => {
    const form = new FormData();
    form.append('file', new Blob(['Sergek expands\n\nKorkem Telecom supplied Sergek cameras to Shymkent in 2022.'], { type: 'text/plain' }), 'sergek-2022.txt');
    const res = await fetch(`${seeded.server.url}/api/documents`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('added');
    expect(body.document.fileName).toBe('sergek-2022.txt');
    expect(body.document.source).toMatch(/^upload:[0-9a-f]{12}\/sergek-2022\.txt$/);
  });

  it('answers 422 for a document that cannot be read, and 400 naming the field for a missing text', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([0, 159, 146, 150, 0, 0, 1, 2, 3])]), 'image.bin');
    const binary = await fetch(`${seeded.server.url}/api/documents`, { method: 'POST', body: form });
    expect(binary.status).toBe(422);
    expect((await binary.json()).message).toMatch(/cannot be read/);
    const missing = await post(seeded.server.url, { title: 'no text' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).message).toMatch(/^body\.text/);
  });

  it('answers 413 for a JSON body over the body limit and a file over the upload limit, which is its own, larger one', async () => {
    const small = await startTestServer({ bodyLimit: 2_000, uploadLimit: 20_000 });
    const upload = (bytes: number) => {
      const form = new FormData();
      form.append('file', new Blob([`Hikvision supplied cameras to Almaty. ${'word '.repeat(bytes / 5)}`]), 'report.txt');
      return fetch(`${small.url}/api/documents?dryRun=true`, { method: 'POST', body: form });
    };
    try {
      const json = await post(small.url, { text: 'x '.repeat(2_000) });
      expect(json.status).toBe(413);
      expect((await upload(5_000)).status).toBe(200);
      const file = await upload(25_000);
      expect(file.status).toBe(413);
      expect((await file.json()).message).toMatch(/upload limit of 20000 bytes \(UPLOAD_LIMIT\)/);
    } finally {
      await small.close();
    }
  });

  it('answers 400 naming the body, not 500, for a multipart upload that breaks off or is not multipart', async () => {
    const part = '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n';
    for (const body of [`${part}Hikvision supplied cam`, '--XX\r\nContent-Disposition: form-da', 'not multipart at all']) {
      const res = await fetch(`${seeded.server.url}/api/documents?dryRun=true`, {
        method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=XX' }, body,
      });
      expect(res.status, body).toBe(400);
      const answer = await res.json();
      expect(answer).toMatchObject({ error: 'BadRequest', details: [{ field: 'body' }] });
      expect(answer.message).toMatch(/^body: the multipart upload is incomplete or malformed/);
    }
    const whole = await fetch(`${seeded.server.url}/api/documents?dryRun=true`, {
      method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=XX' }, body: `${part}${ARTICLE.text}\r\n--XX--\r\n`,
    });
    expect(whole.status).toBe(200);
  });

  it('requires the bearer token when API_TOKEN is set', async () => {
    const guarded = await startTestServer({ apiToken: 'correct-horse-battery' });
    try {
      expect((await post(guarded.url, ARTICLE, '?dryRun=true')).status).toBe(401);
      expect((await post(guarded.url, ARTICLE, '?dryRun=true', { authorization: 'Bearer wrong-token-123' })).status).toBe(401);
      expect((await post(guarded.url, ARTICLE, '?dryRun=true', { authorization: 'Bearer correct-horse-battery' })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('refuses writes with a clear 403 when the server listens beyond loopback without a token', async () => {
    const exposed = await startTestServer({ host: '0.0.0.0' });
    try {
      const res = await post(exposed.url, ARTICLE);
      expect(res.status).toBe(403);
      expect((await res.json()).message).toMatch(/API_TOKEN/);
    } finally {
      await exposed.close();
    }
  });
});
