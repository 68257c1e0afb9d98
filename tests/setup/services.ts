/**
 * @module Vitest global setup: the two real services the tests talk to, started side by side (each
 * takes 10-50 s to come up): Neo4j (neo4j.ts) and the CoreNLP sidecar (nlp.ts); and a folder of this
 * run's own, where a test file leaves notes for the next (tests/helpers/seeded.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import startNeo4j from './neo4j.ts';
import startNlp from './nlp.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    runDir: string;
  }
}

export default async function setup(project: TestProject) {
  const runDir = mkdtempSync(join(tmpdir(), 'sightline-test-run-'));
  project.provide('runDir', runDir);
  const stops = await Promise.all([startNeo4j(project), startNlp(project)]);
  return async () => {
    await Promise.all(stops.map((stop) => stop?.()));
    rmSync(runDir, { recursive: true, force: true });
  };
}
