/**
 * The ingest CLI as a real process: dry-run JSONL without any database, argument errors, and a real
 * run against the test Neo4j whose exit code says whether anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extractDocument } from '../../ingest/index.ts';
import type { Repository } from '../../cypher/repository.ts';
import { credentials, emptyGraph, testNlp, testRepository } from '../helpers/db.ts';

const SEED_003 = 'seeds/003_2fe96d1de4a1d970.txt';
const SEED_002 = 'seeds/002_62721d42965cebe7.txt';

/** The run's CoreNLP server, so the CLI does not start one of its own. */
const nlp = inject('nlp');
const NLP_ENV = { CORENLP_URL: nlp.url, CORENLP_USER: nlp.user ?? '', CORENLP_PASSWORD: nlp.password ?? '' };

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  // node --import tsx as tests/helpers/cli.ts runs it: npx and the tsx wrapper would add two processes per run.
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...NLP_ENV, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An address nothing listens on: a dry run that tried the database would fail loudly. */
const NO_DATABASE = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'none' };

describe('ingest --dry-run', () => {
  it('prints one valid JSON object per relation, with quote, offsets, status and year, and touches no database', async () => {
    const r = cli(['--dry-run', '--format', 'jsonl', SEED_003], NO_DATABASE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const x = await extractDocument({ source: SEED_003, data: readFileSync(SEED_003) }, testNlp());
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(x.relations.length);
    for (const line of lines) {
      expect(Object.keys(line).slice(0, 9)).toEqual(['subject', 'relation', 'object', 'document', 'quote', 'start', 'end', 'confidence', 'rule']);
      expect(Object.keys(line).slice(9).every((k) => k === 'status' || k === 'year')).toBe(true);
      expect(line.quote.length).toBeGreaterThan(0);
      expect(x.document.text.slice(line.start, line.end)).toBe(line.quote);
      expect(line.document).toBe(SEED_003);
    }
    expect(lines.some((l) => l.status)).toBe(true);
    // Seed 002 dates its facts ("implemented in the capital in January 2020").
    const dated = cli(['--dry-run', '--format', 'jsonl', SEED_002], NO_DATABASE).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(dated.some((l) => l.year === 2020)).toBe(true);
  });

  it('reports a missing path on stderr and exits non-zero while printing the rest', () => {
    const r = cli(['--dry-run', 'no/such/file.txt', SEED_003], NO_DATABASE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('skipped no/such/file.txt: missing');
    expect(r.stdout).toMatch(/^seeds\/003_2fe96d1de4a1d970\.txt: \d+ entities, [1-9]\d* relations$/m);
  });
});

describe('ingest argument errors', () => {
  it('answers a bad option with one clear line and the usage, exit code 2', () => {
    for (const args of [['--bogus'], ['--dry-run', '--format', 'xml'], ['--format', 'jsonl'], ['--reset', '--dry-run']]) {
      const r = cli(args, NO_DATABASE);
      expect(r.code, args.join(' ')).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^ingest: /);
      expect(lines[1]).toMatch(/^usage: npm run ingest/);
    }
  });

  it('refuses a bad NLP_CHUNK_CHARS at start with one line naming it and the value, exit code 2, instead of parsing with the default', () => {
    for (const bad of ['forty thousand', '12', '50000000']) {
      const r = cli(['--dry-run', SEED_003], { ...NO_DATABASE, NLP_CHUNK_CHARS: bad });
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toBe(`ingest: bad configuration: NLP_CHUNK_CHARS is the characters per CoreNLP request, a whole number from 1000 to 1000000, not "${bad}"`);
    }
  });
});

describe('ingest into Neo4j', () => {
  let repo: Repository;
  let dir: string;
  beforeAll(async () => {
    repo = await testRepository();
    await emptyGraph(repo);
    dir = mkdtempSync(join(tmpdir(), 'sightline-cli-'));
    writeFileSync(join(dir, 'good.txt'), 'Hikvision supplied cameras to Ecuador in 2019.');
    writeFileSync(join(dir, 'empty.txt'), '');
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await emptyGraph(repo);
    await repo?.db.close();
  });

  const env = () => {
    const c = credentials();
    return { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
  };

  it('ingests the good file, prints the summary with the skipped reason and exits 1 because one failed', () => {
    const r = cli([dir], env());
    expect(r.code).toBe(1);
    // The empty file was read, then refused: it counts as read and as failed.
    expect(r.stdout).toContain('documents read: 2 (added 1, replaced 0, unchanged 0)');
    expect(r.stdout).toContain('relations: SUPPLIES 1');
    expect(r.stdout).toMatch(/empty\.txt: empty: is empty/);
    expect(r.stdout).toContain('failed: 1');
  });

  it('says how far the parse of a long file has got, part by part, before the file is done', () => {
    const long = join(dir, 'long', 'report.txt');
    mkdirSync(join(dir, 'long'), { recursive: true });
    writeFileSync(long, ['seeds/000_35fb758d61b01351.txt', 'seeds/001_81717d90c5e8cf68.txt'].map((f) => readFileSync(f, 'utf8')).join('\n\n'));
    const r = cli([long], { ...env(), NLP_CHUNK_CHARS: '8000' });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const steps = lines.filter((l) => l.includes('report.txt: parsed'));
    expect(steps.length).toBeGreaterThan(2);
    const percents = steps.map((l) => Number(/\((\d+)%\)/.exec(l)![1]));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents[percents.length - 1]).toBe(100);
    // Every step comes before the line that says the file is done.
    expect(lines.findIndex((l) => /^\[1\/1\] .*report\.txt$/.test(l))).toBeGreaterThan(lines.lastIndexOf(steps[steps.length - 1]!));
  });

  it('exits 0 when nothing failed, and --reset starts from an empty graph', () => {
    const r = cli(['--reset', join(dir, 'good.txt')], env());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('documents read: 1 (added 1, replaced 0, unchanged 0)');
    expect(r.stdout).toContain('entities: 2 new, 0 known');
  });
});
