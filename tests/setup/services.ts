/**
 * @module Vitest global setup: the two real services the tests talk to, started side by side (each
 * takes 10-50 s to come up): Neo4j (neo4j.ts) and the CoreNLP sidecar (nlp.ts).
 */
import type { TestProject } from 'vitest/node';
import startNeo4j from './neo4j.ts';
import startNlp from './nlp.ts';

export default async function setup(project: TestProject) {
  const stops = await Promise.all([startNeo4j(project), startNlp(project)]);
  return async () => {
    await Promise.all(stops.map((stop) => stop?.()));
  };
}
