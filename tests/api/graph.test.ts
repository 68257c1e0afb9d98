import { describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/seeded.ts';
import { relationLook } from '../../web/src/style/palette.ts';

const seeded = seededServer();

const get = async (path: string) => {
  const res = await fetch(`${seeded.server.url}${path}`);
  return { status: res.status, body: await res.json() as any, headers: res.headers };
};
const ids = (nodes: { data: { id: string } }[]) => nodes.map((n) => n.data.id);


describe('GET /api/entities (the most mentioned)', () => {
  it('ranks entities by how many documents mention them, as counted from MENTIONS', async () => {
    const { status, body } = await get('/api/entities?limit=5');
    expect(status).toBe(200);
    expect(body.results).toHaveLength(5);
    const counts = body.results.map((r: any) => r.documents);
    expect([...counts].sort((a: number, b: number) => b - a)).toEqual(counts);
    const [top] = body.results;
    const entity = await get(`/api/entities/${top.id}`);
    expect(entity.body.documents).toHaveLength(top.documents);
  });

  it('refuses a limit outside 1..100, naming the field', async () => {
    const { status, body } = await get('/api/entities?limit=0');
    expect(status).toBe(400);
    expect(body.message).toMatch(/limit/);
  });
});

describe('GET /api/stats and /api/ontology', () => {
  it('counts the seed graph by type, MENTIONS left out', async () => {
    const { status, body } = await get('/api/stats');
    expect(status).toBe(200);
    expect(body.documents).toBe(10);
    expect(body.entities.total).toBeGreaterThan(100);
    expect(body.entities.byType.Company).toBeGreaterThan(10);
    expect(body.relationships.byType.SUPPLIES).toBeGreaterThan(5);
    expect(body.relationships.byType.SANCTIONS).toBeGreaterThanOrEqual(3);
    expect(body.relationships.byType).not.toHaveProperty('MENTIONS');
    expect(body.lastIngest).toMatch(/^\d{4}-/);
  });

  it('serves the ontology the UI colours its legend with', async () => {
    const { body } = await get('/api/ontology');
    expect(body.entityTypes.map((t: any) => t.name)).toContain('Company');
    expect(body.relationTypes.find((t: any) => t.name === 'SANCTIONS').inverse).toBe('sanctioned by');
  });

  it('serves each relationship type with the colour and dash the explorer draws it in', async () => {
    const { body } = await get('/api/ontology');
    for (const t of body.relationTypes) expect({ color: t.color, dash: t.dash }, t.name).toEqual(relationLook(t.name));
  });
});

describe('GET /api/search', () => {
  it('finds by prefix, with a typo, and by alias, the exact name first', async () => {
    expect((await get('/api/search?q=kork')).body.results[0].id).toBe('korkem-telecom');
    expect((await get('/api/search?q=hikvsion')).body.results[0].id).toBe('hikvision');
    expect((await get('/api/search?q=NTech%20Lab')).body.results[0].id).toBe('ntechlab');
    expect((await get('/api/search?q=moscow')).body.results[0].id).toBe('moscow');
  });

  it('falls back to substring matching for one- and two-letter input', async () => {
    const { body } = await get('/api/search?q=ZT');
    expect(body.results.map((r: any) => r.id)).toContain('zte');
  });

  it('filters by type and rejects a type not in the ontology, naming the field', async () => {
    const places = await get('/api/search?q=mosc&types=Place');
    expect(new Set(places.body.results.map((r: any) => r.type))).toEqual(new Set(['Place']));
    const bad = await get('/api/search?q=mosc&types=Place,Evil');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^querystring\.types/);
  });

  it('treats Lucene and Cypher syntax in q as plain text', async () => {
    const total = (await get('/api/stats')).body.entities.total;
    for (const q of ['*:*', 'a" OR name:*', 'x~10^99', "') RETURN 1 //", 'name:(NtechLab) AND type:Company', '\\', '((((', '} MATCH (n) DETACH DELETE n //']) {
      const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(body.results.length, q).toBeLessThan(20);
    }
    expect((await get('/api/stats')).body.entities.total).toBe(total);
  });
});

