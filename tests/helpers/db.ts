/**
 * @module Test access to the run's shared Neo4j (see tests/setup/neo4j.ts).
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { applySchema, connectTo } from '../../cypher/connection.ts';
import { Repository } from '../../cypher/repository.ts';
import { nlpClient, type NlpClient } from '../../ingest/nlp/client.ts';

export function credentials() {
  return inject('neo4j');
}

/** A repository on the shared test database with the schema applied. Close it (`repo.db.close()`) in afterAll. */
export async function testRepository(): Promise<Repository> {
  const db = connectTo(credentials());
  await applySchema(db);
  return new Repository(db);
}

/** Removes every node and relationship; files run one at a time, so each may start from empty. */
export async function emptyGraph(repo: Repository): Promise<void> {
  // Batched so a large graph left by a benchmark does not need one huge transaction.
  await repo.autoCommit('emptyGraph');
}

/** For a test file that starts from an empty graph and leaves one: its `repo` is set before the first test. */
export function emptyTestGraph(): { repo: Repository } {
  const graph = {} as { repo: Repository };
  beforeAll(async () => {
    graph.repo = await testRepository();
    await emptyGraph(graph.repo);
  });
  afterAll(async () => {
    await emptyGraph(graph.repo);
    await graph.repo?.db.close();
  });
  return graph;
}

/** A client of the run's CoreNLP server (tests/setup/nlp.ts). */
export function testNlp(): NlpClient {
  return nlpClient(inject('nlp'));
}

/** Every document and entity, and every relationship with its evidence, in an order no writer's timing decides: two runs compare equal on it. */
export async function comparableGraph(repo: Repository) {
  const { nodes, relationships } = (await repo.readOne('graphSnapshot'))!;
  return {
    nodes: nodes.map((n) => `${[...n.labels].sort().join(':')} ${String(n.properties.id)}`).sort(),
    relationships: relationships.map((r) => ({
      key: `${r.from} ${r.type} ${r.to}`,
      evidence: r.type === 'MENTIONS' ? [] : [...(r.properties.evidence as string[])].sort(),
    })).sort((a, b) => a.key.localeCompare(b.key)),
  };
}
