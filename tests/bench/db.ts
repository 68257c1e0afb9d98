/**
 * @module The benchmarks' own Neo4j: NEO4J_URI when set, otherwise an embedded server per data set
 * under .data/neo4j-bench/, never the dev or test store. A generated graph stays in its store between
 * runs, so only the first run of a size pays for loading it.
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySchema, connectTo, credentialsFromEnv, type Database } from '../../cypher/connection.ts';
import { startEmbedded } from '../../cypher/launch/neo4j.ts';
import { Repository } from '../../cypher/repository.ts';

const BENCH_HOME = resolve(dirname(fileURLToPath(import.meta.url)), '../../.data/neo4j-bench');

/**
 * Memory of the embedded bench server: fixed, so figures from different runs compare.
 * BENCH_PAGE_CACHE (e.g. `6g`) overrides the page cache, to measure a store that fits in it.
 */
export const benchMemory = { heap: '1g', pageCache: process.env.BENCH_PAGE_CACHE ?? '512m' } as const;

export interface BenchDatabase extends Database {
  /** The Neo4j JVM's pid when embedded, to sample its memory; undefined for NEO4J_URI. */
  pid?: number;
}

/**
 * Opens the store for one data set (`graph-10000`, `ingest`, ...). `fresh` starts it empty: the
 * embedded store is deleted before start, an external database is emptied in batches.
 */
export async function openBenchDatabase(name: string, { fresh = false } = {}): Promise<BenchDatabase> {
  const external = credentialsFromEnv();
  if (external) {
    const db = connectTo(external);
    await db.driver.verifyConnectivity({ database: external.database });
    if (fresh) await clearGraph(db);
    await applySchema(db);
    return db;
  }
  const home = join(BENCH_HOME, name);
  if (fresh) rmSync(home, { recursive: true, force: true });
  const embedded = await startEmbedded({
    home, boltPort: 0, ...benchMemory,
    log: (line) => console.error(`[neo4j ${name}] ${line}`),
  });
  const db = connectTo({ uri: embedded.uri, user: embedded.user, password: embedded.password }, 'embedded', () => embedded.stop());
  await applySchema(db);
  return Object.assign(db, { pid: embedded.pid });
}

export async function clearGraph(db: Database): Promise<void> {
  const repo = new Repository(db);
  await repo.autoCommit('clearRelationships');
  await repo.autoCommit('clearGraph');
}