describe('GET /api/entities/:id', () => {
  it('answers an entity with sanctions flags naming who and under what, relationship counts and documents', async () => {
    const { status, body } = await get('/api/entities/hikvision');
    expect(status).toBe(200);
    expect(body.entity).toMatchObject({ id: 'hikvision', label: 'Hikvision', type: 'Company', origin: 'catalog' });
    expect(body.entity.flags.sanctionedBy).toContainEqual(expect.objectContaining({ id: 'us-department-of-commerce', detail: expect.stringMatching(/Entity List/) }));
    expect(body.relationships).toContainEqual(expect.objectContaining({ type: 'SUPPLIES', direction: 'out' }));
    expect(body.documents.length).toBeGreaterThan(0);
  });

  it('flags restrictions as well as sanctions', async () => {
    const { body } = await get('/api/entities/twitter');
    expect(body.entity.flags.restrictedBy.map((f: any) => f.id)).toEqual(expect.arrayContaining(['roskomnadzor']));
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
    expect(ids(one.body.nodes)).toEqual(expect.arrayContaining(['kazakhstan', 'dahua', 'sergek']));
    expect(ids(one.body.nodes)).not.toContain('korkem-telecom');
    const two = await get('/api/entities/kazakhstan/neighbors?depth=2');
    expect(ids(two.body.nodes)).toContain('korkem-telecom');
    for (const e of two.body.edges) {
      expect(ids(two.body.nodes)).toContain(e.data.source);
      expect(ids(two.body.nodes)).toContain(e.data.target);
    }
  });

  it('applies the limit to a hub and says how much it left out', async () => {
    const all = await get('/api/entities/russia/neighbors');
    const { body } = await get('/api/entities/russia/neighbors?limit=2');
    expect(body.nodes).toHaveLength(3);
    expect(body.truncated).toEqual({ omitted: all.body.nodes.length - 3, limit: 2 });
  });

  it('reads an empty relTypes or types as no filter', async () => {
    const plain = await get('/api/entities/kazakhstan/neighbors');
    const empty = await get('/api/entities/kazakhstan/neighbors?relTypes=&types=');
    expect(empty.body).toEqual(plain.body);
  });

  it('filters by relationship type, neighbour type, confidence and year', async () => {
    const supplies = await get('/api/entities/kazakhstan/neighbors?relTypes=SUPPLIES');
    expect(supplies.body.edges.every((e: any) => e.data.type === 'SUPPLIES')).toBe(true);
    expect(ids(supplies.body.nodes)).not.toContain('sergek');
    const programs = await get('/api/entities/kazakhstan/neighbors?types=Program');
    expect(programs.body.nodes.filter((n: any) => n.data.id !== 'kazakhstan').every((n: any) => n.data.type === 'Program')).toBe(true);
    const sure = await get('/api/entities/kazakhstan/neighbors?minConfidence=0.99');
    expect(sure.body.edges.every((e: any) => e.data.confidence >= 0.99)).toBe(true);
    const dated = await get('/api/entities/hikvision/neighbors?since=2019&until=2019');
    expect(dated.body.edges.map((e: any) => e.data.type)).toEqual(['SANCTIONS']);
  });

  it('refuses depth beyond 3, a limit beyond 1000, relationship types outside the ontology, and since after until', async () => {
    for (const q of ['depth=4', 'limit=1001', 'relTypes=SUPPLIES,DELETE', "relTypes=SUPPLIES'%20OR%20'1", 'minConfidence=2', 'since=2020&until=2010']) {
      const res = await get(`/api/entities/kazakhstan/neighbors?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.message, q).toMatch(/^querystring\.\w+/);
    }
  });
});

describe('GET /api/supply-chain/:id', () => {
  it('finds Dahua upstream of Kazakhstan, flagged as sanctioned, and draws its partnership with Korkem Telecom only when partners are included', async () => {
    const { status, body } = await get('/api/supply-chain/kazakhstan');
    expect(status).toBe(200);
    const dahua = body.entries.find((e: any) => e.entity.id === 'dahua');
    expect(dahua.paths[0].nodes[0]).toBe('dahua');
    const korkem = body.entries.find((e: any) => e.entity.id === 'korkem-telecom');
    expect(korkem.paths[0].nodes).toEqual(['korkem-telecom', 'sergek', 'kazakhstan']);
    const linksOf = (b: any) => b.edges.map((e: any) => [e.data.source, e.data.target].sort().join(' '));
    expect(linksOf(body)).toContain('korkem-telecom sergek');
    expect(linksOf(body)).not.toContain('dahua korkem-telecom');
    expect(linksOf((await get('/api/supply-chain/kazakhstan?include=planned,partners')).body)).toContain('dahua korkem-telecom');
    expect(dahua.entity.flags.sanctionedBy.map((f: any) => f.name)).toContain('US Department of Commerce');
    const entryIds = body.entries.map((e: any) => e.entity.id);
    expect(entryIds).toEqual(expect.arrayContaining(['korkem-telecom', 'hikvision', 'open-technologies-group']));
    expect(entryIds).not.toContain('russia');
    const edgeIds = new Set(body.edges.map((e: any) => e.data.id));
    for (const entry of body.entries) for (const p of entry.paths) for (const e of p.edges) expect(edgeIds.has(e)).toBe(true);
  });

  it('finds whom a vendor supplies downstream, down to the state', async () => {
    const { body } = await get('/api/supply-chain/korkem-telecom?direction=downstream');
    expect(body.entries.map((e: any) => e.entity.id)).toEqual(expect.arrayContaining(['sergek', 'kazakhstan']));
  });

  it('answers 404 for an unknown root and 400 for a bad direction or depth', async () => {
    expect((await get('/api/supply-chain/nobody')).status).toBe(404);
    expect((await get('/api/supply-chain/kazakhstan?direction=sideways')).status).toBe(400);
    expect((await get('/api/supply-chain/kazakhstan?depth=7')).status).toBe(400);
  });
});

describe('GET /api/paths', () => {
  it('finds a path from NtechLab to Moscow', async () => {
    const { status, body } = await get('/api/paths?from=ntechlab&to=moscow');
    expect(status).toBe(200);
    expect(body.paths[0]).toMatchObject({ nodes: ['ntechlab', 'moscow'], length: 1 });
    expect(ids(body.nodes)).toEqual(expect.arrayContaining(['moscow', 'ntechlab']));
  });

  it('offers alternatives after the shortest, shortest first, and honours relTypes', async () => {
    const all = await get('/api/paths?from=ntechlab&to=moscow&k=3');
    expect(all.body.paths.length).toBeGreaterThanOrEqual(2);
    const lengths = all.body.paths.map((p: any) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const noSupply = await get('/api/paths?from=ntechlab&to=moscow&relTypes=DEVELOPS,USES');
    expect(noSupply.body.paths[0].nodes).toEqual(['ntechlab', 'facial-recognition', 'moscow']);
  });

  it('answers no paths beyond maxHops, refuses maxHops over 6, and 404s an unknown end', async () => {
    expect((await get('/api/paths?from=ntechlab&to=moscow&maxHops=1&relTypes=DEVELOPS,USES')).body.paths).toEqual([]);
    expect((await get('/api/paths?from=ntechlab&to=moscow&maxHops=7')).status).toBe(400);
    expect((await get('/api/paths?from=ntechlab&to=nowhere')).status).toBe(404);
  });
});

describe('GET /api/relationships/:id and /api/documents', () => {
  it('parses every evidence item, joins its document, and its offsets point at the quote in the stored text', async () => {
    const around = await get('/api/entities/korkem-telecom/neighbors?relTypes=SUPPLIES');
    const edge = around.body.edges.find((e: any) => e.data.target === 'sergek');
    expect(edge.data.id).toBe('korkem-telecom~SUPPLIES~sergek');
    const { status, body } = await get(`/api/relationships/${edge.data.id}`);
    expect(status).toBe(200);
    expect(body.relationship).toMatchObject({ type: 'SUPPLIES', sourceName: 'Korkem Telecom', targetName: 'Sergek' });
    const [ev] = body.evidence;
    expect(ev.documentTitle).toBe('Camera vendors in Kazakhstan');
    expect(ev.rule).toMatch(/\S/);
    const doc = await get(`/api/documents/${ev.doc}`);
    expect(doc.body.document.text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('answers 404 for an unknown relationship or document', async () => {
    expect((await get('/api/relationships/nope')).status).toBe(404);
    // Well-formed ids whose type is not in the ontology, or whose ends are not linked, are unknown too.
    expect((await get('/api/relationships/korkem-telecom~HACKS~sergek')).status).toBe(404);
    expect((await get('/api/relationships/sergek~SUPPLIES~korkem-telecom')).status).toBe(404);
    expect((await get('/api/documents/nope')).status).toBe(404);
  });

  it('lists documents without their text', async () => {
    const { body } = await get('/api/documents');
    expect(body.documents).toHaveLength(10);
    expect(body.documents[0]).not.toHaveProperty('text');
    expect(body.documents.map((d: any) => d.title)).toContain('Russia and Digital Surveillance in the Wake of COVID-19');
  });

  it('answers a document with mention spans and evidence spans that point into its text', async () => {
    const list = (await get('/api/documents')).body.documents;
    const kz = list.find((d: any) => /Kazakhstan/.test(d.title));
    const { body } = await get(`/api/documents/${kz.id}`);
    const text: string = body.document.text;
    expect(text.length).toBe(kz.length);
    const korkem = body.mentions.filter((m: any) => m.entityId === 'korkem-telecom');
    expect(korkem.length).toBeGreaterThan(0);
    for (const m of korkem) expect(text.slice(m.start, m.end)).toMatch(/Korkem/);
    expect(body.evidence.length).toBeGreaterThan(0);
    for (const e of body.evidence) expect(text.slice(e.start, e.end).length).toBeGreaterThan(10);
  });
});

describe('injection attempts', () => {
  it('through every parameter get a 400 or a safe answer and change nothing', async () => {
    const before = (await get('/api/stats')).body;
    const evil = encodeURIComponent("x' }) MATCH (n) DETACH DELETE n //");
    const urls = [
      `/api/entities/${evil}`, `/api/entities/${evil}/neighbors`, `/api/supply-chain/${evil}`, `/api/relationships/${evil}`,
      `/api/documents/${evil}`, `/api/paths?from=${evil}&to=moscow`, `/api/paths?from=ntechlab&to=${evil}`,
      `/api/search?q=${evil}`, `/api/search?q=ntech&types=${evil}`, `/api/entities/ntechlab/neighbors?relTypes=${evil}`,
      `/api/entities/ntechlab/neighbors?types=Company,${evil}`, `/api/paths?from=ntechlab&to=moscow&relTypes=SUPPLIES\`]->()%20DELETE%20n//`,
      `/api/entities/ntechlab/neighbors?limit=1e9`, `/api/entities/ntechlab/neighbors?depth=-1`, `/api/supply-chain/kazakhstan?depth=${evil}`,
    ];
    for (const url of urls) {
      const { status } = await get(url);
      expect([200, 400, 404], url).toContain(status);
    }
    expect((await get('/api/stats')).body).toEqual(before);
  });
});
