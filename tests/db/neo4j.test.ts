import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/connection.ts';
import { emptyGraph, testDatabase } from '../helpers/db.ts';

describe('the shared test Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
    await emptyGraph(db);
  });
  afterAll(async () => {
    await emptyGraph(db);
    await db.close();
  });

  it('is a real Neo4j 5.26 community server', async () => {
    const r = await db.read((tx) => tx.run('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition'));
    expect(r.records[0].get('v')).toMatch(/^5\.26\./);
    expect(r.records[0].get('edition')).toBe('community');
  });

  it('stores a written entity and reads it back', async () => {
    await db.write((tx) => tx.run("CREATE (:Entity:Company {id: 'test-co', name: 'Test Co'})"));
    const r = await db.read((tx) => tx.run("MATCH (e:Entity {id: 'test-co'}) RETURN e.name AS name"));
    expect(r.records.map((x) => x.get('name'))).toEqual(['Test Co']);
  });

  it('rejects a second entity with the same id (the unique constraint is applied)', async () => {
    await expect(db.write((tx) => tx.run("CREATE (:Entity:Company {id: 'test-co', name: 'Copy'})"))).rejects.toThrow(/already exists/);
    const r = await db.read((tx) => tx.run("MATCH (e:Entity {id: 'test-co'}) RETURN count(e) AS n"));
    expect(r.records[0].get('n')).toBe(1);
  });
});
