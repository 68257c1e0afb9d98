/**
 * @module Loads a synthetic graph straight into Neo4j with batched UNWIND writes, timing each phase,
 * and skips the load when the store already holds the same graph (same generator key).
 */
import { query } from '../../cypher/registry.ts';
import type { Database } from '../../server/db/connection.ts';
import { clearGraph, runAutoCommit } from './db.ts';
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

async function writeBatches<T>(db: Database, name: string, batches: Iterable<T[]>, onBatch: (rows: number) => void): Promise<number> {
  const text = query(name).text;
  const started = performance.now();
  for (const rows of batches) {
    await db.write((tx) => tx.run(text, { rows }));
    onBatch(rows.length);
  }
  return (performance.now() - started) / 1000;
}

export async function ensureGraph(db: Database, spec: GraphSpec, log: (line: string) => void = () => {}): Promise<{ graph: SyntheticGraph; load: LoadReport }> {
  const graph = new SyntheticGraph(spec);
  const key = graphKey(spec);
  const [stored] = await runAutoCommit(db, 'benchGraphKey');
  if (stored?.key === key) {
    const load = { key, entities: stored.entities as number, relationships: stored.relationships as number, documents: stored.documents as number };
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
  const entitySeconds = await writeBatches(db, 'benchLoadEntities', graph.entityBatches(LOAD_BATCH), progress('entities', spec.entities));
  let relationships = 0;
  const relProgress = progress('relationships', graph.relationships);
  const relSeconds = await writeBatches(db, 'benchLoadRelationships', graph.relationshipBatches(LOAD_BATCH), (n) => {
    relationships += n;
    relProgress(n);
  });
  const docSeconds = await writeBatches(db, 'benchLoadDocuments', graph.documentBatches(1000), () => {});
  await runAutoCommit(db, 'benchMarkGraph', { key, entities: spec.entities, relationships, documents: graph.documents });
  return {
    graph,
    load: {
      key, entities: spec.entities, relationships, documents: graph.documents,
      seconds: { entities: round(entitySeconds), relationships: round(relSeconds), documents: round(docSeconds) },
      relationshipsPerSecond: Math.round(relationships / relSeconds),
    },
  };
}
