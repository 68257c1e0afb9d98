/**
 * @module The graph the API and browser tests read: the seed articles (for a graph of realistic size
 * and shape) and the corpus in tests/fixtures/graph, written for them in plain sentences, whose facts
 * the tests walk, plus a short article about US designations (the flags need one to show),
 * ingested by the real pipeline and served by the real app. `seededServer()` registers the hooks once
 * per test file; its `server` and `repo` are set before the first test runs.
 */
import { afterAll, beforeAll } from 'vitest';
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

export async function loadSeedGraph(repo: Repository): Promise<void> {
  await emptyGraph(repo);
  const ctx = { repo, nlp: testNlp() };
  const summary = await ingestPaths(ctx, ['seeds', FIXTURE_CORPUS]);
  if (summary.failed > 0) throw new Error(`seed ingest failed: ${JSON.stringify(summary.skipped)}`);
  await ingestDocument(ctx, DESIGNATIONS);
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
