/**
 * @module Measures extraction against the hand-labelled gold set (tests/ingest/gold): precision and
 * recall per relationship type, over the seed articles and the written test texts. Run it with
 * `npx tsx tests/ingest/evaluate.ts` whenever rules change; tests/ingest/quality.test.ts holds the floor.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractDocument, type Extraction } from '../../ingest/index.ts';
import { slug } from '../../ingest/names.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');

type Fact = [string, string, string];

interface GoldDocument {
  id: string;
  source: string;
  data: string | Buffer;
  facts: Fact[];
  rejected: Fact[];
}

export interface TypeScore {
  type: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  byType: TypeScore[];
  overall: TypeScore;
  /** Facts drawn that the gold set lists as wrong: each is a precision bug a reader would notice. */
  rejectedDrawn: { document: string; fact: Fact }[];
  falsePositives: { document: string; fact: Fact }[];
  falseNegatives: { document: string; fact: Fact }[];
}

export function goldDocuments(): GoldDocument[] {
  const seeds = JSON.parse(readFileSync(join(HERE, 'gold', 'seeds.json'), 'utf8')) as { documents: { file: string; facts: Fact[]; rejected: Fact[] }[] };
  const texts = (file: string) =>
    (JSON.parse(readFileSync(join(HERE, 'gold', file), 'utf8')) as { texts: { id: string; text: string; facts: Fact[]; rejected: Fact[] }[] }).texts
      .map((t) => ({ id: t.id, source: `${t.id}.txt`, data: t.text, facts: t.facts, rejected: t.rejected }));
  return [
    ...seeds.documents.map((d) => ({ id: d.file, source: d.file, data: readFileSync(join(ROOT, d.file)), facts: d.facts, rejected: d.rejected })),
    ...texts('texts.json'),
    ...texts('heldout.json'),
    ...texts('heldout2.json'),
    ...texts('heldout3.json'),
    ...texts('heldout4.json'),
  ];
}

/** Facts of an extraction as gold-set triples; same-name bodies are written "Name (Country)". */
export function factsOf(x: Extraction): Fact[] {
  const label = new Map(x.entities.map((e) => [e.id, e.country && e.id.endsWith(`-${slug(e.country)}`) && e.id !== slug(e.name) ? `${e.name} (${e.country})` : e.name]));
  const seen = new Set<string>();
  const facts: Fact[] = [];
  for (const r of x.relations) {
    const fact: Fact = [label.get(r.source)!, r.type, label.get(r.target)!];
    if (seen.has(key(fact))) continue;
    seen.add(key(fact));
    facts.push(fact);
  }
  return facts;
}

/** PARTNERS_WITH is symmetric in meaning, so either direction matches. */
function key([s, r, o]: Fact): string {
  return r === 'PARTNERS_WITH' && o < s ? `${o}|${r}|${s}` : `${s}|${r}|${o}`;
}

function score(type: string, tp: number, fp: number, fn: number): TypeScore {
  return {
    type, truePositives: tp, falsePositives: fp, falseNegatives: fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
  };
}

export function evaluate(docs = goldDocuments()): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, field: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[field] += 1;
    counts.set(type, c);
  };
  const result: Omit<Evaluation, 'byType' | 'overall'> = { rejectedDrawn: [], falsePositives: [], falseNegatives: [] };
  for (const doc of docs) {
    const drawn = factsOf(extractDocument({ source: doc.source, data: doc.data }));
    const drawnKeys = new Set(drawn.map(key));
    const goldKeys = new Set(doc.facts.map(key));
    const rejectedKeys = new Set(doc.rejected.map(key));
    for (const f of drawn) {
      if (goldKeys.has(key(f))) bump(f[1], 'tp');
      else {
        bump(f[1], 'fp');
        result.falsePositives.push({ document: doc.id, fact: f });
        if (rejectedKeys.has(key(f))) result.rejectedDrawn.push({ document: doc.id, fact: f });
      }
    }
    for (const f of doc.facts) {
      if (!drawnKeys.has(key(f))) {
        bump(f[1], 'fn');
        result.falseNegatives.push({ document: doc.id, fact: f });
      }
    }
  }
  const byType = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => score(t, c.tp, c.fp, c.fn));
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { ...result, byType, overall: score('ALL', total.tp, total.fp, total.fn) };
}

function print(e: Evaluation): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(`${'relation'.padEnd(18)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} precision  recall`);
  for (const s of [...e.byType, e.overall]) {
    console.log(`${s.type.padEnd(18)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)} ${pct(s.precision)}  ${pct(s.recall)}`);
  }
  const list = (title: string, items: { document: string; fact: Fact }[]) => {
    if (!items.length) return;
    console.log(`\n${title}:`);
    for (const i of items) console.log(`  ${i.document}: ${i.fact.join(' ')}`);
  };
  list('false positives', e.falsePositives);
  list('missed (false negatives)', e.falseNegatives);
  list('REJECTED facts drawn', e.rejectedDrawn);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `--only heldout` (or seeds, texts) scores one part of the gold set.
  const only = process.argv[process.argv.indexOf('--only') + 1];
  const docs = goldDocuments().filter((d) => !process.argv.includes('--only') || (only === 'seeds' ? d.id.startsWith('seeds/') : only === 'heldout' ? /^h[234]?-/.test(d.id) : !d.id.startsWith('seeds/') && !/^h[234]?-/.test(d.id)));
  print(evaluate(docs));
}
