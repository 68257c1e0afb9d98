/**
 * An uploaded file is known by its content, not its file name: POST /api/documents over HTTP, as the
 * add-document dialog sends it (a multipart `file` and nothing else), against the test Neo4j.
 * Replacing a document is asked for by naming its `source`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { emptyTestGraph } from '../helpers/db.ts';

const ECUADOR = 'Hikvision supplied cameras to Ecuador in 2019.';
const KENYA = 'Dahua supplied cameras to Kenya in 2020.';
const BOLIVIA = 'Hikvision supplied cameras to Bolivia in 2021.';

describe('POST /api/documents: identity of an uploaded file', () => {
  emptyTestGraph();
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(() => server?.close());

  const upload = async (text: string, fileName: string, fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([text], { type: 'text/plain' }), fileName);
    const res = await fetch(`${server.url}/api/documents`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    return res.json();
  };
  const documents = async () => ((await (await fetch(`${server.url}/api/documents`)).json()).documents as { id: string; fileName: string; source: string }[]);
  const evidenceOf = async (relationship: string) => {
    const res = await fetch(`${server.url}/api/relationships/${encodeURIComponent(relationship)}`);
    return res.status === 200 ? ((await res.json()).evidence as { doc: string; quote: string }[]) : [];
  };

  it('keeps the same bytes uploaded twice as one document, read again and left unchanged', async () => {
    const first = await upload(ECUADOR, 'notes.txt');
    expect(first.status).toBe('added');
    expect(first.document.fileName).toBe('notes.txt');
    const again = await upload(ECUADOR, 'notes.txt');
    expect(again.status).toBe('unchanged');
    expect(again.document.id).toBe(first.document.id);
    expect(await documents()).toHaveLength(1);
    expect(await evidenceOf('hikvision~SUPPLIES~ecuador')).toHaveLength(1);
  });

  it('adds a different file of the same name as a second document, never replacing the first or its evidence', async () => {
    const [first] = await documents();
    const second = await upload(KENYA, 'notes.txt');
    expect(second.status).toBe('added');
    expect(second.document.fileName).toBe('notes.txt');
    expect(second.document.source).not.toBe(first!.source);
    const stored = await documents();
    expect(stored.map((d) => d.id).sort()).toEqual([first!.id, second.document.id].sort());
    expect(stored.map((d) => d.fileName)).toEqual(['notes.txt', 'notes.txt']);
    expect((await evidenceOf('hikvision~SUPPLIES~ecuador')).map((e) => e.doc)).toEqual([first!.id]);
    expect((await evidenceOf('dahua~SUPPLIES~kenya')).map((e) => e.doc)).toEqual([second.document.id]);
  });

  it('replaces a document only when the upload names its source, and then drops only that document\'s evidence', async () => {
    const before = await documents();
    const v1 = await upload(ECUADOR.replace('2019', '2018'), 'field-notes.txt', { source: 'field notes/almaty' });
    expect(v1.status).toBe('added');
    expect(v1.document.source).toBe('field notes/almaty');
    const v2 = await upload(BOLIVIA, 'field-notes-v2.txt', { source: 'field notes/almaty' });
    expect(v2.status).toBe('replaced');
    const after = await documents();
    expect(after.map((d) => d.id).sort()).toEqual([...before.map((d) => d.id), v2.document.id].sort());
    expect((await evidenceOf('hikvision~SUPPLIES~bolivia')).map((e) => e.doc)).toEqual([v2.document.id]);
    // The replaced version's 2018 sentence is gone; the other uploads' evidence is untouched.
    const ecuador = await evidenceOf('hikvision~SUPPLIES~ecuador');
    expect(ecuador.map((e) => e.quote)).toEqual([ECUADOR]);
    expect(await evidenceOf('dahua~SUPPLIES~kenya')).toHaveLength(1);
  });
});
