/**
 * @module Loads a synthetic graph straight into Neo4j with batched UNWIND writes, timing each phase,
 * and skips the load when the store already holds the same graph (same generator key).
 */
import type { Database } from '../../cypher/connection.ts';
import { Repository } from '../../cypher/repository.ts';
import { clearGraph } from './db.ts';
import { graphKey, SyntheticGraph, type GraphSpec } from './graph.ts';
import { round } from './measure.ts';

/** Rows per transaction: big enough to amortise a round trip, small enough for a 1 GB heap. */
export const LOAD_BATCH = 10_000;

export interface LoadReport {
  key: string;
  entities: number;
  relationships: number;
  documents: number;
  /** Undefined when the store already held this graph. */
  seconds?: { entities: number; relationships: number; documents: number };
  relationshipsPerSecond?: number;
}

async function writeBatches(db: Database, name: 'loadEntities' | 'loadRelationships' | 'loadDocuments', batches: Iterable<object[]>, onBatch: (rows: number) => void): Promise<number> {
  const repo = new Repository(db);
  const started = performance.now();
  for (const rows of batches) {
    await repo.write(name, { rows });
    onBatch(rows.length);
  }
  return (performance.now() - started) / 1000;
}

export async function ensureGraph(db: Database, spec: GraphSpec, log: (line: string) => void = () => {}): Promise<{ graph: SyntheticGraph; load: LoadReport }> {
  const graph = new SyntheticGraph(spec);
  const key = graphKey(spec);
  const [stored] = await new Repository(db).read('graphKey');
  if (stored?.key === key) {
    const load = { key, entities: stored.entities, relationships: stored.relationships, documents: stored.documents };
    log(`graph ${key} already loaded (${load.entities} entities, ${load.relationships} relationships)`);
    return { graph, load };
  }
  log(`loading graph ${key}`);
  await clearGraph(db);
  const progress = (what: string, total: number) => {
    let done = 0;
    let nextReport = 0;
    return (n: number) => {
      done += n;
      if (done >= nextReport) {
        log(`  ${what} ${done}/${total}`);
        nextReport += Math.max(LOAD_BATCH, Math.round(total / 10));
      }
    };
  };
  const entitySeconds = await writeBatches(db, 'loadEntities', graph.entityBatches(LOAD_BATCH), progress('entities', spec.entities));
  let relationships = 0;
  const relProgress = progress('relationships', graph.relationships);
  const relSeconds = await writeBatches(db, 'loadRelationships', graph.relationshipBatches(LOAD_BATCH), (n) => {
    relationships += n;
    relProgress(n);
  });
  const docSeconds = await writeBatches(db, 'loadDocuments', graph.documentBatches(1000), () => {});
  await new Repository(db).write('markGraph', { key, entities: spec.entities, relationships, documents: graph.documents });
  return {
    graph,
    load: {
      key, entities: spec.entities, relationships, documents: graph.documents,
      seconds: { entities: round(entitySeconds), relationships: round(relSeconds), documents: round(docSeconds) },
      relationshipsPerSecond: Math.round(relationships / relSeconds),
    },
  };
}
