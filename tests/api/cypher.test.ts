import { describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/app.ts';
import { seededServer } from '../helpers/seeded.ts';

const seeded = seededServer();

const run = async (body: unknown) => {
  const res = await fetch(`${seeded.server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() as any };
};
const entityCount = async () => (await run({ query: 'MATCH (e:Entity) RETURN count(e) AS n' })).body.rows[0][0];


describe('POST /api/cypher', () => {
  it('answers a read as columns and rows, and entities and their links as elements', async () => {
    const { status, body } = await run({ query: 'MATCH (a:Entity {id: $id})-[r]->(b:Entity) RETURN a, r, b.name AS name', params: { id: 'korkem-telecom' } });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['a', 'r', 'name']);
    expect(body.rows.length).toBeGreaterThanOrEqual(2);
    expect(body.rows.map((r: any) => r[2])).toEqual(expect.arrayContaining(['Sergek', 'Open Technologies Group']));
    expect(body.rows[0][0]).toMatchObject({ _labels: expect.arrayContaining(['Entity', 'Company']), id: 'korkem-telecom' });
    expect(body.nodes.map((n: any) => n.data.id)).toEqual(['korkem-telecom']);
    expect(body.rows[0][1]._type).toMatch(/^[A-Z_]+$/);
    expect(body.rows[0][1]).not.toHaveProperty('evidence');
    expect(body.truncated).toBe(false);
  });

  it('draws edges when both ends are in the result', async () => {
    const { body } = await run({ query: 'MATCH p = (:Entity {id: "korkem-telecom"})-[]->(:Entity) RETURN p' });
    expect(body.edges.length).toBeGreaterThanOrEqual(2);
    expect(body.nodes).toHaveLength(body.edges.length + 1);
    expect(body.edges.every((e: any) => e.data.source === 'korkem-telecom')).toBe(true);
  });

  it('caps rows and says it truncated', async () => {
    const { body } = await run({ query: 'UNWIND range(1, 100) AS n RETURN n', limit: 10 });
    expect(body.rows).toHaveLength(10);
    expect(body.truncated).toBe(true);
  });

  it('refuses writes, schema changes, LOAD CSV and admin commands, and the graph is unchanged', async () => {
    const before = await entityCount();
    for (const query of [
      'MATCH (n) DETACH DELETE n',
      'CREATE (:Entity {id: "evil"})',
      'MATCH (n:Entity) SET n.name = "pwned" RETURN n',
      'MATCH (n) CALL (n) { DETACH DELETE n } RETURN count(*)',
      'CREATE INDEX evil FOR (n:Entity) ON (n.name)',
      "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
      "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
      'SHOW TRANSACTIONS',
      'CALL dbms.listConfig() YIELD name RETURN name',
    ]) {
      const { status, body } = await run({ query });
      expect(status, query).toBe(403);
      expect(body.message, query).toMatch(/^Refused: /);
    }
    expect(await entityCount()).toBe(before);
    expect((await run({ query: 'MATCH (n:Entity) WHERE n.name = "pwned" RETURN n' })).body.rows).toEqual([]);
  });

  it('runs console queries in a read transaction, so a write that slipped past the plan check would still fail', async () => {
    await expect(seeded.server.app.repo.readCapped('CREATE (:Entity {id: "slipped"}) RETURN 1', {}, 10)).rejects.toThrow(/read|access mode/i);
    expect((await run({ query: 'MATCH (n:Entity {id: "slipped"}) RETURN n' })).body.rows).toEqual([]);
  });

  it('answers a syntax error as a 400 with Neo4j\'s message, and bad limits by field', async () => {
    const syntax = await run({ query: 'MATCH (n RETURN n' });
    expect(syntax.status).toBe(400);
    expect(syntax.body.message).toMatch(/^body\.query: /);
    expect((await run({ query: 'RETURN 1', limit: 5001 })).status).toBe(400);
    expect((await run({ query: '' })).status).toBe(400);
  });

  it('stops a query at the server-side timeout', async () => {
    const slow = await startTestServer({ queryTimeoutMs: 500 });
    try {
      const res = await fetch(`${slow.url}/api/cypher`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 123 RETURN count(x)' }),
      });
      expect(res.status).toBe(400);
      expect((await res.json()).message).toMatch(/timeout/);
    } finally {
      await slow.close();
    }
  });
});
