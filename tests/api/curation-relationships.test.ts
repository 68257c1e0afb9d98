/**
 * A person's judgement on relationships, over HTTP against the real Neo4j: confirm, reject and
 * correct with a note, mark a sentence as not supporting a fact, add a fact by hand; every change in
 * GET /api/changes with its user, before and after; a rejected fact stays rejected whatever is
 * ingested later; two people editing one relationship at once: one wins, the other gets 409.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../ingest/index.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { emptyGraph, emptyTestGraph, testNlp } from '../helpers/db.ts';

const graph = emptyTestGraph();
let server: TestServer;
const TOKENS = { alice: 'alice-token-1234', bob: 'bob-token-5678' };

const ingest = (source: string, data: string) => ingestDocument({ repo: graph.repo, nlp: testNlp() }, { source, data });

async function call(method: string, path: string, body?: unknown, user?: keyof typeof TOKENS) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(user ? { authorization: `Bearer ${TOKENS[user]}` } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json() as any };
}

const relationship = async (id: string) => (await call('GET', `/api/relationships/${encodeURIComponent(id)}`)).body;
const neighbourEdges = async (id: string, query = '') => (await call('GET', `/api/entities/${id}/neighbors${query}`)).body.edges.map((e: any) => e.data);
const stored = async () => (await graph.repo.readOne('graphSnapshot'))!;

const SUPPLY = 'korvex-systems~SUPPLIES~lusaka';

beforeAll(async () => {
  server = await startTestServer({ apiTokens: [{ name: 'alice', token: TOKENS.alice }, { name: 'bob', token: TOKENS.bob }] });
});
afterAll(async () => { await server?.close(); });

describe('reviewing a relationship', () => {
  beforeAll(async () => {
    await emptyGraph(graph.repo);
    await ingest('tests/korvex-a.txt', 'Korvex Systems supplied surveillance cameras to Lusaka in 2019.\n');
  });

  it('records a confirmation with the user the token names, and shows it on the relationship and its edge', async () => {
    const before = await relationship(SUPPLY);
    expect(before.curation.version).toBe(0);
    const res = await call('POST', `/api/relationships/${SUPPLY}/review`, { decision: 'confirm', version: 0, note: 'checked against the tender' }, 'alice');
    expect(res.status).toBe(200);
    expect(res.body.change).toMatchObject({ user: 'alice', action: 'review', note: 'checked against the tender', relationships: [SUPPLY] });
    expect(res.body.change.before.relationships[0].properties.review).toBeUndefined();
    expect(res.body.change.after.relationships[0].properties).toMatchObject({ review: 'confirmed', reviewedBy: 'alice', version: 1 });
    const after = await relationship(SUPPLY);
    expect(after.relationship.review).toBe('confirmed');
    expect(after.curation).toMatchObject({ version: 1, reviewedBy: 'alice', reviewNote: 'checked against the tender' });
    expect((await neighbourEdges('lusaka')).find((e: any) => e.id === SUPPLY).review).toBe('confirmed');
  });

  it('refuses a change made on a stale version with 409 and changes nothing', async () => {
    const snapshot = await stored();
    const res = await call('POST', `/api/relationships/${SUPPLY}/review`, { decision: 'reject', version: 0, note: 'wrong city' }, 'bob');
    expect(res.status).toBe(409);
    expect(res.body.details).toEqual({ version: 1 });
    expect(await stored()).toEqual(snapshot);
  });

  it('lets one of two people editing the same relationship at once win; the other gets 409 and nothing is lost', async () => {
    const { version } = (await relationship(SUPPLY)).curation;
    const [a, b] = await Promise.all([
      call('POST', `/api/relationships/${SUPPLY}/correct`, { status: 'operating', version, note: 'alice: running since 2020' }, 'alice'),
      call('POST', `/api/relationships/${SUPPLY}/correct`, { years: [2018], version, note: 'bob: the contract is from 2018' }, 'bob'),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const after = await relationship(SUPPLY);
    expect(after.curation.version).toBe(version + 1);
    if (winner === a) expect(after.relationship.status).toBe('operating');
    else expect(after.relationship.years).toEqual([2018]);
    const trail = (await call('GET', `/api/changes?relationship=${SUPPLY}`)).body.changes;
    expect(trail.filter((c: any) => c.action === 'correct')).toHaveLength(1);
    expect(trail[0].user).toBe(winner === a ? 'alice' : 'bob');
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const snapshot = await stored();
    const { version } = (await relationship(SUPPLY)).curation;
    const cases: [string, string, unknown, number, RegExp][] = [
      ['POST', `/api/relationships/${SUPPLY}/review`, { decision: 'reject', version }, 400, /note/],
      ['POST', `/api/relationships/${SUPPLY}/review`, { decision: 'reject', version, note: '   ' }, 400, /note/],
      ['POST', '/api/relationships/nobody~SUPPLIES~lusaka/review', { decision: 'confirm', version: 0 }, 404, /nobody~SUPPLIES~lusaka/],
      ['POST', '/api/relationships/not-an-id/review', { decision: 'confirm', version: 0 }, 404, /not-an-id/],
      ['POST', `/api/relationships/${SUPPLY}/correct`, { version, note: 'nothing' }, 400, /nothing to correct/],
      ['POST', `/api/relationships/${SUPPLY}/correct`, { type: 'LEADS', version, note: 'a city cannot be led by a company' }, 422, /does not allow LEADS/],
      ['POST', `/api/relationships/${SUPPLY}/evidence/dispute`, { evidence: 'nope@0-1', version, note: 'x' }, 404, /no evidence item/],
      ['POST', '/api/changes/no-such-change/undo', {}, 404, /no-such-change/],
    ];
    for (const [method, path, body, status, message] of cases) {
      const res = await call(method, path, body, 'alice');
      expect({ path, status: res.status }).toEqual({ path, status });
      expect(res.body.message).toMatch(message);
    }
    expect(await stored()).toEqual(snapshot);
  });

  it('needs a token of a named user to change anything when tokens are set', async () => {
    const res = await call('POST', `/api/relationships/${SUPPLY}/review`, { decision: 'confirm', version: 0 });
    expect(res.status).toBe(401);
  });
});

describe('a rejected relationship', () => {
  beforeAll(async () => {
    await emptyGraph(graph.repo);
    await ingest('tests/korvex-a.txt', 'Korvex Systems supplied surveillance cameras to Lusaka in 2019.\n');
    const { version } = (await relationship(SUPPLY)).curation;
    const res = await call('POST', `/api/relationships/${SUPPLY}/review`, { decision: 'reject', version, note: 'Korvex sold to Lilongwe, not Lusaka' }, 'bob');
    expect(res.status).toBe(200);
  });

  it('is hidden from graph answers unless asked for, and then shows as rejected', async () => {
    expect((await neighbourEdges('lusaka')).map((e: any) => e.id)).not.toContain(SUPPLY);
    expect((await neighbourEdges('lusaka', '?rejected=true')).find((e: any) => e.id === SUPPLY)?.review).toBe('rejected');
    const paths = (await call('GET', '/api/paths?from=korvex-systems&to=lusaka')).body;
    expect(paths.paths).toEqual([]);
  });

  it('stays rejected, evidence kept, when its document is ingested again, changed or not', async () => {
    await ingest('tests/korvex-a.txt', 'Korvex Systems supplied surveillance cameras to Lusaka in 2019.\n');
    await ingest('tests/korvex-a.txt', 'Korvex Systems supplied surveillance cameras to Lusaka in 2019, the ministry said.\n');
    const after = await relationship(SUPPLY);
    expect(after.relationship.review).toBe('rejected');
    expect(after.evidence.map((e: any) => e.quote)).toEqual(['Korvex Systems supplied surveillance cameras to Lusaka in 2019, the ministry said.']);
  });

  it('is not brought back by a new document once its own document stopped stating it', async () => {
    await ingest('tests/korvex-a.txt', 'Korvex Systems opened an office in Nairobi.\n');
    expect((await relationship(SUPPLY)).relationship).toMatchObject({ review: 'rejected', evidenceCount: 0 });
    await ingest('tests/korvex-b.txt', 'Korvex Systems supplied surveillance cameras to Lusaka in 2021.\n');
    const after = await relationship(SUPPLY);
    expect(after.relationship).toMatchObject({ review: 'rejected', evidenceCount: 1, years: [2021] });
    expect((await neighbourEdges('lusaka')).map((e: any) => e.id)).not.toContain(SUPPLY);
  });
});

describe('the audit trail and undo', () => {
  it('lists every change with its user and before/after, filtered by entity, user and time, and undo restores the graph exactly', async () => {
    await emptyGraph(graph.repo);
    await ingest('tests/korvex-a.txt', 'Korvex Systems supplied surveillance cameras to Lusaka in 2019.\n');
    const start = new Date().toISOString();
    const snapshot = await stored();
    const confirm = await call('POST', `/api/relationships/${SUPPLY}/review`, { decision: 'confirm', version: 0 }, 'alice');
    const key = (await relationship(SUPPLY)).evidence[0].key;
    const dispute = await call('POST', `/api/relationships/${SUPPLY}/evidence/dispute`, { evidence: key, version: 1, note: 'the sentence names another buyer' }, 'bob');
    expect(dispute.status).toBe(200);
    expect((await relationship(SUPPLY)).evidence[0].disputed).toBe(true);
    const correct = await call('POST', `/api/relationships/${SUPPLY}/correct`, { type: 'PARTNERS_WITH', version: 2, note: 'a partnership, not a sale' }, 'alice');
    expect(correct.status).toBe(200);
    const partner = correct.body.relationship;
    expect(partner).toBe('korvex-systems~PARTNERS_WITH~lusaka');
    expect((await relationship(partner)).relationship.review).toBe('confirmed');
    expect((await relationship(SUPPLY)).curation.correctedTo).toBe(partner);

    const all = (await call('GET', `/api/changes?since=${encodeURIComponent(start)}`)).body.changes;
    expect(all.map((c: any) => [c.action, c.user])).toEqual([['correct', 'alice'], ['dispute-evidence', 'bob'], ['review', 'alice']]);
    expect((await call('GET', '/api/changes?user=bob')).body.changes.map((c: any) => c.id)).toEqual([dispute.body.change.id]);
    expect((await call('GET', '/api/changes?entity=lusaka')).body.changes).toHaveLength(3);
    expect((await call('GET', '/api/changes?entity=nairobi')).body.changes).toHaveLength(0);

    // Undo in the wrong order is refused: later work touched the same relationship.
    expect((await call('POST', `/api/changes/${confirm.body.change.id}/undo`, {}, 'alice')).status).toBe(409);
    for (const change of [correct, dispute, confirm]) {
      const undo = await call('POST', `/api/changes/${change.body.change.id}/undo`, {}, 'bob');
      expect(undo.status).toBe(200);
      expect(undo.body.change).toMatchObject({ action: 'undo', user: 'bob', undoes: change.body.change.id });
    }
    expect(sortedSnapshot(await stored())).toEqual(sortedSnapshot(snapshot));
    expect((await call('POST', `/api/changes/${confirm.body.change.id}/undo`, {}, 'alice')).status).toBe(409);
  });
});

describe('facts added by hand', () => {
  beforeAll(async () => {
    await emptyGraph(graph.repo);
    await ingest('tests/korvex-a.txt', 'Korvex Systems supplied surveillance cameras to Lusaka in 2019. Norvane Systems supplied servers to Lusaka in 2020.\n');
  });

  it('takes a quote selected in a stored document, an external source or a bare note, the note standing lowest', async () => {
    const docs = (await call('GET', '/api/documents')).body.documents;
    const doc = (await call('GET', `/api/documents/${docs[0].id}`)).body.document;
    const start = doc.text.indexOf('Norvane');
    const end = doc.text.indexOf('2020.') + 5;
    const quote = await call('POST', '/api/relationships', { source: 'norvane-systems', type: 'PARTNERS_WITH', target: 'korvex-systems', support: { kind: 'quote', doc: doc.id, start, end } }, 'alice');
    expect(quote.status).toBe(200);
    const added = await relationship(quote.body.relationship);
    expect(added.relationship).toMatchObject({ review: 'confirmed', confidence: 1, evidenceCount: 1 });
    expect(added.analystEvidence[0]).toMatchObject({ kind: 'quote', quote: 'Norvane Systems supplied servers to Lusaka in 2020.', doc: doc.id, addedBy: 'alice', documentTitle: doc.title });

    const source = await call('POST', '/api/relationships', {
      source: 'korvex-systems', type: 'SUPPLIES', target: 'lusaka',
      support: { kind: 'source', url: 'https://example.org/tender', title: 'Lusaka tender notice', date: '2019-03-01', quote: 'Contract awarded to Korvex' },
    }, 'bob');
    expect(source.body.relationship).toBe(SUPPLY);
    const supported = await relationship(SUPPLY);
    expect(supported.evidence).toHaveLength(1);
    expect(supported.analystEvidence[0]).toMatchObject({ kind: 'source', url: 'https://example.org/tender', addedBy: 'bob' });
    expect(supported.relationship.evidenceCount).toBe(2);

    const note = await call('POST', '/api/relationships', { source: 'lusaka', type: 'USES', target: 'korvex-systems', support: { kind: 'note', text: 'x' } }, 'alice');
    expect(note.status).toBe(422);
    const noted = await call('POST', '/api/relationships', { source: 'norvane-systems', type: 'SUPPLIES', target: 'korvex-systems', support: { kind: 'note', text: 'Heard from a former employee' } }, 'alice');
    expect(noted.status).toBe(200);
    expect((await relationship(noted.body.relationship)).relationship.confidence).toBe(0.5);
  });

  it('exports a fact added by hand with its verdict in the review column, and undoes it exactly, out of the export too', async () => {
    const snapshot = await stored();
    const added = await call('POST', '/api/relationships', { source: 'korvex-systems', type: 'PARTNERS_WITH', target: 'norvane-systems', support: { kind: 'note', text: 'Met at a trade fair' } }, 'bob');
    expect(added.status).toBe(200);
    const csv = async () => (await fetch(`${server.url}/api/export?format=csv`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nodeIds: ['korvex-systems', 'norvane-systems', 'lusaka'] }) })).text();
    const exported = await csv();
    expect(exported.split('\n')[0]).toContain(',review,');
    expect(exported).toMatch(/korvex-systems~PARTNERS_WITH~norvane-systems,.*,confirmed,/);
    expect((await call('POST', `/api/changes/${added.body.change.id}/undo`, {}, 'alice')).status).toBe(200);
    expect(sortedSnapshot(await stored())).toEqual(sortedSnapshot(snapshot));
    expect(await csv()).not.toContain('korvex-systems~PARTNERS_WITH~norvane-systems');
  });

  it('keeps hand-added support when the document is ingested again', async () => {
    await ingest('tests/korvex-a.txt', 'Korvex Systems supplied surveillance cameras to Lusaka in 2019, officials said. Norvane Systems supplied servers to Lusaka in 2020.\n');
    const supported = await relationship(SUPPLY);
    expect(supported.evidence).toHaveLength(1);
    expect(supported.analystEvidence).toHaveLength(1);
    expect(supported.relationship.evidenceCount).toBe(2);
  });

  it('refuses a selection outside the document, an unknown document or entity, and a self-relationship', async () => {
    const snapshot = await stored();
    const docs = (await call('GET', '/api/documents')).body.documents;
    const cases: [unknown, number][] = [
      [{ source: 'norvane-systems', type: 'SUPPLIES', target: 'lusaka', support: { kind: 'quote', doc: docs[0].id, start: 5, end: 100_000 } }, 400],
      [{ source: 'norvane-systems', type: 'SUPPLIES', target: 'lusaka', support: { kind: 'quote', doc: 'no-such-doc', start: 0, end: 5 } }, 404],
      [{ source: 'no-such-entity', type: 'SUPPLIES', target: 'lusaka', support: { kind: 'note', text: 'x' } }, 404],
      [{ source: 'lusaka', type: 'SUPPLIES', target: 'lusaka', support: { kind: 'note', text: 'x' } }, 400],
      [{ source: 'norvane-systems', type: 'SUPPLIES', target: 'lusaka', support: { kind: 'note', text: '' } }, 400],
    ];
    for (const [body, status] of cases) expect((await call('POST', '/api/relationships', body, 'alice')).status).toBe(status);
    expect(await stored()).toEqual(snapshot);
  });
});

/** A graph snapshot in an order that does not depend on how the database listed it. */
function sortedSnapshot(s: { nodes: { labels: string[]; properties: Record<string, unknown> }[]; relationships: { type: string; from: string; to: string; properties: Record<string, unknown> }[] }) {
  return {
    nodes: s.nodes.map((n) => JSON.stringify([[...n.labels].sort(), Object.entries(n.properties).sort()])).sort(),
    relationships: s.relationships.map((r) => JSON.stringify([r.type, r.from, r.to, Object.entries(r.properties).sort()])).sort(),
  };
}
