/**
 * Entities corrected by a person, over HTTP against the real Neo4j and the real ingest: rename,
 * retype, country and aliases; a merge whose merged name later ingests land on the survivor; the
 * split of Uzbekistan's Interior Ministry from Russia's, its relationships following; undo of each
 * restoring the stored graph exactly; bad input refused with a 4xx that changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../ingest/index.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { emptyGraph, emptyTestGraph, testNlp } from '../helpers/db.ts';
import { afterAll } from 'vitest';

const graph = emptyTestGraph();
let server: TestServer;

const ingest = (source: string, data: string) => ingestDocument({ repo: graph.repo, nlp: testNlp() }, { source, data });

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: body !== undefined ? { 'content-type': 'application/json' } : {},
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json() as any };
}
const entity = async (id: string) => (await call('GET', `/api/entities/${id}`));
const edgesOf = async (id: string) => (await call('GET', `/api/entities/${id}/neighbors`)).body.edges.map((e: any) => e.data.id).sort();

/** The stored graph in an order that does not depend on how the database listed it. */
async function stored() {
  const s = (await graph.repo.readOne('graphSnapshot'))!;
  return {
    nodes: s.nodes.map((n) => JSON.stringify([[...n.labels].sort(), Object.entries(n.properties).filter(([k]) => k !== 'ingestedAt').sort()])).sort(),
    relationships: s.relationships.map((r) => JSON.stringify([r.type, r.from, r.to, Object.entries(r.properties).sort()])).sort(),
  };
}

beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

describe('editing an entity', () => {
  beforeAll(async () => {
    await emptyGraph(graph.repo);
    await ingest('tests/korvex.txt', 'Korvex Systems supplied surveillance cameras to Lusaka in 2019.\n');
  });

  it('renames (the old name kept as an alias, found by search), retypes and sets the country, as the local analyst, each undoable', async () => {
    const before = await stored();
    const { version } = (await entity('korvex-systems')).body;
    const rename = await call('PATCH', '/api/entities/korvex-systems', { name: 'Korvex Systems Ltd', country: 'Zambia', version });
    expect(rename.status).toBe(200);
    expect(rename.body.change).toMatchObject({ user: 'local analyst', action: 'rename', entities: ['korvex-systems'] });
    const after = (await entity('korvex-systems')).body;
    expect(after.entity).toMatchObject({ label: 'Korvex Systems Ltd', country: 'Zambia', aliases: ['Korvex Systems'] });
    const found = (await call('GET', '/api/search?q=Korvex%20Systems')).body.results;
    expect(found[0].id).toBe('korvex-systems');
    const retype = await call('PATCH', '/api/entities/korvex-systems', { type: 'Organization', version: after.version });
    expect(retype.body.change.action).toBe('retype');
    expect((await entity('korvex-systems')).body.entity.type).toBe('Organization');
    expect((await graph.repo.readOne('entitySnapshot', { names: ['Korvex Systems Ltd'] }))!.labels.sort()).toEqual(['Entity', 'Organization']);
    for (const c of [retype, rename]) expect((await call('POST', `/api/changes/${c.body.change.id}/undo`, {})).status).toBe(200);
    expect(await stored()).toEqual(before);
  });

  it('refuses an empty name, an unknown entity and a stale version, changing nothing', async () => {
    const before = await stored();
    const { version } = (await entity('korvex-systems')).body;
    expect((await call('PATCH', '/api/entities/korvex-systems', { name: '  ', version })).status).toBe(400);
    expect((await call('PATCH', '/api/entities/korvex-systems', { version })).status).toBe(400);
    expect((await call('PATCH', '/api/entities/no-such-entity', { name: 'X', version: 0 })).status).toBe(404);
    expect((await call('PATCH', '/api/entities/korvex-systems', { name: 'X', version: version + 5 })).status).toBe(409);
    expect(await stored()).toEqual(before);
  });
});

