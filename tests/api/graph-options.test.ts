/**
 * The options of the path and supply-chain questions (#16), over HTTP against the real server and
 * Neo4j with the seed graph: relationship types, direction, maximum hops, minimum confidence, and
 * whether planned, cancelled or ended links count; each bad value a 400 naming its parameter.
 */
import { describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/seeded.ts';

const seeded = seededServer();

const get = async (path: string) => {
  const res = await fetch(`${seeded.server.url}${path}`);
  return { status: res.status, body: await res.json() as any };
};

interface Edge { id: string; source: string; target: string; type: string; confidence: number; status?: string }
const edgesOf = (body: any) => new Map<string, Edge>(body.edges.map((e: any) => [e.data.id, e.data]));

describe('GET /api/paths options', () => {
  it('direction=forward follows every relationship from `from` towards `to`, backward the reverse, any either way', async () => {
    const forward = await get('/api/paths?from=hikvision&to=kazakhstan&direction=forward&k=5');
    expect(forward.status).toBe(200);
    expect(forward.body.paths.length).toBeGreaterThan(0);
    const edges = edgesOf(forward.body);
    for (const p of forward.body.paths) p.edges.forEach((id: string, i: number) => expect(edges.get(id)!.source).toBe(p.nodes[i]));

    // The same pair asked the other way round: no forward path runs against Hikvision's supply.
    const against = await get('/api/paths?from=kazakhstan&to=hikvision&direction=forward&k=5');
    const againstEdges = edgesOf(against.body);
    for (const p of against.body.paths) p.edges.forEach((id: string, i: number) => expect(againstEdges.get(id)!.source).toBe(p.nodes[i]));
    expect(against.body.paths.some((p: any) => p.length === 1)).toBe(false);
    const backward = await get('/api/paths?from=kazakhstan&to=hikvision&direction=backward');
    expect(backward.body.paths[0]).toMatchObject({ nodes: ['kazakhstan', 'hikvision'], length: 1 });
    const any = await get('/api/paths?from=kazakhstan&to=hikvision');
    expect(any.body.paths[0].length).toBe(1);
  });

  it('minConfidence leaves out paths through weaker relationships', async () => {
    const all = await get('/api/paths?from=ntechlab&to=moscow&k=5');
    const edges = edgesOf(all.body);
    const weakest = (p: any) => Math.min(...p.edges.map((id: string) => edges.get(id)!.confidence));
    const floors = ([...new Set(all.body.paths.map(weakest))] as number[]).sort((a, b) => a - b);
    expect(floors.length).toBeGreaterThan(1);
    const threshold = floors[1]!;
    const strong = await get(`/api/paths?from=ntechlab&to=moscow&k=5&minConfidence=${threshold}`);
    expect(strong.status).toBe(200);
    expect(strong.body.paths.length).toBeGreaterThan(0);
    const strongEdges = edgesOf(strong.body);
    for (const p of strong.body.paths) for (const id of p.edges) expect(strongEdges.get(id)!.confidence).toBeGreaterThanOrEqual(threshold);
    const dropped = all.body.paths.filter((p: any) => weakest(p) < threshold).map((p: any) => p.edges.join());
    expect(dropped.length).toBeGreaterThan(0);
    for (const p of strong.body.paths) expect(dropped).not.toContain(p.edges.join());
  });

  it('include=none keeps planned, cancelled and ended links off every path; by default they count', async () => {
    const all = await get('/api/paths?from=hikvision&to=ukraine');
    expect(all.body.paths[0].length).toBe(1);
    expect(edgesOf(all.body).get(all.body.paths[0].edges[0])!.status).toBe('cancelled');
    const current = await get('/api/paths?from=hikvision&to=ukraine&include=none&k=5');
    expect(current.status).toBe(200);
    const edges = edgesOf(current.body);
    for (const p of current.body.paths) for (const id of p.edges) expect(['planned', 'cancelled', 'ended']).not.toContain(edges.get(id)!.status);
    const withPlanned = await get('/api/paths?from=hikvision&to=ukraine&include=planned&k=5');
    const plannedEdges = edgesOf(withPlanned.body);
    for (const p of withPlanned.body.paths) for (const id of p.edges) expect(['cancelled', 'ended']).not.toContain(plannedEdges.get(id)!.status);
  });

  it('maxHops bounds every path it returns', async () => {
    const { body } = await get('/api/paths?from=ntechlab&to=moscow&k=9&maxHops=2');
    expect(body.paths.length).toBeGreaterThan(0);
    for (const p of body.paths) expect(p.length).toBeLessThanOrEqual(2);
  });

  it('answers 400 naming a bad direction, minConfidence or include', async () => {
    for (const [query, name] of [['direction=sideways', 'direction'], ['minConfidence=2', 'minConfidence'], ['minConfidence=high', 'minConfidence'], ['include=maybe', 'include'], ['relTypes=LIKES', 'relTypes']] as const) {
      const { status, body } = await get(`/api/paths?from=ntechlab&to=moscow&${query}`);
      expect(status, query).toBe(400);
      expect(body.message, query).toContain(name);
    }
  });
});

describe('GET /api/supply-chain/:id options', () => {
  const entries = (body: any) => body.entries.map((e: any) => e.entity.id) as string[];

  it('relTypes limits the links the chain follows: SUPPLIES alone does not reach Korkem Telecom through the Sergek program', async () => {
    const all = await get('/api/supply-chain/kazakhstan');
    expect(entries(all.body)).toContain('korkem-telecom');
    expect(all.body.links).toEqual(expect.arrayContaining(['SUPPLIES', 'MANUFACTURES_FOR', 'SUBSIDIARY_OF', 'OPERATES']));
    const direct = await get('/api/supply-chain/kazakhstan?relTypes=SUPPLIES');
    expect(direct.status).toBe(200);
    expect(entries(direct.body)).toEqual(expect.arrayContaining(['hikvision', 'dahua']));
    expect(entries(direct.body)).not.toContain('korkem-telecom');
    for (const e of direct.body.edges) expect(['SUPPLIES', 'IN_COUNTRY']).toContain(e.data.type);
    const withOperates = await get('/api/supply-chain/kazakhstan?relTypes=SUPPLIES,OPERATES');
    expect(entries(withOperates.body)).toContain('korkem-telecom');
  });

  it('minConfidence leaves weaker links out of the walk and out of the drawing', async () => {
    const all = await get('/api/supply-chain/kazakhstan?depth=4');
    const confidences = ([...new Set(all.body.edges.filter((e: any) => e.data.type !== "IN_COUNTRY").map((e: any) => e.data.confidence as number))] as number[]).sort((a, b) => a - b);
    expect(confidences.length).toBeGreaterThan(1);
    const threshold = confidences.at(-1)!;
    const strong = await get(`/api/supply-chain/kazakhstan?depth=4&minConfidence=${threshold}`);
    expect(strong.status).toBe(200);
    for (const e of strong.body.edges) if (e.data.type !== 'IN_COUNTRY') expect(e.data.confidence).toBeGreaterThanOrEqual(threshold);
    expect(entries(strong.body).length).toBeLessThan(entries(all.body).length);
  });

  it('answers 400 naming relTypes outside the chain\'s links or without SUPPLIES, and a bad minConfidence', async () => {
    for (const [query, text] of [['relTypes=SUPPLIES,SANCTIONS', /relTypes.*among/], ['relTypes=OPERATES', /relTypes.*must include SUPPLIES/], ['relTypes=NOPE', /relTypes/], ['minConfidence=-1', /minConfidence/]] as const) {
      const { status, body } = await get(`/api/supply-chain/kazakhstan?${query}`);
      expect(status, query).toBe(400);
      expect(body.message, query).toMatch(text);
    }
  });
});
