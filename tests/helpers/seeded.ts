/**
 * @module The graph the API and browser tests read: the seed articles (for a graph of realistic size
 * and shape) and the corpus in tests/fixtures/graph, written for them in plain sentences, whose facts
 * the tests walk, plus a short article about US designations (the flags need one to show),
 * ingested by the real pipeline and served by the real app. `seededServer()` registers the hooks once
 * per test file; its `server` and `repo` are set before the first test runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Repository } from '../../cypher/repository.ts';
import { ingestDocument, ingestPaths } from '../../ingest/index.ts';
import { startTestServer, type TestServer } from './app.ts';
import { emptyGraph, testNlp, testRepository } from './db.ts';

export const DESIGNATIONS = {
  source: 'tests/us-designations.txt',
  title: 'US designations of surveillance vendors',
  data: 'US designations of surveillance vendors\n\n'
    + 'In 2019 the US Department of Commerce added Hikvision and Dahua to the Entity List. '
    + 'In 2020 the US Treasury imposed sanctions on Rostec. In 2021 the US Treasury imposed sanctions on Hikvision.\n',
};

/** The folder of the test corpus. */
export const FIXTURE_CORPUS = 'tests/fixtures/graph';

/** Sorts the keys of every plain object, so equal property maps serialise alike. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

/** A hash of everything stored: every node and relationship with its element id, labels or type, ends and properties. */
async function graphFingerprint(repo: Repository): Promise<string> {
  const { nodes, relationships } = (await repo.readOne('graphDump'))!;
  return createHash('sha256').update(JSON.stringify([nodes, relationships], sortedKeys)).digest('hex');
}

function newestMtime(path: string): number {
  const s = statSync(path);
  return s.isDirectory() ? Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f)))) : s.mtimeMs;
}

/** What the seed graph is made from: a change to any of it (in watch mode) means loading it again. */
function sourcesMtime(): number {
  return Math.max(...['ingest', 'cypher', 'seeds', FIXTURE_CORPUS, 'tests/helpers/seeded.ts'].map(newestMtime));
}

/**
 * Where this run (tests/setup/services.ts names it) notes the graph its last seed load left. Files
 * run one at a time, each in its own module graph, so the note is a file rather than a variable.
 */
function loadedNote(): string {
  return join(inject('runDir'), 'seed-graph.json');
}

/**
 * Leaves the database holding the seed graph. A file that finds it exactly as the previous file's
 * load left it (same nodes, relationships, element ids and properties: nothing written, deleted or
 * recreated since, by a test or anyone else) starts from it as it is; anything else is emptied and
 * loaded again through the real pipeline. Loading takes seconds per file, and most files only read.
 */
export async function loadSeedGraph(repo: Repository): Promise<void> {
  const note = loadedNote();
  const sources = sourcesMtime();
  if (existsSync(note)) {
    const last = JSON.parse(readFileSync(note, 'utf8')) as { size: string; graph: string; sources: number };
    // The counts first, so a large graph another file left is not read whole only to differ.
    if (last.sources === sources && last.size === JSON.stringify(await repo.readOne('graphSize'))
      && last.graph === await graphFingerprint(repo)) return;
  }
  await emptyGraph(repo);
  const ctx = { repo, nlp: testNlp() };
  const summary = await ingestPaths(ctx, ['seeds', FIXTURE_CORPUS]);
  if (summary.failed > 0) throw new Error(`seed ingest failed: ${JSON.stringify(summary.skipped)}`);
  await ingestDocument(ctx, DESIGNATIONS);
  writeFileSync(note, JSON.stringify({ size: JSON.stringify(await repo.readOne('graphSize')), graph: await graphFingerprint(repo), sources }));
}

export interface Seeded {
  server: TestServer;
  repo: Repository;
}

/** Loads the seed graph and starts the server before the file's tests; closes both after them. */
export function seededServer({ serve = true } = {}): Seeded {
  const seeded = {} as Seeded;
  beforeAll(async () => {
    seeded.repo = await testRepository();
    await loadSeedGraph(seeded.repo);
    if (serve) seeded.server = await startTestServer();
  });
  afterAll(async () => {
    await seeded.server?.close();
    await seeded.repo?.db.close();
  });
  return seeded;
}
