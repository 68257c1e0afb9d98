import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../cypher/registry.ts';
import { RELATION_TYPES } from '../../ingest/ontology.ts';
import type { Database } from '../../server/db/connection.ts';
import { testDatabase } from '../helpers/db.ts';
import { loadSeedGraph } from './seed-graph.ts';

let db: Database;

beforeAll(async () => {
  db = await testDatabase();
  await loadSeedGraph(db);
});
afterAll(async () => {
  await db.close();
});

const run = async (text: string, params: Record<string, unknown>) =>
  db.read(async (tx) => (await tx.run(text, params)).records.map((r) => r.toObject()));

/** The plain reading the query must agree with: every relationship whose two ends are in the set. */
const ORACLE = 'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $relTypes RETURN r.id AS id';

async function compare(ids: string[], relTypes: readonly string[]) {
  const got = await run(query('edgesAmong').text, { ids, relTypes, minConfidence: 0, since: null, until: null });
  const expected = await run(ORACLE, { ids, relTypes });
  expect(got.map((r) => (r.edge as { id: string }).id).sort()).toEqual(expected.map((r) => r.id as string).sort());
  return got.length;
}

describe('edgesAmong finds exactly the relationships among a set though it never reads the most connected one', () => {
  it('agrees with reading every relationship, for the whole seed graph and for neighbourhoods of its best-connected entities', async () => {
    const byDegree = (await run('MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--(:Entity) } DESC, id', {})).map((r) => r.id as string);
    const sets = [byDegree, byDegree.slice(0, 12)];
    for (const hub of byDegree.slice(0, 3)) {
      const around = await run('MATCH (:Entity {id: $id})--(n:Entity) RETURN DISTINCT n.id AS id', { id: hub });
      sets.push([hub, ...around.map((r) => r.id as string)]);
    }
    let found = 0;
    // Each hub's own neighbourhood has it as the skipped entity, so its edges must come from the other ends.
    for (const ids of sets) found += await compare(ids, RELATION_TYPES);
    expect(found).toBeGreaterThan(100);
  });

  it('keeps only the relationship types asked for', async () => {
    const ids = (await run('MATCH (e:Entity) RETURN e.id AS id', {})).map((r) => r.id as string);
    expect(await compare(ids, ['SUPPLIES', 'LOCATED_IN'])).toBeGreaterThan(5);
  });
});
