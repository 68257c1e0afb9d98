/**
 * Ingest writes several documents per transaction while it extracts the next ones. These tests
 * run `ingestPaths` on real files against the real Neo4j and check that batching changes nothing an
 * analyst can see: the graph is the one one-document-at-a-time ingest builds, the documents of one
 * batch pool their evidence for a shared fact, and a document the database refuses costs only itself.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths, NlpUnavailableError, type Evidence, type IngestPathsOptions, type IngestSummary, type NlpClient } from '../../ingest/index.ts';
import type { Repository } from '../../cypher/repository.ts';
import { Corpus, corpusDefaults } from '../bench/corpus.ts';
import { emptyGraph, testRepository, testNlp } from '../helpers/db.ts';

const nlp = testNlp();

let repo: Repository;
let dir: string;

beforeAll(async () => {
  repo = await testRepository();
  dir = mkdtempSync(join(tmpdir(), 'sightline-batch-'));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await emptyGraph(repo);
  await repo?.db.close();
});

beforeEach(async () => {
  await emptyGraph(repo);
});

/** Writes files into a fresh folder under the test's temporary folder; returns the folder. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
  return path;
}

const ONE_AT_A_TIME: IngestPathsOptions = { batch: { documents: 1 } };

interface Snapshot {
  nodes: { labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; from: string; to: string; properties: Record<string, unknown> }[];
}

/** The whole stored graph in a stable order, without the ingest timestamps. */
async function snapshot(): Promise<Snapshot> {
  const { nodes, relationships } = (await repo.readOne('graphSnapshot'))!;
  const key = (x: unknown) => JSON.stringify(x);
  return {
    nodes: nodes
      .map(({ labels, properties: { ingestedAt: _, ...properties } }) => ({ labels: [...labels].sort(), properties }))
      .sort((a, b) => key([a.labels, a.properties.id]).localeCompare(key([b.labels, b.properties.id]))),
    relationships: relationships.sort((a, b) => key([a.type, a.from, a.to]).localeCompare(key([b.type, b.from, b.to]))),
  };
}

async function fact(source: string, type: string, target: string) {
  return repo.read('factEvidence', { source, type, target });
}

/** The quotes of a fact's evidence, in stored order. */
const quotesOf = async (source: string, type: string, target: string) => {
  const [r] = await fact(source, type, target);
  return r!.evidence.map((e) => (JSON.parse(e) as Evidence).quote);
};

describe('batched ingest builds the graph one-at-a-time ingest builds', () => {
  // Short generated articles about few vendors, so many facts recur across the documents of a batch.
  const corpus = new Corpus({ ...corpusDefaults, articles: 40, articleChars: 2_500, inventedVendors: 12 });
  const articles = [...corpus.articles()];
  let first: string;
  let second: string;

  beforeAll(() => {
    const files = Object.fromEntries(articles.map((a) => [a.source, a.text]));
    first = folder('corpus-v1', { ...files, 'copy-of-article-3.txt': articles[3]!.text });
    // The second run changes five files (their old evidence must go), keeps the rest and adds one.
    const changed = Object.fromEntries(articles.slice(0, 5).map((a, i) => [a.source, articles[39 - i]!.text.replace('report', 'revised report')]));
    second = folder('corpus-v2', { ...files, ...changed, 'new.txt': `${articles[7]!.text}\n\nDahua supplied cameras to Bishkek in 2021.` });
  });

  async function ingestBoth(options: IngestPathsOptions) {
    await emptyGraph(repo);
    // Same names in both runs, so the second replaces the first file by file.
    const a = await ingestPaths({ repo: repo, nlp }, [first], options);
    const renamed = await ingestPaths({ repo: repo, nlp }, [second], options);
    return { summaries: [a, renamed], graph: await snapshot() };
  }

  it('stores the same nodes, relationships, evidence and summary counts with batches (cut by count or by text size) as one document per transaction', async () => {
    const single = await ingestBoth(ONE_AT_A_TIME);
    const batched = await ingestBoth({ batch: { documents: 7 } });
    // About five of these articles per batch: the text budget, not the document count, cuts them.
    const budgeted = await ingestBoth({ batch: { chars: 15_000 } });
    const defaults = await ingestBoth({});
    expect(single.graph.relationships.length).toBeGreaterThan(100);
    expect(single.graph.relationships.some((r) => (r.properties.evidenceCount as number) > 1)).toBe(true);
    for (const other of [batched, budgeted, defaults]) {
      expect(other.graph).toEqual(single.graph);
      expect(other.summaries).toEqual(single.summaries);
    }
  });
});