describe('two analysts editing one entity at once', () => {
  beforeAll(async () => {
    await emptyGraph(graph.repo);
    await ingest('tests/korvex.txt', 'Korvex Systems supplied surveillance cameras to Lusaka in 2019. Korvex Systems supplied servers to Accra in 2020.\n');
  });

  it('keeps both edits when they change different fields, and writes the entity alone, not its relationships', async () => {
    const { version } = (await entity('korvex-systems')).body;
    const edgesBefore = await edgesOf('korvex-systems');
    const [rename, country] = await Promise.all([
      call('PATCH', '/api/entities/korvex-systems', { name: 'Korvex Systems Ltd', version }),
      call('PATCH', '/api/entities/korvex-systems', { country: 'Zambia', version }),
    ]);
    expect([rename.status, country.status]).toEqual([200, 200]);
    expect((await entity('korvex-systems')).body.entity).toMatchObject({ label: 'Korvex Systems Ltd', country: 'Zambia', aliases: ['Korvex Systems'] });
    const trail = (await call('GET', '/api/changes?entity=korvex-systems')).body.changes;
    expect(trail.map((c: any) => c.action).sort()).toEqual(['rename', 'set-country']);
    for (const c of trail) {
      expect(c.before.relationships).toEqual([]);
      expect(c.after.nodes.map((n: any) => n.properties.id)).toEqual(['korvex-systems']);
    }
    expect(await edgesOf('korvex-systems')).toEqual(edgesBefore);
  });

  it('refuses the second of two edits of the same field with 409 naming it, keeping the first, and takes it again once reloaded', async () => {
    const { version } = (await entity('korvex-systems')).body;
    const changesBefore = (await call('GET', '/api/changes?entity=korvex-systems')).body.changes.length;
    const answers = await Promise.all(['Korvex Holdings', 'Korvex Group'].map((name) => call('PATCH', '/api/entities/korvex-systems', { name, version })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const [won, lost] = answers[0]!.status === 200 ? [0, 1] : [1, 0];
    const names = ['Korvex Holdings', 'Korvex Group'];
    expect(answers[lost]!.body.message).toMatch(/changed its name since you read it/);
    const now = (await entity('korvex-systems')).body;
    expect(now.entity.label).toBe(names[won]);
    expect(now.entity.country).toBe('Zambia');
    expect(now.entity.aliases).toContain('Korvex Systems Ltd');
    const trail = (await call('GET', '/api/changes?entity=korvex-systems')).body.changes;
    expect(trail).toHaveLength(changesBefore + 1);
    expect(trail[0].after.nodes[0].properties.name).toBe(names[won]);

    const retried = await call('PATCH', '/api/entities/korvex-systems', { name: names[lost], version: now.version });
    expect(retried.status).toBe(200);
    expect((await entity('korvex-systems')).body.entity.aliases).toEqual(expect.arrayContaining(['Korvex Systems', 'Korvex Systems Ltd', names[won]]));
  });
});

describe('merging two entities', () => {
  beforeAll(async () => {
    await emptyGraph(graph.repo);
    await ingest('tests/korvex-a.txt', 'Korvex Systems supplied surveillance cameras to Lusaka in 2019.\n');
    await ingest('tests/korvex-b.txt', 'Korvex Group supplied servers to Lusaka in 2020. Korvex Group supplied routers to Accra in 2020.\n');
  });

  it('moves relationships, evidence and mentions to the survivor, keeps the merged name as an alias, and undo restores the graph exactly', async () => {
    expect(await edgesOf('korvex-group')).toEqual(['korvex-group~SUPPLIES~accra', 'korvex-group~SUPPLIES~lusaka']);
    const before = await stored();
    const [a, b] = [(await entity('korvex-systems')).body, (await entity('korvex-group')).body];
    const merge = await call('POST', '/api/entities/korvex-systems/merge', { merge: 'korvex-group', version: a.version, mergedVersion: b.version, note: 'same firm, renamed in 2020' });
    expect(merge.status).toBe(200);
    expect(merge.body.change).toMatchObject({ action: 'merge', entities: ['korvex-systems', 'korvex-group'], note: 'same firm, renamed in 2020' });
    const gone = await entity('korvex-group');
    expect(gone.status).toBe(404);
    expect(gone.body.details).toEqual({ mergedInto: 'korvex-systems' });
    const survivor = (await entity('korvex-systems')).body;
    expect(survivor.entity.aliases).toContain('Korvex Group');
    expect(survivor.documents).toHaveLength(2);
    expect(await edgesOf('korvex-systems')).toEqual(['korvex-systems~SUPPLIES~accra', 'korvex-systems~SUPPLIES~lusaka']);
    const joined = (await call('GET', '/api/relationships/korvex-systems~SUPPLIES~lusaka')).body;
    expect(joined.evidence.map((e: any) => e.year).sort()).toEqual([2019, 2020]);
    expect(joined.relationship.years).toEqual([2019, 2020]);
    const doc = (await call('GET', `/api/documents/${survivor.documents.find((d: any) => d.source === 'tests/korvex-b.txt').id}`)).body;
    expect(new Set(doc.mentions.filter((m: any) => m.name === 'Korvex Systems').map((m: any) => m.entityId))).toEqual(new Set(['korvex-systems']));

    expect((await call('POST', `/api/changes/${merge.body.change.id}/undo`, {})).status).toBe(200);
    expect(await stored()).toEqual(before);
  });

  it('lands a later ingest naming the merged entity on the survivor', async () => {
    const [a, b] = [(await entity('korvex-systems')).body, (await entity('korvex-group')).body];
    expect((await call('POST', '/api/entities/korvex-systems/merge', { merge: 'korvex-group', version: a.version, mergedVersion: b.version })).status).toBe(200);
    await ingest('tests/korvex-c.txt', 'Korvex Group supplied surveillance cameras to Nairobi in 2022.\n');
    expect((await entity('korvex-group')).status).toBe(404);
    expect(await edgesOf('korvex-systems')).toEqual(['korvex-systems~SUPPLIES~accra', 'korvex-systems~SUPPLIES~lusaka', 'korvex-systems~SUPPLIES~nairobi']);
    expect((await entity('korvex-systems')).body.entity.label).toBe('Korvex Systems');
  });

  it('refuses a self-merge, a merge across types not said so, and unknown ids, changing nothing', async () => {
    const before = await stored();
    const v = (id: string) => entity(id).then((r) => r.body.version);
    const [k, l] = [await v('korvex-systems'), await v('lusaka')];
    const self = await call('POST', '/api/entities/korvex-systems/merge', { merge: 'korvex-systems', version: k, mergedVersion: k });
    expect(self.status).toBe(400);
    expect(self.body.message).toMatch(/itself/);
    const across = await call('POST', '/api/entities/korvex-systems/merge', { merge: 'lusaka', version: k, mergedVersion: l });
    expect(across.status).toBe(400);
    expect(across.body.message).toMatch(/acrossTypes/);
    expect((await call('POST', '/api/entities/korvex-systems/merge', { merge: 'no-such-entity', version: k, mergedVersion: 0 })).status).toBe(404);
    expect((await call('POST', '/api/entities/no-such-entity/merge', { merge: 'lusaka', version: 0, mergedVersion: l })).status).toBe(404);
    expect(await stored()).toEqual(before);
  });
});

describe('splitting Uzbekistan\'s Interior Ministry from Russia\'s', () => {
  // The extractor gives "the Interior Ministry" in Tashkent to Russia's ministry, the catalog's first.
  const UZBEK = 'In Tashkent, the Interior Ministry bought surveillance cameras from Korvex Systems in 2021.\n';
  let russian: string;

  beforeAll(async () => {
    await emptyGraph(graph.repo);
    await ingest('tests/russia.txt', 'In 2020 NtechLab supplied facial recognition software to Russia\'s Interior Ministry.\n');
    await ingest('tests/uzbekistan.txt', UZBEK);
    const edges = (await call('GET', '/api/entities/korvex-systems/neighbors')).body.edges.map((e: any) => e.data);
    russian = edges[0].target;
    expect(russian).toBe('ministry-of-internal-affairs-russia');
  });

  it('moves the chosen mention and the relationship it supports to the new entity, and undo restores the graph exactly', async () => {
    const ministry = (await entity(russian)).body;
    expect(ministry.entity.country).toBe('Russia');
    const uzDoc = ministry.documents.find((d: any) => d.source === 'tests/uzbekistan.txt');
    const doc = (await call('GET', `/api/documents/${uzDoc.id}`)).body;
    const mentions = doc.mentions.filter((m: any) => m.entityId === russian).map((m: any) => ({ doc: uzDoc.id, start: m.start, end: m.end }));
    expect(mentions.length).toBeGreaterThan(0);
    const before = await stored();

    const split = await call('POST', `/api/entities/${russian}/split`, { name: 'Ministry of Internal Affairs', type: 'Agency', country: 'Uzbekistan', mentions, version: ministry.version, note: 'Uzbekistan\'s ministry, not Russia\'s' });
    expect(split.status).toBe(200);
    const uzbek = split.body.entity;
    expect(uzbek).toBe('ministry-of-internal-affairs-uzbekistan');
    expect((await entity(uzbek)).body.entity).toMatchObject({ label: 'Ministry of Internal Affairs', country: 'Uzbekistan', type: 'Agency' });
    expect(await edgesOf(uzbek)).toEqual([`korvex-systems~SUPPLIES~${uzbek}`]);
    expect(await edgesOf(russian)).not.toContain(`korvex-systems~SUPPLIES~${russian}`);
    expect((await edgesOf(russian)).some((id: string) => id.startsWith('ntechlab~'))).toBe(true);
    expect((await entity(russian)).body.documents.map((d: any) => d.source)).toEqual(['tests/russia.txt']);
    const moved = (await call('GET', `/api/documents/${uzDoc.id}`)).body.mentions.filter((m: any) => m.entityId === uzbek);
    expect(moved).toHaveLength(mentions.length);
    const trail = (await call('GET', `/api/changes?entity=${uzbek}`)).body.changes;
    expect(trail.map((c: any) => c.action)).toEqual(['split']);

    expect((await call('POST', `/api/changes/${split.body.change.id}/undo`, {})).status).toBe(200);
    expect(await stored()).toEqual(before);
  });

  it('refuses mentions that are not the entity\'s, changing nothing', async () => {
    const before = await stored();
    const ministry = (await entity(russian)).body;
    const res = await call('POST', `/api/entities/${russian}/split`, { name: 'Ministry of Internal Affairs', country: 'Uzbekistan', mentions: [{ doc: ministry.documents[0].id, start: 0, end: 3 }], version: ministry.version });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/Not mentions of/);
    expect(await stored()).toEqual(before);
  });

  it('gives a later document\'s split-off name to the new entity, unless the text places it in Russia', async () => {
    const ministry = (await entity(russian)).body;
    const uzDoc = ministry.documents.find((d: any) => d.source === 'tests/uzbekistan.txt');
    const mentions = (await call('GET', `/api/documents/${uzDoc.id}`)).body.mentions
      .filter((m: any) => m.entityId === russian).map((m: any) => ({ doc: uzDoc.id, start: m.start, end: m.end }));
    const split = await call('POST', `/api/entities/${russian}/split`, { name: 'Ministry of Internal Affairs', type: 'Agency', country: 'Uzbekistan', mentions, version: ministry.version });
    expect(split.status).toBe(200);
    const uzbek = split.body.entity;

    const later = await call('POST', '/api/documents', { title: 'Tashkent buys servers', text: 'In Tashkent, the Interior Ministry bought servers from Veltrix Labs in 2023.\n' });
    expect(later.status).toBe(200);
    const landed = (await call('GET', `/api/documents/${later.body.document.id}`)).body.mentions.filter((m: any) => /Ministry/.test(m.name));
    expect(landed.length).toBeGreaterThan(0);
    expect(new Set(landed.map((m: any) => m.entityId))).toEqual(new Set([uzbek]));
    expect(await edgesOf(uzbek)).toContain(`veltrix-labs~SUPPLIES~${uzbek}`);
    expect(await edgesOf(russian)).not.toContain(`veltrix-labs~SUPPLIES~${russian}`);
    expect((await entity(russian)).body.documents.map((d: any) => d.source)).toEqual(['tests/russia.txt']);

    const russia = await call('POST', '/api/documents', { title: 'Moscow buys servers', text: 'In 2024 Veltrix Labs supplied servers to Russia\'s Interior Ministry.\n' });
    expect(russia.status).toBe(200);
    const stayed = (await call('GET', `/api/documents/${russia.body.document.id}`)).body.mentions.filter((m: any) => /Ministry/.test(m.name));
    expect(new Set(stayed.map((m: any) => m.entityId))).toEqual(new Set([russian]));
    expect(await edgesOf(russian)).toContain(`veltrix-labs~SUPPLIES~${russian}`);
  });

  it('keeps giving the split-off name to the entity the split-off one was merged into', async () => {
    const uzbek = 'ministry-of-internal-affairs-uzbekistan';
    const other = await call('POST', '/api/documents', { title: 'Uzbek ministry', text: 'In 2022 Veltrix Labs supplied cameras to Uzbekistan\'s Ministry of Interior.\n' });
    expect(other.status).toBe(200);
    const survivor = other.body.entities.find((e: any) => e.type === 'Agency' && e.id !== uzbek && e.id !== russian)?.id;
    expect(survivor).toBeTruthy();
    const [a, b] = [(await entity(survivor)).body, (await entity(uzbek)).body];
    expect((await call('POST', `/api/entities/${survivor}/merge`, { merge: uzbek, version: a.version, mergedVersion: b.version })).status).toBe(200);

    const later = await call('POST', '/api/documents', { title: 'Tashkent routers', text: 'In Tashkent, the Interior Ministry bought routers from Norvane Systems in 2025.\n' });
    const landed = (await call('GET', `/api/documents/${later.body.document.id}`)).body.mentions.filter((m: any) => m.type === 'Agency');
    expect(landed.length).toBeGreaterThan(0);
    expect(new Set(landed.map((m: any) => m.entityId))).toEqual(new Set([survivor]));
    expect(await edgesOf(survivor)).toContain(`norvane-systems~SUPPLIES~${survivor}`);
  });
});
