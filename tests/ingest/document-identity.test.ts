/**
 * A document is known by its content and its source path: the CLI, run from the project folder as
 * `npm run ingest` does, on real folders outside it, against the test Neo4j.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyTestGraph } from '../helpers/db.ts';
import { runCli } from '../helpers/cli.ts';

describe('ingest: document identity', () => {
  const graph = emptyTestGraph();
  const root = mkdtempSync(join(tmpdir(), 'sightline-identity-'));
  const a = join(root, 'a');
  const b = join(root, 'b');
  mkdirSync(a);
  mkdirSync(b);
  writeFileSync(join(a, 'notes.txt'), 'Hikvision supplied cameras to Ecuador in 2019.');
  writeFileSync(join(b, 'notes.txt'), 'Dahua supplied cameras to Kenya in 2020.');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const sources = async () => (await graph.repo.read('documents')).map((r) => r.document.source).sort();
  const supplies = async () => (await graph.repo.readOne('graphCounts'))!.relations.find(([type]) => type === 'SUPPLIES')?.[1];

  it('keeps two files of the same name in different folders as two documents, each under its full path', async () => {
    const r = runCli([a, b]);
    expect(r.stdout).toContain('documents read: 2 (added 2, replaced 0, unchanged 0)');
    expect(r.code).toBe(0);
    expect(await sources()).toEqual([join(a, 'notes.txt'), join(b, 'notes.txt')]);
    expect(await supplies()).toBe(2);
  });

  it('replaces a document only with a new version of the same file, leaving its namesake alone', async () => {
    writeFileSync(join(a, 'notes.txt'), 'Hikvision supplied cameras to Bolivia in 2021.');
    const r = runCli([a, b]);
    expect(r.stdout).toContain('documents read: 2 (added 0, replaced 1, unchanged 1)');
    expect(await sources()).toEqual([join(a, 'notes.txt'), join(b, 'notes.txt')]);
    const facts = await graph.repo.read('factEvidence', { source: 'Dahua', type: 'SUPPLIES', target: 'Kenya' });
    expect(facts).toHaveLength(1);
    expect(await supplies()).toBe(2);
  });
});
