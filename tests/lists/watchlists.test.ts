/**
 * Watchlists as an analyst meets them, on the seed graph: the CLI importing a FollowTheMoney export,
 * the API importing the Consolidated Screening List and a plain list, the flags that follow (listed
 * is one mark, restricted in a country another), re-imports that end listings without deleting them,
 * the review queue and a person's decision that no re-import undoes, and bad files that change nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentials } from '../helpers/db.ts';
import { seededServer } from '../helpers/seeded.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'lists');
const seeded = seededServer();

function cli(args: string[]) {
  const c = credentials();
  const r = spawnSync('npx', ['tsx', 'ingest/lists/cli.ts', ...args], {
    encoding: 'utf8', timeout: 120_000, env: { ...process.env, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function get(path: string) {
  const res = await fetch(`${seeded.server.url}${path}`);
  return { status: res.status, body: await res.json() };
}

async function upload(name: string, data: string | Buffer, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name);
  const res = await fetch(`${seeded.server.url}/api/lists`, { method: 'POST', body: form });
  return { status: res.status, body: await res.json() };
}

async function post(path: string, body: unknown) {
  const res = await fetch(`${seeded.server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

const listsOf = async (id: string) => ((await get(`/api/entities/${id}`)).body.entity.flags?.listed ?? []) as { list: string; programs: string[]; status: string }[];

describe('importing watchlists', () => {
  it('imports a FollowTheMoney export from the CLI and flags the four vendors it lists, with list and program', async () => {
    const r = cli(['import', join(FIXTURES, 'entities.ftm.jsonl')]);
    expect(r.stderr.replace(/\[neo4j\][^\n]*\n/g, '')).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/us_bis_entity_list: 3 entries \(3 new, 0 no longer listed\)/);
    expect(r.stdout).toMatch(/1 records skipped/);
    expect(await listsOf('hikvision')).toEqual([expect.objectContaining({ list: 'us_bis_entity_list', programs: ['Entity List', 'NS-CMIC'], status: 'linked' })]);
    for (const id of ['dahua', 'huawei', 'ntechlab']) expect((await listsOf(id)).length, id).toBe(1);
  });

  it('keeps "restricted in a country" apart from "listed": Google and Telegram are restricted, not listed', async () => {
    for (const id of ['google', 'telegram']) {
      const { flags } = (await get(`/api/entities/${id}`)).body.entity;
      expect(flags.restrictedBy.length, id).toBeGreaterThan(0);
      expect(flags.listed, id).toEqual([]);
    }
  });

  it('shows the listed vendors in a supply chain: Dahua and Hikvision, suppliers of Kazakhstan, are listed', async () => {
    const { body } = await get('/api/supply-chain/kazakhstan?direction=upstream');
    const listed = (id: string) => body.entries.find((e: { entity: { id: string } }) => e.entity.id === id)?.entity.flags?.listed ?? [];
    expect(listed('dahua').length).toBeGreaterThan(0);
    expect(listed('hikvision').length).toBeGreaterThan(0);
  });

  it('screens a supply chain: every supplier of Kazakhstan with its lists and path, listed ones first, as JSON and as a CSV download', async () => {
    const { body } = await get('/api/supply-chain/kazakhstan/screening');
    const hikvision = body.rows.find((r: { id: string }) => r.id === 'hikvision');
    expect(hikvision).toMatchObject({ listed: true, listedOn: expect.stringContaining('us_bis_entity_list (Entity List, NS-CMIC) since 2019-10-09') });
    expect(hikvision.path).toMatch(/^Hikvision supplies/);
    const listedFlags = body.rows.map((r: { listed: boolean }) => r.listed);
    expect(listedFlags).toEqual([...listedFlags].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    const res = await fetch(`${seeded.server.url}/api/supply-chain/kazakhstan/screening?format=csv`);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="screening-kazakhstan-upstream\.csv"/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('id,name,type,country,hops,listed_or_sanctioned,listed_on,sanctioned_by,restricted_in_a_country_by,path');
    expect(lines.find((l) => l.startsWith('dahua,'))).toMatch(/,yes,/);
  });

  it('imports the Consolidated Screening List over HTTP as one list per source, and a second import of the same file changes nothing', async () => {
    const data = readFileSync(join(FIXTURES, 'consolidated.csv'));
    const first = await upload('consolidated.csv', data);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ format: 'csl', skipped: 1 });
    expect(first.body.lists.map((l: { name: string; added: number }) => [l.name, l.added]).sort()).toEqual([
      ['Entity List (EL) - Bureau of Industry and Security', 3],
      ['Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC) - Treasury Department', 1],
    ]);
    const before = (await get('/api/lists')).body.lists;
    const again = await upload('consolidated.csv', data);
    expect(again.body.lists.every((l: { added: number; ended: number }) => l.added === 0 && l.ended === 0)).toBe(true);
    const after = (await get('/api/lists')).body.lists;
    expect(after.map((l: Record<string, unknown>) => ({ ...l, lastImported: 0, imports: 0 }))).toEqual(before.map((l: Record<string, unknown>) => ({ ...l, lastImported: 0, imports: 0 })));
    expect(after.find((l: { id: string }) => l.id === 'entity-list-el-bureau-of-industry-and-security').imports).toHaveLength(2);
  });

  it('ends the listing of an entry a new import no longer holds, keeping it in history, and the flag goes', async () => {
    const csv = 'name,aliases,country,list,program,date,url\nNtechLab,,Russia,Analyst watchlist,,2023-07-20,\nHikvision,,China,Analyst watchlist,,,\n';
    await upload('watch.csv', csv);
    expect((await listsOf('ntechlab')).some((l) => l.list === 'Analyst watchlist')).toBe(true);
    const second = await upload('watch.csv', 'name,aliases,country,list,program,date,url\nHikvision,,China,Analyst watchlist,,,\n');
    expect(second.body.lists).toEqual([expect.objectContaining({ name: 'Analyst watchlist', entries: 1, added: 0, ended: 1 })]);
    expect((await listsOf('ntechlab')).some((l) => l.list === 'Analyst watchlist')).toBe(false);
    const list = (await get('/api/lists')).body.lists.find((l: { name: string }) => l.name === 'Analyst watchlist');
    expect(list).toMatchObject({ active: 1, ended: 1 });
  });
});

describe('entries that name no one in the graph', () => {
  it('stay out of the graph by default; with addUnmatched each becomes a listed entity with the list\'s identity and no relation, once', async () => {
    const csv = 'name,aliases,country,list,program,date,url\nShenzhen Example Vision Co. Ltd.,Example Vision,China,Unmatched test,Entity List,2024-01-02,https://example.org/el\n';
    const plain = await upload('unmatched.csv', csv);
    expect(plain.body).toMatchObject({ unmatched: 1, addedEntities: 0 });
    expect((await get('/api/entities/shenzhen-example-vision-co-ltd')).status).toBe(404);
    const added = await upload('unmatched.csv', csv, { addUnmatched: 'true' });
    expect(added.body).toMatchObject({ unmatched: 1, addedEntities: 1 });
    const { entity } = (await get('/api/entities/shenzhen-example-vision-co-ltd')).body;
    expect(entity).toMatchObject({ label: 'Shenzhen Example Vision Co. Ltd.', type: 'Company', country: 'China', origin: 'list', aliases: ['Example Vision'] });
    expect(entity.flags.listed).toEqual([expect.objectContaining({ list: 'Unmatched test', programs: ['Entity List'], status: 'linked' })]);
    expect((await get('/api/entities/shenzhen-example-vision-co-ltd/neighbors')).body.edges).toEqual([]);
    const again = await upload('unmatched.csv', csv, { addUnmatched: 'true' });
    expect(again.body).toMatchObject({ addedEntities: 0 });
    expect((await get('/api/search?q=Example%20Vision')).body.results.filter((r: { id: string }) => r.id.startsWith('shenzhen-example-vision'))).toHaveLength(1);
  });

  it('are added from the CLI with --add-unmatched, which the report counts', async () => {
    const r = cli(['import', join(FIXTURES, 'plain.csv'), '--add-unmatched']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 entries name no entity of the graph \(1 added as entities\)/);
    expect((await get('/api/entities/zhejiang-uniview-technologies-co-ltd')).body.entity).toMatchObject({ type: 'Company', origin: 'list', country: 'China' });
  });

  it('never takes over an entity of the graph whose id the entry\'s name would have', async () => {
    const csv = 'name,aliases,country,list,program,date,url\nMoscow,,,Odd list,,,\n';
    const r = await upload('odd.csv', csv, { addUnmatched: 'true' });
    expect(r.status).toBe(200);
    expect((await get('/api/entities/moscow')).body.entity).toMatchObject({ type: 'Place', origin: expect.not.stringMatching(/^list$/) });
  });
});

describe('the review queue', () => {
  it('sends a near-miss name to review; a person\'s confirmation flags the entity, is recorded, and survives a re-import', async () => {
    const csv = 'name,aliases,country,list,program,date,url\nHikvizion,,China,Near misses,,,\n';
    const imported = await upload('near.csv', csv);
    expect(imported.body.matches).toEqual({ linked: 0, pending: 1 });
    expect((await listsOf('hikvision')).some((l) => l.list === 'Near misses')).toBe(false);
    const queue = (await get('/api/lists/matches?status=pending&list=near-misses')).body.matches;
    expect(queue).toEqual([expect.objectContaining({ entity: expect.objectContaining({ id: 'hikvision' }), entryName: 'Hikvizion', status: 'pending' })]);
    const decided = await post('/api/lists/matches/decision', { entry: queue[0].entry.id, entity: 'hikvision', decision: 'confirm', note: 'spelling in the list' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ before: 'pending', after: 'confirmed', decidedBy: 'local analyst' });
    expect((await get(`/api/changes/${decided.body.change}`)).body.change).toMatchObject({ action: 'list-match', user: 'local analyst', entities: ['hikvision'], note: 'spelling in the list' });
    await upload('near.csv', csv);
    const confirmed = (await get('/api/lists/matches?status=confirmed&list=near-misses')).body.matches;
    expect(confirmed).toEqual([expect.objectContaining({ status: 'confirmed', decidedBy: 'local analyst', note: 'spelling in the list' })]);
    expect(await listsOf('hikvision')).toEqual(expect.arrayContaining([expect.objectContaining({ list: 'Near misses', status: 'confirmed' })]));
  });

  it('answers a decision on no such tie with 404, and one without a decision with 400 naming the field', async () => {
    expect((await post('/api/lists/matches/decision', { entry: 'nope~x', entity: 'hikvision', decision: 'reject' })).status).toBe(404);
    expect((await post('/api/lists/matches/decision', { entry: 'nope~x', entity: 'no-such-entity', decision: 'reject' })).status).toBe(404);
    const noDecision = await post('/api/lists/matches/decision', { entry: 'nope~x', entity: 'hikvision' });
    expect(noDecision.status).toBe(400);
    expect(JSON.stringify(noDecision.body)).toMatch(/decision/);
    expect((await get('/api/lists/matches?status=maybe')).status).toBe(400);
  });
});

describe('bad list files', () => {
  it('refuses a broken JSON line, a CSV without the columns, a binary file and an unknown schema with the line and reason, and changes nothing', async () => {
    const before = (await get('/api/lists')).body;
    const cases: [string, string | Buffer, RegExp][] = [
      ['broken.jsonl', '{"id":"a","schema":"Company","properties":{"name":["A"]}}\n{"id":', /line 2: not a JSON object/],
      ['odd.jsonl', '{"id":"a","schema":"Starship","properties":{"name":["A"]}}', /unknown FollowTheMoney schema/],
      ['cols.csv', 'name,country\nA,China\n', /line 1: missing columns aliases, list/],
      ['blob.bin', Buffer.from([0x7b, 0, 1, 2, 3]), /binary file/],
    ];
    for (const [name, data, reason] of cases) {
      const r = await upload(name, data);
      expect(r.status, name).toBe(422);
      expect(r.body.message, name).toMatch(reason);
    }
    expect((await get('/api/lists')).body).toEqual(before);
    const c = cli(['import', 'no/such/file.jsonl']);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/no\/such\/file\.jsonl: no such file/);
    expect(cli(['import']).code).toBe(2);
  });

  it('says in one line, exit 1, when the database cannot be reached', () => {
    const r = spawnSync('npx', ['tsx', 'ingest/lists/cli.ts', 'show'], {
      encoding: 'utf8', timeout: 60_000, env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'none' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^lists: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/)]);
  });
});
