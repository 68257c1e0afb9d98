import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/connection.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { emptyGraph, testDatabase } from '../helpers/db.ts';
import { DOC_ID, docText, entities, writeFixture } from './fixtures.ts';

let server: TestServer;
let db: Database;
const get = async (path: string) => {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: await res.json() as any, headers: res.headers };
};

beforeAll(async () => {
  db = await testDatabase();
  await emptyGraph(db);
  await writeFixture(db);
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('GET /api/stats and /api/ontology', () => {
  it('counts entities and relationships by type, without MENTIONS', async () => {
    const { status, body } = await get('/api/stats');
    expect(status).toBe(200);
    expect(body.entities.total).toBe(13);
    expect(body.entities.byType.Company).toBe(7);
    expect(body.relationships.byType.SUPPLIES).toBe(3);
    expect(body.relationships.byType).not.toHaveProperty('MENTIONS');
    expect(body.documents).toBe(1);
  });

  it('serves the ontology the UI colours its legend with', async () => {
    const { body } = await get('/api/ontology');
    expect(body.entityTypes.map((t: any) => t.name)).toContain('Company');
    expect(body.relationTypes.find((t: any) => t.name === 'SANCTIONS').inverse).toBe('sanctioned by');
  });
});

describe('GET /api/search', () => {
  it('finds by prefix, with a typo, and by alias', async () => {
    expect((await get('/api/search?q=kork')).body.results[0].id).toBe('korkem-telecom');
    expect((await get('/api/search?q=hikvsion')).body.results[0].id).toBe('hikvision');
    expect((await get('/api/search?q=commerce%20department')).body.results[0].id).toBe('us-department-of-commerce');
  });

  it('falls back to substring matching for one- and two-letter input', async () => {
    const { body } = await get('/api/search?q=ZT');
    expect(body.results.map((r: any) => r.id)).toContain('zte');
  });

  it('filters by type and rejects a type not in the ontology, naming the field', async () => {
    const places = await get('/api/search?q=mosc&types=Place');
    expect(places.body.results.map((r: any) => r.type)).toEqual(['Place']);
    const bad = await get('/api/search?q=mosc&types=Place,Evil');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^querystring\.types/);
  });

  it('treats Lucene and Cypher syntax in q as plain text', async () => {
    for (const q of ['*:*', 'a" OR name:*', 'x~10^99', "') RETURN 1 //", 'name:(NtechLab) AND type:Company', '\\', '((((']) {
      const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(body.results.length, q).toBeLessThan(13);
    }
    expect((await get('/api/stats')).body.entities.total).toBe(13);
  });
});

describe('GET /api/entities/:id', () => {
  it('answers an entity with sanctions flags, relationship counts and documents', async () => {
    const { status, body } = await get('/api/entities/hikvision');
    expect(status).toBe(200);
    expect(body.entity).toMatchObject({ id: 'hikvision', label: 'Hikvision', type: 'Company', origin: 'catalog' });
    expect(body.entity.flags.sanctionedBy[0]).toMatchObject({ id: 'us-department-of-commerce', detail: 'Entity List' });
    expect(body.relationships).toContainEqual({ type: 'SUPPLIES', direction: 'out', count: 1 });
    expect(body.documents[0].id).toBe(DOC_ID);
  });

  it('answers 404 naming an unknown id, even one full of quotes', async () => {
    const res = await get(`/api/entities/${encodeURIComponent("x' OR 1=1 //")}`);
    expect(res.status).toBe(404);
    expect(res.body.message).toBe("Entity not found: x' OR 1=1 //");
  });
});

describe('GET /api/entities/:id/neighbors', () => {
  it('walks to the requested depth', async () => {
    const one = await get('/api/entities/kazakhstan/neighbors');
    expect(one.body.nodes.map((n: any) => n.data.id).sort()).toEqual(['almaty', 'kazakhstan', 'sergek']);
    const two = await get('/api/entities/kazakhstan/neighbors?depth=2');
    expect(two.body.nodes.map((n: any) => n.data.id)).toEqual(expect.arrayContaining(['hikvision', 'korkem-telecom']));
    expect(two.body.edges.every((e: any) => typeof e.data.confidence === 'number')).toBe(true);
  });

  it('applies the limit to a hub and says how much it left out', async () => {
    const { body } = await get('/api/entities/kazakhstan/neighbors?depth=2&limit=2');
    expect(body.nodes).toHaveLength(3);
    expect(body.truncated).toEqual({ omitted: 2, limit: 2 });
  });

  it('filters by relationship type, neighbour type and year', async () => {
    const supplies = await get('/api/entities/hikvision/neighbors?relTypes=SUPPLIES');
    expect(supplies.body.nodes.map((n: any) => n.data.id).sort()).toEqual(['almaty', 'hikvision']);
    const agencies = await get('/api/entities/hikvision/neighbors?types=Agency');
    expect(agencies.body.nodes.map((n: any) => n.data.id).sort()).toEqual(['hikvision', 'us-department-of-commerce']);
    const recent = await get('/api/entities/hikvision/neighbors?since=2018');
    expect(recent.body.edges.map((e: any) => e.data.type)).toEqual(['SANCTIONS']);
  });

  it('refuses depth beyond 3, a limit beyond 1000 and relationship types outside the ontology', async () => {
    for (const q of ['depth=4', 'limit=1001', 'relTypes=SUPPLIES,DELETE', 'minConfidence=2', 'since=2020&until=2010']) {
      const res = await get(`/api/entities/kazakhstan/neighbors?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.message, q).toMatch(/^querystring\.\w+/);
    }
  });
});

describe('GET /api/supply-chain/:id', () => {
  it('finds Dahua upstream of Kazakhstan through Korkem Telecom and Sergek, flagged as sanctioned', async () => {
    const { status, body } = await get('/api/supply-chain/kazakhstan');
    expect(status).toBe(200);
    const dahua = body.entries.find((e: any) => e.entity.id === 'dahua-technology');
    expect(dahua.paths[0].nodes).toEqual(['dahua-technology', 'korkem-telecom', 'sergek', 'kazakhstan']);
    expect(dahua.entity.flags.sanctionedBy[0].name).toBe('US Department of Commerce');
    const ids = body.entries.map((e: any) => e.entity.id);
    expect(ids).toEqual(expect.arrayContaining(['korkem-telecom', 'hikvision', 'open-technologies-group']));
    expect(ids).not.toContain('ntechlab');
    const edgeIds = new Set(body.edges.map((e: any) => e.data.id));
    for (const p of dahua.paths) for (const e of p.edges) expect(edgeIds.has(e)).toBe(true);
  });

  it('finds whom a vendor supplies downstream, down to the state', async () => {
    const { body } = await get('/api/supply-chain/dahua-technology?direction=downstream');
    expect(body.entries.map((e: any) => e.entity.id)).toEqual(expect.arrayContaining(['sergek', 'kazakhstan']));
  });

  it('answers 404 for an unknown root and 400 for a bad direction', async () => {
    expect((await get('/api/supply-chain/nobody')).status).toBe(404);
    expect((await get('/api/supply-chain/kazakhstan?direction=sideways')).status).toBe(400);
  });
});

describe('GET /api/paths', () => {
  it('finds a path from NtechLab to Moscow', async () => {
    const { status, body } = await get('/api/paths?from=ntechlab&to=moscow');
    expect(status).toBe(200);
    expect(body.paths[0]).toMatchObject({ nodes: ['ntechlab', 'moscow'], length: 1 });
    expect(body.nodes.map((n: any) => n.data.id).sort()).toEqual(['moscow', 'ntechlab']);
  });

  it('offers alternatives after the shortest, and honours relTypes', async () => {
    const all = await get('/api/paths?from=dahua-technology&to=almaty&maxHops=6&k=3');
    expect(all.body.paths.length).toBeGreaterThanOrEqual(2);
    expect(all.body.paths[0].length).toBeLessThanOrEqual(all.body.paths[1].length);
    const noSanctions = await get('/api/paths?from=dahua-technology&to=almaty&maxHops=6&relTypes=SUPPLIES,PARTNERS_WITH,LOCATED_IN');
    expect(noSanctions.body.paths[0].nodes).toEqual(['dahua-technology', 'korkem-telecom', 'sergek', 'kazakhstan', 'almaty']);
  });

  it('answers no paths beyond maxHops, and refuses maxHops over 6', async () => {
    expect((await get('/api/paths?from=dahua-technology&to=almaty&maxHops=2')).body.paths).toEqual([]);
    expect((await get('/api/paths?from=ntechlab&to=moscow&maxHops=7')).status).toBe(400);
    expect((await get('/api/paths?from=ntechlab&to=nowhere')).status).toBe(404);
  });
});

describe('GET /api/relationships/:id', () => {
  it('parses every evidence item and joins its document', async () => {
    const { status, body } = await get('/api/relationships/korkem-telecom-partners_with-dahua-technology');
    expect(status).toBe(200);
    expect(body.relationship).toMatchObject({ type: 'PARTNERS_WITH', sourceName: 'Korkem Telecom', targetName: 'Dahua Technology' });
    const [ev] = body.evidence;
    expect(ev).toMatchObject({ doc: DOC_ID, publisher: 'Sightline tests', rule: 'fixture' });
    expect(docText.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('answers 404 for an unknown relationship', async () => {
    expect((await get('/api/relationships/nope')).status).toBe(404);
  });
});

describe('GET /api/documents', () => {
  it('lists documents without their text', async () => {
    const { body } = await get('/api/documents');
    expect(body.documents).toHaveLength(1);
    expect(body.documents[0]).not.toHaveProperty('text');
    expect(body.documents[0].length).toBe(docText.length);
  });

  it('answers a document with mention spans and evidence spans that point into its text', async () => {
    const { body } = await get(`/api/documents/${DOC_ID}`);
    expect(body.document.text).toBe(docText);
    const dahua = body.mentions.filter((m: any) => m.entityId === 'dahua-technology');
    expect(dahua.length).toBe(2);
    for (const m of body.mentions) {
      const e = entities.find((x) => x.id === m.entityId)!;
      expect([e.name, ...e.aliases].map((n) => n.toLowerCase())).toContain(docText.slice(m.start, m.end).toLowerCase());
    }
    expect(body.evidence).toHaveLength(11);
    for (const e of body.evidence) expect(e.end).toBeGreaterThan(e.start);
  });
});