describe('an entity spelled differently across the documents of one batch', () => {
  it('keeps the first spelling as its name and gathers the others as aliases in file order, as one file at a time does', async () => {
    const path = folder('spellings', {
      'a.txt': 'Vorinet Systems supplied cameras to Minsk.',
      'b.txt': 'Vorinet-Systems supplied cameras to Minsk. Vorinet Systems also sold cameras to Minsk.',
      'c.txt': 'Vorinet-Systems sold cameras to Minsk in 2020. VoriNet Systems supplied cameras to Minsk.',
    });
    await ingestPaths({ repo: repo, nlp }, [path], ONE_AT_A_TIME);
    const single = await snapshot();
    await emptyGraph(repo);
    await ingestPaths({ repo: repo, nlp }, [path]);
    const batched = await snapshot();
    expect(batched).toEqual(single);
    expect(batched.nodes.find((n) => n.properties.id === 'vorinet-systems')?.properties).toMatchObject({
      name: 'Vorinet Systems', aliases: ['Vorinet Systems', 'VoriNet Systems'], origin: 'discovered',
    });
  });
});

describe('two documents of one batch supporting the same relation', () => {
  it('make one relationship carrying both evidence items, evidenceCount 2', async () => {
    const path = folder('same-fact', {
      'a.txt': 'Tiandy supplied cameras to Minsk in 2017.',
      'b.txt': 'Tiandy sold cameras to Minsk in 2019.',
    });
    const summary = await ingestPaths({ repo: repo, nlp }, [path]);
    expect(summary.documents).toMatchObject({ added: 2 });
    const rows = await fact('Tiandy', 'SUPPLIES', 'Minsk');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ evidenceCount: 2, years: [2017, 2019] });
    expect(await quotesOf('Tiandy', 'SUPPLIES', 'Minsk')).toEqual(['Tiandy supplied cameras to Minsk in 2017.', 'Tiandy sold cameras to Minsk in 2019.']);
  });

  it('add to the evidence the graph already holds for it, in file order', async () => {
    await ingestPaths({ repo: repo, nlp }, [folder('held', { 'held.txt': 'Tiandy supplied cameras to Minsk in 2015.' })]);
    await ingestPaths({ repo: repo, nlp }, [folder('more', {
      'a.txt': 'Tiandy supplied cameras to Minsk in 2017.',
      'b.txt': 'Tiandy sold cameras to Minsk in 2019.',
    })]);
    expect(await fact('Tiandy', 'SUPPLIES', 'Minsk')).toMatchObject([{ evidenceCount: 3, years: [2015, 2017, 2019] }]);
    expect(await quotesOf('Tiandy', 'SUPPLIES', 'Minsk')).toEqual([
      'Tiandy supplied cameras to Minsk in 2015.', 'Tiandy supplied cameras to Minsk in 2017.', 'Tiandy sold cameras to Minsk in 2019.',
    ]);
  });

  it('while a changed file of the same batch drops its old evidence for it', async () => {
    const v1 = folder('v1', { 'a.txt': 'Axis Communications supplied cameras to Belgrade.', 'b.txt': 'Axis Communications sold cameras to Belgrade in 2018.' });
    await ingestPaths({ repo: repo, nlp }, [join(v1, 'a.txt'), join(v1, 'b.txt')]);
    // a.txt changes in place and c.txt joins it: the next run replaces a.txt and adds c.txt in one batch.
    writeFileSync(join(v1, 'a.txt'), 'Tiandy supplied cameras to Belgrade.');
    writeFileSync(join(v1, 'c.txt'), 'Axis Communications supplied cameras to Belgrade in 2020.');
    const summary = await ingestPaths({ repo: repo, nlp }, [join(v1, 'a.txt'), join(v1, 'c.txt')]);
    expect(summary.documents).toMatchObject({ added: 1, replaced: 1 });
    expect(await fact('Axis Communications', 'SUPPLIES', 'Belgrade')).toMatchObject([{ evidenceCount: 2, years: [2018, 2020] }]);
    expect(await fact('Tiandy', 'SUPPLIES', 'Belgrade')).toMatchObject([{ evidenceCount: 1 }]);
  });
});

