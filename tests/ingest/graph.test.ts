/**
 * Ingest against the real Neo4j: the seeds become the facts an analyst expects, with evidence;
 * re-running changes nothing; a changed file replaces only its own evidence; bad files are skipped
 * with a reason while the rest go in.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument, ingestPaths, seedIfEmpty, type Evidence, type Extraction, type IngestSummary } from '../../ingest/index.ts';
import { writeExtraction } from '../../ingest/write/graph.ts';
import { emptyTestGraph, testNlp } from '../helpers/db.ts';
import { FIXTURE_CORPUS } from '../helpers/seeded.ts';

const nlp = testNlp();

const graph = emptyTestGraph();

async function fact(source: string, type: string, target: string) {
  return graph.repo.readOne('factEvidence', { source, type, target });
}

async function counts() {
  const row = (await graph.repo.readOne('graphCounts'))!;
  return { documents: row.documents, entities: [...row.entities].sort(), relations: [...row.relations].sort() };
}

async function documentText(id: string): Promise<string> {
  return (await graph.repo.readOne('documentText', { id }))!.text;
}


describe('seeding an empty graph', () => {
  let summary: IngestSummary | undefined;
  beforeAll(async () => {
    summary = await seedIfEmpty({ repo: graph.repo, nlp }, 'seeds');
  });

  it('ingests every seed article when the graph holds no document', () => {
    expect(summary).toMatchObject({ documents: { read: 5, added: 5, replaced: 0, unchanged: 0 }, failed: 0, skipped: [] });
    expect(summary!.entities.new).toBeGreaterThan(50);
    expect(Object.values(summary!.relations).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10);
  });

  it('does nothing once documents exist', async () => {
    expect(await seedIfEmpty({ repo: graph.repo, nlp }, 'seeds')).toBeUndefined();
  });
});

describe('facts go into the graph with their sentences', () => {
  // The fixture corpus states these plainly; how many facts real articles yield is quality.test.ts's subject.
  beforeAll(async () => {
    const summary = await ingestPaths({ repo: graph.repo, nlp }, [FIXTURE_CORPUS]);
    expect(summary.failed).toBe(0);
  });
  const expected: [string, string, string, string][] = [
    ['Korkem Telecom', 'SUBSIDIARY_OF', 'Open Technologies Group', 'a subsidiary of Open Technologies Group'],
    ['Korkem Telecom', 'SUPPLIES', 'Sergek', 'supplies the Sergek program'],
    ['Dahua', 'PARTNERS_WITH', 'Korkem Telecom', 'technical partner of Korkem Telecom'],
    ['Hikvision', 'SUPPLIES', 'Kazakhstan', 'equipment to Kazakhstan'],
    ['Huawei', 'SUPPLIES', 'Kazakhstan', 'equipment to Kazakhstan'],
    ['Kazakhstan', 'OPERATES', 'Sergek', 'operates the Sergek'],
    ['NtechLab', 'SUBSIDIARY_OF', 'Rostec', 'a subsidiary of Rostec'],
    ['NtechLab', 'SUPPLIES', 'Moscow', 'software to Moscow'],
    ['Cisco', 'SUPPLIES', 'Moscow', 'sold servers to Moscow'],
    ['Nvidia', 'SUPPLIES', 'Moscow', 'sold servers to Moscow'],
    ['Roskomnadzor', 'RESTRICTS', 'Twitter', 'blocked Twitter'],
    ['Russia', 'OPERATES', 'SORM', 'SORM interception system'],
  ];
  for (const [source, type, target, words] of expected) {
    it(`${source} ${type} ${target}`, async () => {
      const r = await fact(source, type, target);
      expect(r, 'relationship exists').toBeDefined();
      const items = r!.evidence.map((e) => JSON.parse(e) as Evidence);
      expect(items.some((e) => e.quote.includes(words))).toBe(true);
      for (const e of items) expect((await documentText(e.doc)).slice(e.start, e.end)).toBe(e.quote);
    });
  }

  it('stores relationship properties as the graph model says: aligned evidence, max confidence, count, years, status', async () => {
    const r = (await fact('Hikvision', 'SUPPLIES', 'Kazakhstan'))!;
    expect(r.id).toBe('hikvision~SUPPLIES~kazakhstan');
    expect(r.evidenceDocs).toHaveLength(r.evidence.length);
    expect(r.evidenceCount).toBe(r.evidence.length);
    const items = r.evidence.map((e) => JSON.parse(e) as Evidence);
    expect(items.map((e) => e.doc)).toEqual(r.evidenceDocs);
    expect(r.confidence).toBe(Math.max(...items.map((e) => e.confidence)));
    expect(r.years).toEqual([2016]);
    // The fixture's plain sentence and the seed article's "providers ... including Kazakhstan" both state it.
    expect(items.map((e) => e.rule)).toContain('supplies-verb');
  });

  it('keeps the cancelled Ukrainian purchase from Hikvision as a supply link with status cancelled', async () => {
    expect(await fact('Hikvision', 'SUPPLIES', 'Ukraine')).toMatchObject({ status: 'cancelled' });
  });

  it('labels entities by type, keeps their aliases searchable and counts mentions', async () => {
    const r = await graph.repo.read('entitySnapshot', { names: ['Hikvision', 'Rostelecom', 'Ministry of Internal Affairs'] });
    const rows = Object.fromEntries(r.map((x) => [x.name, x]));
    expect(rows.Hikvision!.labels.sort()).toEqual(['Company', 'Entity']);
    // Three seed articles and two of the fixture corpus name it.
    expect(rows.Hikvision).toMatchObject({ origin: 'catalog', country: 'China', documents: 5 });
    expect(rows.Rostelecom!.aliasText).toContain('RosTelekom');
    expect(rows['Ministry of Internal Affairs']).toMatchObject({ id: 'ministry-of-internal-affairs-kazakhstan', country: 'Kazakhstan', mentions: 3 });
    const [best] = await graph.repo.read('searchNames', { q: 'RosTelekom' });
    expect(best?.name).toBe('Rostelecom');
  });

  it('a newspaper quoted in the articles supplies nobody', async () => {
    const r = await graph.repo.readOne('outgoingRelations', { names: ['The Washington Post', 'Reuters', 'The Frontier Post', 'The Register'] });
    expect(r?.relations).toBe(0);
  });
});

describe('re-ingesting', () => {
  it('identical content changes nothing and is skipped as unchanged', async () => {
    const before = await counts();
    const again = await ingestPaths({ repo: graph.repo, nlp }, ['seeds']);
    expect(again.documents).toEqual({ read: 5, added: 0, replaced: 0, unchanged: 5 });
    expect(again.skipped.map((s) => s.reason)).toEqual(Array(5).fill('unchanged'));
    expect(again.failed).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('a changed file replaces its own evidence and leaves other documents\' evidence alone', async () => {
    const ciscoBefore = (await fact('Cisco', 'SUPPLIES', 'Moscow'))?.evidenceCount;
    expect(ciscoBefore).toBeGreaterThan(0);
    const a = await ingestDocument({ repo: graph.repo, nlp }, { source: 'tests/a.txt', data: 'Axis Communications supplied cameras to Belgrade. Uniview supplied cameras to Belgrade.' });
    const b = await ingestDocument({ repo: graph.repo, nlp }, { source: 'tests/b.txt', data: 'Axis Communications sold cameras to Belgrade in 2018.' });
    expect([a.status, b.status]).toEqual(['added', 'added']);
    const shared = (await fact('Axis Communications', 'SUPPLIES', 'Belgrade'))!;
    expect(shared.evidenceCount).toBe(2);
    expect(new Set(shared.evidenceDocs)).toEqual(new Set([a.extraction.document.id, b.extraction.document.id]));

    const a2 = await ingestDocument({ repo: graph.repo, nlp }, { source: 'tests/a.txt', data: 'Tiandy supplied cameras to Belgrade.' });
    expect(a2.status).toBe('replaced');
    const after = (await fact('Axis Communications', 'SUPPLIES', 'Belgrade'))!;
    expect(after.evidenceDocs).toEqual([b.extraction.document.id]);
    expect(after.years).toEqual([2018]);
    expect(await fact('Uniview', 'SUPPLIES', 'Belgrade')).toBeUndefined();
    expect(await fact('Tiandy', 'SUPPLIES', 'Belgrade')).toMatchObject({ evidenceCount: 1 });
    const [docs] = await graph.repo.read('findDocuments', { documents: [{ source: 'tests/a.txt', id: '' }] });
    expect(docs?.older).toEqual([a2.extraction.document.id]);

    await ingestDocument({ repo: graph.repo, nlp }, { source: 'tests/b.txt', data: 'Nothing here names anyone.' });
    expect(await fact('Axis Communications', 'SUPPLIES', 'Belgrade')).toBeUndefined();
    expect((await fact('Cisco', 'SUPPLIES', 'Moscow'))?.evidenceCount).toBe(ciscoBefore);
  });
});

describe('concurrent ingest', () => {
  it('two documents adding the same fact at once both keep their evidence', async () => {
    await Promise.all([
      ingestDocument({ repo: graph.repo, nlp }, { source: 'tests/c1.txt', data: 'Tiandy supplied cameras to Minsk in 2017.' }),
      ingestDocument({ repo: graph.repo, nlp }, { source: 'tests/c2.txt', data: 'Tiandy sold cameras to Minsk in 2019.' }),
    ]);
    expect(await fact('Tiandy', 'SUPPLIES', 'Minsk')).toMatchObject({ evidenceCount: 2, years: [2017, 2019] });
  });
});

describe('bad input is skipped with a one-line reason while the rest go in', () => {
  let dir: string;
  let summary: IngestSummary;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sightline-ingest-'));
    writeFileSync(join(dir, 'good.txt'), 'Megvii supplied cameras to Harare.');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0xe9, 0x6a, 0xe0]));
    writeFileSync(join(dir, 'big.md'), `# Big\n\n${'Hikvision sold cameras. '.repeat(100)}`);
    writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `many-${String(i).padStart(2, '0')}.txt`), `Dahua supplied cameras to Bishkek. Note ${i}.`);
    summary = await ingestPaths({ repo: graph.repo, nlp }, [dir, join(dir, 'missing.txt')], { maxBytes: 1000 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each bad file with its reason and counts it as failed', () => {
    const reasons = Object.fromEntries(summary.skipped.map((s) => [s.file.replace(`${dir}/`, ''), s.reason.split(':')[0]]));
    expect(reasons).toEqual({ 'missing.txt': 'missing', 'empty.txt': 'empty', 'binary.txt': 'binary', 'latin1.txt': 'invalid-utf8', 'big.md': 'too-large' });
    for (const s of summary.skipped) expect(s.reason).not.toContain('\n');
    expect(summary.failed).toBe(5);
  });

  it('ingests the good files of the folder, recursively, ignoring files of other kinds', async () => {
    expect(summary.documents).toEqual({ read: 25, added: 21, replaced: 0, unchanged: 0 });
    expect(await fact('Megvii', 'SUPPLIES', 'Harare')).toMatchObject({ evidenceCount: 1 });
    expect(await fact('Dahua', 'SUPPLIES', 'Bishkek')).toMatchObject({ evidenceCount: 20 });
  });
});

describe('the write stage only writes ontology types', () => {
  it('refuses a relation type the ontology does not know and writes nothing of the document', async () => {
    const bad: Extraction = {
      document: { id: 'feedfacefeedface', source: 'bad.txt', title: 'Bad', length: 1, text: 'x', format: 'text', pages: 1, contentHash: 'x', fileName: 'bad.txt', size: 1 },
      entities: [{ id: 'hikvision', name: 'Hikvision', type: 'Company', aliases: [], origin: 'catalog' }],
      mentions: [],
      relations: [{ id: 'r', type: 'HACKS' as never, source: 'hikvision', target: 'hikvision', evidence: { doc: 'feedfacefeedface', quote: 'x', start: 0, end: 1, rule: 'r', confidence: 1 } }],
    };
    await expect(writeExtraction(graph.repo, bad)).rejects.toThrow(/not an ontology type/);
    const [r] = await graph.repo.read('findDocuments', { documents: [{ id: 'feedfacefeedface', source: 'bad.txt' }] });
    expect(r).toEqual({ id: 'feedfacefeedface', stored: false, storedSource: null, older: [] });
  });
});
