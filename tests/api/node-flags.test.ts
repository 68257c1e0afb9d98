import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../cypher/registry.ts';
import type { Database } from '../../server/db/connection.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { testDatabase } from '../helpers/db.ts';
import { loadSeedGraph } from './seed-graph.ts';

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = await testDatabase();
  await loadSeedGraph(db);
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const run = async (text: string, params: Record<string, unknown>) =>
  db.read(async (tx) => (await tx.run(text, params)).records.map((r) => r.toObject()));

describe('sanctions and restriction flags on entities', () => {
  it('lists at most maxFlags of each kind and counts every flag, so a hub restricted by hundreds stays a small answer', async () => {
    const flagged = await run('MATCH (e:Entity)<-[r:SANCTIONS|RESTRICTS]-(:Entity) RETURN e.id AS id, count(r) AS n, count(CASE WHEN type(r) = "SANCTIONS" THEN 1 END) AS s ORDER BY n DESC, id', {});
    expect(flagged.length).toBeGreaterThan(3);
    // maxFlags 1 cuts something only if an entity has two flags of one kind.
    expect(flagged.some((f) => Number(f.s) > 1 || Number(f.n) - Number(f.s) > 1)).toBe(true);
    const ids = flagged.map((f) => f.id as string);
    for (const maxFlags of [1, 2, 100]) {
      const rows = await run(query('nodesByIds').text, { ids, maxFlags });
      for (const f of flagged) {
        const row = rows.find((r) => (r.node as { id: string }).id === f.id)!;
        const listed = row.flags as { type: string }[];
        const [n, s] = [Number(f.n), Number(f.s)];
        expect(Number(row.flagCount), f.id as string).toBe(n);
        expect(listed.filter((x) => x.type === 'SANCTIONS')).toHaveLength(Math.min(s, maxFlags));
        expect(listed.filter((x) => x.type === 'RESTRICTS')).toHaveLength(Math.min(n - s, maxFlags));
      }
    }
  });

  it('shows the entity route every flag, with nothing omitted, on the seed graph', async () => {
    const [top] = await run('MATCH (e:Entity)<-[r:SANCTIONS|RESTRICTS]-(:Entity) RETURN e.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 1', {});
    const body = await (await fetch(`${server.url}/api/entities/${top.id}`)).json() as any;
    const flags = body.entity.flags;
    expect(flags.sanctionedBy.length + flags.restrictedBy.length).toBe(Number(top.n));
    expect(flags.omitted).toBeUndefined();
  });
});
