/**
 * @module The graph API tests read: the five seed articles ingested by the real pipeline, plus one
 * short test article about US designations (the seeds name sanctions only in passing and the flags
 * need a designation to show), served by the real app. `seededServer()` registers the hooks once per
 * test file; its `server` and `repo` are set before the first test runs.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Repository } from '../../cypher/repository.ts';
import { ingestDocument, ingestPaths } from '../../ingest/index.ts';
import { startTestServer, type TestServer } from './app.ts';
import { emptyGraph, testRepository } from './db.ts';

export const DESIGNATIONS = {
  source: 'tests/us-designations.txt',
  title: 'US designations of surveillance vendors',
  data: 'US designations of surveillance vendors\n\n'
    + 'In 2019 the US Department of Commerce added Hikvision and Dahua to the Entity List. '
    + 'In 2020 the US Treasury imposed sanctions on Rostec.\n',
};

export async function loadSeedGraph(repo: Repository): Promise<void> {
  await emptyGraph(repo);
  const summary = await ingestPaths(repo, ['seeds']);
  if (summary.failed > 0) throw new Error(`seed ingest failed: ${JSON.stringify(summary.skipped)}`);
  await ingestDocument(repo, DESIGNATIONS);
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
