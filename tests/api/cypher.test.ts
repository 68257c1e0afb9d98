import { describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/app.ts';
import { seededServer } from '../helpers/seeded.ts';

const seeded = seededServer();

const run = async (body: unknown) => {
  const res = await fetch(`${seeded.server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() as any };
};
const consoleOf = async (base: string, body: unknown, token?: string) => {
  const res = await fetch(`${base}/api/cypher`, {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() as any };
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

  it('sends an integer past what a JSON number holds exactly as its digits, not rounded or null', async () => {
    const { body } = await run({ query: 'RETURN 9223372036854775807 AS big, -9007199254740993 AS past, 42 AS small' });
    expect(body.rows).toEqual([['9223372036854775807', '-9007199254740993', 42]]);
    const dated = (await run({ query: 'MATCH p = (:Entity)-[r]->(:Entity) WHERE size(coalesce(r.years, [])) > 0 RETURN p LIMIT 5' })).body;
    expect(dated.edges.length).toBeGreaterThan(0);
    for (const e of dated.edges) expect(e.data.years.every((y: unknown) => typeof y === 'number') && typeof e.data.evidenceCount === 'number', JSON.stringify(e.data)).toBe(true);
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

  it('refuses procedures that read other users\' queries or steer the planner, and runs those that describe or search the graph', async () => {
    for (const query of [
      'CALL db.stats.retrieve("QUERIES")',
      'CALL db.prepareForReplanning()',
      'CALL db.resampleIndex("entity_id")',
      'CALL db.resampleOutdatedIndexes()',
      'CALL db.stats.collect("QUERIES")',
      'CALL db.stats.clear("QUERIES")',
    ]) {
      const { status, body } = await run({ query });
      expect(status, query).toBe(403);
      expect(body.message, query).toMatch(/^Refused: the console only calls procedures that describe or search the graph/);
    }
    for (const query of ['CALL db.labels()', 'CALL db.schema.visualization()', "CALL db.index.fulltext.queryNodes('entity_names', 'Hikvision') YIELD node RETURN node.id"]) {
      expect((await run({ query })).status, query).toBe(200);
    }
  });

  it('answers 408 at the server-side timeout for a query Neo4j stops between rows', async () => {
    const slow = await startTestServer({ queryTimeoutMs: 500 });
    try {
      const res = await consoleOf(slow.url, { query: 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 123 RETURN count(x)' });
      expect(res.status).toBe(408);
      expect(res.body).toMatchObject({ error: 'RequestTimeout', message: expect.stringMatching(/^body\.query: ran past the 0\.5s timeout/) });
    } finally {
      await slow.close();
    }
  });

  it('answers 408 on time for a query Neo4j cannot interrupt, and takes no other until the database has finished it', async () => {
    const slow = await startTestServer({ queryTimeoutMs: 500 });
    try {
      const started = Date.now();
      // One expression over a long list: Neo4j checks the timeout between rows, never inside it.
      const stuck = await consoleOf(slow.url, { query: 'WITH reduce(s = "", x IN range(1, 70000) | s + "aaaaaaaaaa") AS s RETURN size(s)' });
      expect(stuck.status).toBe(408);
      expect(Date.now() - started).toBeLessThan(3_000);
      const busy = await consoleOf(slow.url, { query: 'RETURN 1' });
      expect(busy.status).toBe(429);
      expect(busy.retryAfter).toBe('5');
      expect(busy.body.message).toMatch(/one query at a time/);
      const deadline = Date.now() + 60_000;
      let after = busy;
      while (after.status === 429 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
        after = await consoleOf(slow.url, { query: 'RETURN 1' });
      }
      expect(after.status).toBe(200);
    } finally {
      await slow.close();
    }
  });

  it('answers 422 for a query past the memory one transaction may take, or past what Bolt can send, and keeps answering', async () => {
    // A timeout long enough that a loaded machine still meets the memory limit first.
    const patient = await startTestServer({ queryTimeoutMs: 90_000 });
    try {
      const { status, body } = await consoleOf(patient.url, { query: 'UNWIND range(1, 40000000) AS x RETURN size(collect(x)) AS n' });
      expect(status).toBe(422);
      expect(body).toMatchObject({ error: 'UnprocessableEntity', details: { neo4jCode: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' } });
      const huge = await consoleOf(patient.url, { query: 'RETURN collect(range(1, 200000000)) AS x' });
      expect(huge.status).toBe(422);
      expect(huge.body.details.neo4jCode).toBe('Neo.TransientError.General.OutOfMemoryError');
      expect((await consoleOf(patient.url, { query: 'RETURN 1 AS one' })).body.rows).toEqual([[1]]);
    } finally {
      await patient.close();
    }
  }, 200_000);

  it('needs the API token when the server listens beyond loopback', async () => {
    const open = await startTestServer({ host: '0.0.0.0' });
    try {
      const refused = await consoleOf(open.url, { query: 'RETURN 1' });
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/^Console queries are disabled: .*API_TOKEN/);
    } finally {
      await open.close();
    }
    const guarded = await startTestServer({ host: '0.0.0.0', apiToken: 'correct-horse-battery' });
    try {
      expect((await consoleOf(guarded.url, { query: 'RETURN 1' })).status).toBe(401);
      expect((await consoleOf(guarded.url, { query: 'RETURN 1' }, 'correct-horse-battery')).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
