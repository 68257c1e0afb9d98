/**
 * @module Vitest global setup: one real Neo4j for the whole run. NEO4J_URI when set; otherwise
 * testcontainers' Neo4j module when a Docker engine answers; otherwise the embedded launcher on a free
 * port with a fresh store. Never a mock.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { credentialsFromEnv, type Credentials } from '../../cypher/connection.ts';
import { NEO4J_VERSION, startEmbedded } from '../../cypher/launch/neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Credentials & { origin: string };
  }
}

function dockerAnswers(): boolean {
  const probe = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 5_000 });
  return probe.status === 0 && probe.stdout.trim().length > 0;
}

export default async function setup(project: TestProject) {
  const external = credentialsFromEnv();
  if (external) {
    project.provide('neo4j', { ...external, origin: 'NEO4J_URI' });
    return;
  }
  if (dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer(`neo4j:${NEO4J_VERSION.split('.').slice(0, 2).join('.')}-community`).withPassword('sightline-test').start();
    project.provide('neo4j', { uri: container.getBoltUri(), user: 'neo4j', password: 'sightline-test', origin: 'testcontainers' });
    return async () => { await container.stop(); };
  }
  // A fresh store per run (tests must not depend on what an earlier run left), and per process, so
  // two runs side by side on one machine do not share or delete each other's database.
  const home = join(process.cwd(), '.data', `neo4j-test-${process.pid}`);
  rmSync(home, { recursive: true, force: true });
  const server = await startEmbedded({ home, boltPort: 0, heap: '768m', pageCache: '128m' });
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password, origin: 'embedded' });
  return async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
