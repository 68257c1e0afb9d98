/**
 * @module Vitest global setup: one real CoreNLP server for the whole run, the same sidecar `npm start`
 * uses (CORENLP_URL when set, else started here with its own state folder). Never mocked: the tests
 * that measure extraction must measure the real parser.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openNlpServer, type NlpEndpoint } from '../../ingest/nlp/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    nlp: NlpEndpoint;
  }
}

export default async function setup(project: TestProject) {
  const home = join(process.cwd(), '.data', `corenlp-test-${process.pid}`);
  const server = await openNlpServer({ home });
  project.provide('nlp', { url: server.url, ...(server.user ? { user: server.user } : {}), ...(server.password ? { password: server.password } : {}) });
  return async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
