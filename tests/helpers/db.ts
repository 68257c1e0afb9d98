/**
 * @module Test access to the run's shared Neo4j (see tests/setup/neo4j.ts).
 */
import { inject } from 'vitest';
import { applySchema, connectTo, type Database } from '../../server/db/connection.ts';

export function credentials() {
  return inject('neo4j');
}

/** A driver on the shared test database with the schema applied. Close it in afterAll. */
export async function testDatabase(): Promise<Database> {
  const db = connectTo(credentials());
  await applySchema(db);
  return db;
}

/** Removes every node and relationship; files run one at a time, so each may start from empty. */
export async function emptyGraph(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // Batched so a large graph left by a benchmark does not need one huge transaction.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