describe('repeats within one batch behave as they do one file at a time', () => {
  /** Ingests the paths batched, then again one at a time into an empty graph; both summaries and graphs. */
  async function bothWays(paths: string[]) {
    const batched = await ingestPaths({ repo: repo, nlp }, paths);
    const graph = await snapshot();
    await emptyGraph(repo);
    const single = await ingestPaths({ repo: repo, nlp }, paths, ONE_AT_A_TIME);
    return { batched, single, graph, singleGraph: await snapshot() };
  }

  it('one file named two ways is read once', async () => {
    const dir = folder('named-twice', { 'report.txt': 'Hikvision supplied cameras to Quito.' });
    const r = await bothWays([join(dir, 'report.txt'), `${dir}/./report.txt`]);
    expect(r.batched.documents).toEqual({ read: 1, added: 1, replaced: 0, unchanged: 0 });
    expect(r.batched).toEqual(r.single);
    expect(r.graph).toEqual(r.singleGraph);
  });

  it('a second copy of the same content is left unchanged', async () => {
    const path = folder('copies', { 'a.txt': 'Hikvision supplied cameras to Quito.', 'b.txt': 'Hikvision supplied cameras to Quito.' });
    const r = await bothWays([path]);
    expect(r.batched.documents).toEqual({ read: 2, added: 1, replaced: 0, unchanged: 1 });
    expect(r.batched).toEqual(r.single);
    expect(r.graph).toEqual(r.singleGraph);
  });
});

describe('a document the database refuses in the middle of a batch', () => {
  // A run of 1,500 capitalised words before "Systems" is discovered as one company whose 13 KB id is
  // over the id index's key limit, so Neo4j refuses the document; its extraction is fine.
  const refused = `${Array.from({ length: 1500 }, (_, i) => `Vor${String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26))}net`).join(' ')} Systems supplied cameras to Harare in 2019.`;
  let summary: IngestSummary;
  const progress: [number, number, string][] = [];

  beforeEach(async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 9; i++) files[`file-${i}.txt`] = `Uniview supplied cameras to Harare. Note ${i}.`;
    files['file-4.txt'] = refused;
    files['file-6.txt'] = '';
    const path = folder('refused', files);
    progress.length = 0;
    summary = await ingestPaths({ repo: repo, nlp }, [path], { onProgress: (done, total, file) => progress.push([done, total, file.slice(path.length + 1)]) });
  });

  it('keeps every other document of the batch and reports the refused one with the database\'s reason', async () => {
    expect(summary.documents).toEqual({ read: 9, added: 7, replaced: 0, unchanged: 0 });
    expect(summary.failed).toBe(2);
    expect(Object.fromEntries(summary.skipped.map((s) => [s.file.split('/').pop(), s.reason]))).toEqual({
      'file-4.txt': expect.stringMatching(/^error: Property value is too large to index/),
      'file-6.txt': 'empty: is empty',
    });
    expect(await fact('Uniview', 'SUPPLIES', 'Harare')).toMatchObject([{ evidenceCount: 7 }]);
  });

  it('leaves nothing of the refused document in the graph', async () => {
    const graph = await snapshot();
    expect(graph.nodes.filter((n) => n.labels.includes('Document'))).toHaveLength(7);
    expect(graph.nodes.some((n) => String(n.properties.name).endsWith('Systems'))).toBe(false);
    expect(graph.relationships.filter((r) => r.to === 'harare' && r.type !== 'MENTIONS').map((r) => r.from)).toEqual(['uniview']);
  });

  it('reports progress once per file, in file order', () => {
    expect(progress).toEqual(Array.from({ length: 9 }, (_, i) => [i + 1, 9, `file-${i}.txt`]));
  });
});

describe('the parser going away in the middle of a run', () => {
  it('stops with NlpUnavailableError after writing, whole, every document it had already read', async () => {
    await emptyGraph(repo);
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`part-${i}.txt`] = `Tiandy supplied cameras to Minsk. Part ${i}.`;
    const path = folder('parser-gone', files);
    // The real parser for the first files, then a parser that cannot be reached.
    let parsed = 0;
    const dying: NlpClient = {
      parse: async (text) => {
        if (++parsed > 3) throw new NlpUnavailableError('the CoreNLP server is gone (test)');
        return nlp.parse(text);
      },
    };
    await expect(ingestPaths({ repo, nlp: dying }, [path], { batch: { documents: 2 } })).rejects.toThrow(NlpUnavailableError);
    const stored = (await repo.readOne('graphCounts'))!.documents;
    expect(stored).toBe(3);
    expect((await fact('Tiandy', 'SUPPLIES', 'Minsk'))[0]).toMatchObject({ evidenceCount: 3 });
  });
});
