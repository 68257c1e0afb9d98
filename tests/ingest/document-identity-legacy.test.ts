/**
 * A graph stored before documents were known by their path keeps working without a migration. A
 * document's id has always been the hash of its normalised text, and evidence, mentions and the
 * full-text index hang on that id; what changed is only the source it is stored under, which older
 * versions made the bare file name for a file outside the project folder and for an upload. So the
 * old documents are seeded as those versions wrote them (the write stage under the bare name, then
 * the file facts added since taken off), and read, re-read and met by namesakes the new way: the CLI
 * on real files and the API over HTTP, against the test Neo4j.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../ingest/index.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { runCli } from '../helpers/cli.ts';
import { emptyTestGraph, testNlp } from '../helpers/db.ts';

const ECUADOR = 'Hikvision supplied cameras to Ecuador in 2019.';
const UGANDA = 'Huawei supplied cameras to Uganda in 2019.';

describe('ingest: documents stored under their bare file name by older versions', () => {
  const graph = emptyTestGraph();
  const root = mkdtempSync(join(tmpdir(), 'uploads-legacy-identity-'));
  const a = join(root, 'a');
  const b = join(root, 'b');
  mkdirSync(a);
  mkdirSync(b);
  writeFileSync(join(a, 'notes.txt'), ECUADOR);
  writeFileSync(join(b, 'notes.txt'), 'Dahua supplied cameras to Kenya in 2020.');
  let server: TestServer;
  const old = { notes: '', report: '' };

  beforeAll(async () => {
    const ctx = { repo: graph.repo, nlp: testNlp() };
    // What the CLI did with /x/a/notes.txt, and the API with an uploaded report.txt.
    for (const [key, source, data] of [['notes', 'notes.txt', readFileSync(join(a, 'notes.txt'))], ['report', 'report.txt', UGANDA]] as const) {
      const { extraction } = await ingestDocument(ctx, { source, data });
      old[key] = (await graph.repo.write('legacyDocument', { id: extraction.document.id, source }))[0]!.id;
    }
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const api = async (path: string) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status, path).toBe(200);
    return res.json();
  };
  const documents = async () => (await api('/api/documents')).documents as { id: string; source: string; fileName: string }[];
  const evidenceDocs = async (relationship: string) => ((await api(`/api/relationships/${encodeURIComponent(relationship)}`)).evidence as { doc: string }[]).map((e) => e.doc);
  const upload = async (text: string, fileName: string) => {
    const form = new FormData();
    form.append('file', new Blob([text], { type: 'text/plain' }), fileName);
    const res = await fetch(`${server.url}/api/documents`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    return res.json();
  };

  it('lists, shows and finds an old document by its id, with its evidence and its file name', async () => {
    const listed = await documents();
    expect(listed.map((d) => [d.id, d.source, d.fileName]).sort()).toEqual([[old.notes, 'notes.txt', 'notes.txt'], [old.report, 'report.txt', 'report.txt']].sort());
    const shown = await api(`/api/documents/${old.notes}`);
    expect(shown.document.text).toBe(ECUADOR);
    expect(shown.evidence.map((e: { relationshipId: string }) => e.relationshipId)).toContain('hikvision~SUPPLIES~ecuador');
    expect(await evidenceDocs('hikvision~SUPPLIES~ecuador')).toEqual([old.notes]);
    const found = await api('/api/search/documents?q=Ecuador');
    expect(found.results.map((r: { document: { id: string } }) => r.document.id)).toEqual([old.notes]);
  });

  it('leaves an old document unchanged when the CLI reads its file again from its full path (which it then takes as its source), or the same bytes are uploaded again', async () => {
    const r = runCli([a]);
    expect(r.stdout).toContain('documents read: 1 (added 0, replaced 0, unchanged 1)');
    expect(r.code).toBe(0);
    expect((await upload(UGANDA, 'report.txt')).status).toBe('unchanged');
    expect((await documents()).map((d) => [d.id, d.source]).sort()).toEqual([[old.notes, join(a, 'notes.txt')], [old.report, 'report.txt']].sort());
    expect(await evidenceDocs('hikvision~SUPPLIES~ecuador')).toEqual([old.notes]);
  });

  it('adds a different file of an old document\'s name beside it, from the CLI or an upload, and keeps the old evidence', async () => {
    const r = runCli([b]);
    expect(r.stdout).toContain('documents read: 1 (added 1, replaced 0, unchanged 0)');
    const namesake = await upload('Huawei supplied cameras to Kenya in 2021.', 'report.txt');
    expect(namesake.status).toBe('added');
    const ids = (await documents()).map((d) => d.id);
    expect(ids).toHaveLength(4);
    expect(ids).toEqual(expect.arrayContaining([old.notes, old.report, namesake.document.id]));
    expect(await evidenceDocs('hikvision~SUPPLIES~ecuador')).toEqual([old.notes]);
    expect(await evidenceDocs('huawei~SUPPLIES~uganda')).toEqual([old.report]);
  });

  it('replaces an old document with the next version of its file, once the CLI has read it again, and nothing of its namesakes', async () => {
    writeFileSync(join(a, 'notes.txt'), 'Hikvision supplied cameras to Bolivia in 2021.');
    const r = runCli([a]);
    expect(r.stdout).toContain('documents read: 1 (added 0, replaced 1, unchanged 0)');
    const stored = await documents();
    expect(stored).toHaveLength(4);
    expect(stored.map((d) => d.id)).not.toContain(old.notes);
    expect(stored.filter((d) => d.fileName === 'notes.txt').map((d) => d.source).sort()).toEqual([join(a, 'notes.txt'), join(b, 'notes.txt')]);
    expect(await fetch(`${server.url}/api/relationships/hikvision~SUPPLIES~ecuador`).then((res) => res.status)).toBe(404);
    expect(await evidenceDocs('hikvision~SUPPLIES~bolivia')).toHaveLength(1);
    expect(await evidenceDocs('dahua~SUPPLIES~kenya')).toHaveLength(1);
    expect(await evidenceDocs('huawei~SUPPLIES~uganda')).toEqual([old.report]);
  });
});
