/**
 * The review queue and saved investigations over HTTP against the real Neo4j: the queue puts weak,
 * single-source links and links near sanctioned entities first and shrinks as links are reviewed;
 * an investigation is saved, listed, opened by id, renamed, duplicated, exported, imported and
 * deleted, keeps the timeline's period and which of the map and timeline are open (and where the map
 * is zoomed), and of two saves on the same version one wins and the other gets 409.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../ingest/index.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { emptyGraph, emptyTestGraph, testNlp } from '../helpers/db.ts';
import { DESIGNATIONS } from '../helpers/seeded.ts';

const graph = emptyTestGraph();
let server: TestServer;

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: body !== undefined ? { 'content-type': 'application/json' } : {},
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json() as any, headers: res.headers };
}

beforeAll(async () => {
  server = await startTestServer();
  await emptyGraph(graph.repo);
  const ctx = { repo: graph.repo, nlp: testNlp() };
  await ingestDocument(ctx, DESIGNATIONS);
  await ingestDocument(ctx, { source: 'tests/a.txt', data: 'Korvex Systems supplied surveillance cameras to Lusaka in 2019. Hikvision supplied cameras to Lusaka in 2020.\n' });
  await ingestDocument(ctx, { source: 'tests/b.txt', data: 'Korvex Systems supplied surveillance cameras to Lusaka in 2021.\n' });
});
afterAll(async () => { await server?.close(); });

describe('GET /api/review-queue', () => {
  it('lists unreviewed links most urgent first, with why, and shrinks as they are reviewed', async () => {
    const { status, body } = await call('GET', '/api/review-queue?limit=500');
    expect(status).toBe(200);
    expect(body.remaining).toBe(body.items.length);
    const priorities = body.items.map((i: any) => i.priority);
    expect([...priorities].sort((a: number, b: number) => b - a)).toEqual(priorities);
    const byId = new Map(body.items.map((i: any) => [i.relationship.id, i]));
    const twoSources = byId.get('korvex-systems~SUPPLIES~lusaka') as any;
    const nearSanctioned = byId.get('hikvision~SUPPLIES~lusaka') as any;
    expect(twoSources.reasons).not.toContain('one source');
    expect(nearSanctioned.reasons).toEqual(expect.arrayContaining(['one source', 'sanctioned, restricted or listed']));
    expect(nearSanctioned.priority).toBeGreaterThan(twoSources.priority);

    const first = body.items[0];
    const review = await call('POST', `/api/relationships/${first.relationship.id}/review`, { decision: 'confirm', version: first.version });
    expect(review.status).toBe(200);
    const after = (await call('GET', '/api/review-queue?limit=500')).body;
    expect(after.remaining).toBe(body.remaining - 1);
    expect(after.items.map((i: any) => i.relationship.id)).not.toContain(first.relationship.id);
    expect((await call('GET', '/api/review-queue?limit=1&skip=1')).body.items[0].relationship.id).toBe(after.items[1].relationship.id);
  });
});

describe('/api/investigations', () => {
  const state = {
    nodes: ['korvex-systems', 'lusaka'], edges: ['korvex-systems~SUPPLIES~lusaka'],
    positions: { 'korvex-systems': { x: 10, y: 20 }, lusaka: { x: 200.5, y: -40 } },
    hidden: ['hikvision'], pinned: ['lusaka'], highlighted: ['korvex-systems~SUPPLIES~lusaka'],
    filters: { minConfidence: 0.5 },
    notes: [{ target: { kind: 'entity', id: 'lusaka' }, text: 'Ask the city for the tender <b>file</b>' }, { target: { kind: 'case' }, text: 'Lusaka camera network' }],
  };

  it('saves, lists, opens by id, renames, duplicates, exports, imports and deletes a case file', async () => {
    const saved = await call('POST', '/api/investigations', { name: 'Lusaka cameras', state });
    expect(saved.status).toBe(200);
    const { id } = saved.body;
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(saved.body).toMatchObject({ name: 'Lusaka cameras', createdBy: 'local analyst', version: 0 });
    expect((await call('GET', `/api/investigations/${id}`)).body.state).toEqual(state);
    expect((await call('GET', '/api/investigations')).body.investigations.map((i: any) => i.id)).toContain(id);

    const renamed = await call('PUT', `/api/investigations/${id}`, { name: 'Lusaka camera tender', version: 0 });
    expect(renamed.body).toMatchObject({ name: 'Lusaka camera tender', version: 1, state });

    const copy = await call('POST', `/api/investigations/${id}/duplicate`, {});
    expect(copy.body).toMatchObject({ name: 'Lusaka camera tender (copy)', state });
    expect(copy.body.id).not.toBe(id);

    const file = await call('GET', `/api/investigations/${id}/export`);
    expect(file.headers.get('content-disposition')).toMatch(/attachment; filename="Lusaka_camera_tender\.sightline\.json"/);
    expect(file.body).toMatchObject({ format: 'sightline-investigation', version: 1, name: 'Lusaka camera tender', state });
    const imported = await call('POST', '/api/investigations/import', file.body);
    expect(imported.body).toMatchObject({ name: 'Lusaka camera tender', state });

    for (const gone of [id, copy.body.id, imported.body.id]) expect((await call('DELETE', `/api/investigations/${gone}`)).status).toBe(200);
    expect((await call('GET', `/api/investigations/${id}`)).status).toBe(404);
    expect((await call('DELETE', `/api/investigations/${id}`)).status).toBe(404);
  });

  it('lets one of two saves on the same version win; the other gets 409 and the winner\'s case file stays', async () => {
    const { id } = (await call('POST', '/api/investigations', { name: 'Race', state })).body;
    const [a, b] = await Promise.all([
      call('PUT', `/api/investigations/${id}`, { state: { ...state, hidden: [] }, version: 0 }),
      call('PUT', `/api/investigations/${id}`, { state: { ...state, pinned: [] }, version: 0 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const kept = (await call('GET', `/api/investigations/${id}`)).body;
    expect(kept.version).toBe(1);
    expect(kept.state).toEqual((a.status === 200 ? a : b).body.state);
  });

  it('refuses a nameless investigation, a file of another kind and an empty save', async () => {
    expect((await call('POST', '/api/investigations', { name: ' ', state })).status).toBe(400);
    expect((await call('POST', '/api/investigations/import', { format: 'something-else', version: 1, name: 'x', state })).status).toBe(400);
    const { id } = (await call('POST', '/api/investigations', { name: 'Empty save', state })).body;
    expect((await call('PUT', `/api/investigations/${id}`, { version: 0 })).status).toBe(400);
    expect((await call('PUT', '/api/investigations/nope', { name: 'x', version: 0 })).status).toBe(404);
  });

  it('keeps the timeline\'s period with the case file, and refuses one that ends before it starts, naming it', async () => {
    const period = { from: 2017, to: 2019, undated: false };
    const saved = await call('POST', '/api/investigations', { name: 'Lusaka 2017-2019', state: { ...state, period } });
    expect(saved.status).toBe(200);
    expect((await call('GET', `/api/investigations/${saved.body.id}`)).body.state.period).toEqual(period);
    const backwards = await call('PUT', `/api/investigations/${saved.body.id}`, { state: { ...state, period: { from: 2020, to: 2019, undated: true } }, version: saved.body.version });
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toMatch(/period/);
    expect(backwards.body.message).toMatch(/ends before it starts/);
  });

  it('keeps the open map with the part of the world it shows and a closed timeline, and refuses a map box with no width, naming it', async () => {
    const panels = { map: { box: { x0: 0.8, y0: -1.1, x1: 1.6, y1: -0.6 } }, timeline: false };
    const saved = await call('POST', '/api/investigations', { name: 'Central Asia on the map', state: { ...state, ...panels } });
    expect(saved.status).toBe(200);
    const { state: back } = (await call('GET', `/api/investigations/${saved.body.id}`)).body;
    expect({ map: back.map, timeline: back.timeline }).toEqual(panels);
    const whole = await call('PUT', `/api/investigations/${saved.body.id}`, { state: { ...state, map: { box: null } }, version: saved.body.version });
    expect(whole.status).toBe(200);
    expect(whole.body.state.map).toEqual({ box: null });
    const flat = await call('PUT', `/api/investigations/${saved.body.id}`, { state: { ...state, map: { box: { x0: 1, y0: 0, x1: 1, y1: 1 } } }, version: whole.body.version });
    expect(flat.status).toBe(400);
    expect(flat.body.message).toMatch(/map box has no width or height/);
  });
});
