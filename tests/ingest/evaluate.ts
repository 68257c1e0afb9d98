/**
 * @module Measures extraction the way an analyst meets it: on documents nobody tuned to, against
 * facts marked before the extractor ran (tests/ingest/blind, GUIDE.md), and on the seed articles
 * (tests/ingest/gold/seeds.json). Strict: a drawn fact counts only when both ends are the marked
 * entities (by any name or alias either side knows) and the type is the marked one; PARTNERS_WITH
 * in either direction. `npx tsx tests/ingest/evaluate.ts [dev|test|seeds] [--list] [--justify]`
 * prints precision and recall per relationship type; quality.test.ts holds the floors.
 *
 * Strict precision counts every drawn fact the writer did not mark as wrong, though writers mark
 * what they care about ("Hangzhou, Zhejiang" is in Zhejiang whether marked or not). Precision by
 * hand asks an independent judge, who reads GUIDE.md and the document but no code and no marks,
 * whether the document states each such fact (`blind/judged.json`); a fact not yet judged counts as
 * wrong. `--to-judge FILE` writes the facts still waiting for a verdict.
 *
 * `--dir FOLDER` scores a folder kept outside the project the same way (NAME.txt and NAME.gold.json,
 * and the folder's own judged.json): real articles, whose text the project may not hold. Like the
 * test half it is scored, never listed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractDocument, type Extraction, type NlpClient } from '../../ingest/index.ts';
import { nameKey } from '../../ingest/names.ts';
import { coreKeys } from '../../ingest/recognise/spans.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
export const BLIND = join(HERE, 'blind');
export const JUSTIFICATION = join(BLIND, 'dev', 'justification.json');
export const JUDGED = join(BLIND, 'judged.json');

export type Part = 'dev' | 'test' | 'seeds' | 'outside';

export interface GoldEntity { name: string; type: string; aliases?: string[] }
export interface GoldFact { subject: string; relation: string; object: string; quote?: string }
export interface GoldDocument {
  id: string;
  part: Part;
  source: string;
  data: string | Buffer;
  entities: GoldEntity[];
  facts: GoldFact[];
  rejected: GoldFact[];
}

export function goldDocuments(part: Part, folder?: string): GoldDocument[] {
  if (part === 'seeds') {
    type Triple = [string, string, string];
    const seeds = JSON.parse(readFileSync(join(HERE, 'gold', 'seeds.json'), 'utf8')) as { documents: { file: string; facts: Triple[]; rejected: Triple[] }[] };
    return seeds.documents.map((d) => {
      const names = new Set([...d.facts, ...d.rejected].flatMap(([s, , o]) => [s, o]));
      const fact = ([subject, relation, object]: Triple) => ({ subject, relation, object });
      return {
        id: d.file, part, source: d.file, data: readFileSync(join(ROOT, d.file)),
        // The seed marks use catalog names, so a name is its own only key.
        entities: [...names].map((name) => ({ name, type: '' })), facts: d.facts.map(fact), rejected: d.rejected.map(fact),
      };
    });
  }
  const dir = part === 'outside' ? folder! : join(BLIND, part);
  const docs = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const id = f.replace(/\.gold\.json$/, '');
    // A folder brought from outside may hold a mark file without its text or with broken JSON: say which.
    if (!existsSync(join(dir, `${id}.txt`))) throw new Error(`${join(dir, f)} has no ${id}.txt beside it`);
    let gold: { entities?: GoldEntity[]; facts?: GoldFact[]; rejected?: GoldFact[] };
    try {
      gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as typeof gold;
    } catch (e) {
      throw new Error(`${join(dir, f)} is not valid JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(gold.entities) || !Array.isArray(gold.facts)) throw new Error(`${join(dir, f)} needs "entities" and "facts" arrays (blind/GUIDE.md)`);
    return { id, part, source: `${part}/${id}.txt`, data: readFileSync(join(dir, `${id}.txt`)), entities: gold.entities, facts: gold.facts, rejected: gold.rejected ?? [] };
  });
  if (!docs.length) throw new Error(`${dir} holds no NAME.gold.json files to score`);
  return docs;
}

/** An independent judge's verdict on a drawn fact the marks do not hold, named as `evaluate` names it. */
export interface Judgement { part: Part; document: string; fact: [string, string, string]; verdict: 'stated' | 'not stated'; reason: string }

export function judgements(folder?: string): Judgement[] {
  const read = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Judgement[] : []);
  // An outside folder's verdicts stay with its articles, named as that part's.
  return [...read(JUDGED), ...(folder ? read(join(folder, 'judged.json')).map((j) => ({ ...j, part: 'outside' as const })) : [])];
}

export interface TypeScore {
  type: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Drawn { part: Part; document: string; fact: [string, string, string]; rule: string; quote: string }

export interface Evaluation {
  byType: TypeScore[];
  overall: TypeScore;
  falsePositives: Drawn[];
  /** `unseen` names the marked ends the extractor never recognised anywhere in the document. */
  falseNegatives: { document: string; fact: [string, string, string]; quote?: string; unseen: string[] }[];
  rejectedDrawn: Drawn[];
  /** For each rule, the true facts it drew and the documents they came from (dev and seed documents when written by --justify). */
  justification: Record<string, { documents: string[]; facts: number }>;
  /** The false positives by the judge's verdict, and precision counting those the judge found stated as true. */
  byHand: { stated: number; notStated: number; unjudged: number; precision: number };
}

const keysOf = (names: readonly string[]) => new Set(names.flatMap((n) => [coreKeys(n).join(' '), nameKey(n)]).filter(Boolean));

/** Things named by common nouns, whose boundaries writers and the extractor draw differently. */
const PHRASE_TYPES = new Set(['Technology', 'Product', 'Program', 'Law']);
const within = (a: string, b: string) => ` ${b} `.includes(` ${a} `);

/**
 * Which marked entity an extracted entity is: the one sharing most name keys with it (its names,
 * aliases and the words the text used for it). For a technology, product, program or law, a name
 * inside the other counts too ("video surveillance" is the marked "video surveillance equipment";
 * "Section 889" the marked "Section 889 of the FY2019 NDAA").
 */
function entityMap(doc: GoldDocument, x: Extraction): Map<string, string> {
  const gold = doc.entities.map((e) => ({ name: e.name, type: e.type, keys: keysOf([e.name, ...(e.aliases ?? [])]) }));
  const surfaces = new Map<string, string[]>();
  for (const m of x.mentions) surfaces.set(m.entityId, [...(surfaces.get(m.entityId) ?? []), m.text]);
  const map = new Map<string, string>();
  for (const e of x.entities) {
    const keys = keysOf([e.name, ...e.aliases, ...(surfaces.get(e.id) ?? [])]);
    let best: { name: string; shared: number } | undefined;
    for (const g of gold) {
      const shared = [...g.keys].filter((k) => keys.has(k)).length;
      if (shared > 0 && (!best || shared > best.shared)) best = { name: g.name, shared };
    }
    if (!best && PHRASE_TYPES.has(e.type)) {
      const g = gold.find((c) => PHRASE_TYPES.has(c.type) && [...c.keys].some((gk) => [...keys].some((k) => within(gk, k) || within(k, gk))));
      if (g) best = { name: g.name, shared: 0 };
    }
    map.set(e.id, best?.name ?? `(${e.name})`);
  }
  return map;
}

const key = (s: string, r: string, o: string) => (r === 'PARTNERS_WITH' && o < s ? `${o}|${r}|${s}` : `${s}|${r}|${o}`);

function score(type: string, tp: number, fp: number, fn: number): TypeScore {
  return { type, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

export async function evaluate(docs: readonly GoldDocument[], nlp: NlpClient, folder?: string): Promise<Evaluation> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, field: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[field] += 1;
    counts.set(type, c);
  };
  const result: Omit<Evaluation, 'byType' | 'overall' | 'byHand'> = { falsePositives: [], falseNegatives: [], rejectedDrawn: [], justification: {} };
  for (const doc of docs) {
    const x = await extractDocument({ source: doc.source, data: doc.data }, nlp);
    const map = entityMap(doc, x);
    const drawn = new Map<string, Drawn>();
    for (const r of x.relations) {
      const fact: [string, string, string] = [map.get(r.source)!, r.type, map.get(r.target)!];
      const k = key(...fact);
      if (!drawn.has(k)) drawn.set(k, { part: doc.part, document: doc.id, fact, rule: r.evidence.rule, quote: r.evidence.quote });
    }
    const goldKeys = new Map(doc.facts.map((f) => [key(f.subject, f.relation, f.object), f]));
    const rejected = new Set(doc.rejected.map((f) => key(f.subject, f.relation, f.object)));
    for (const [k, d] of drawn) {
      if (goldKeys.has(k)) {
        bump(d.fact[1], 'tp');
        for (const r of x.relations.filter((rel) => key(map.get(rel.source)!, rel.type, map.get(rel.target)!) === k)) {
          const j = result.justification[r.evidence.rule] ??= { documents: [], facts: 0 };
          j.facts += 1;
          if (!j.documents.includes(doc.id)) j.documents.push(doc.id);
        }
      } else {
        bump(d.fact[1], 'fp');
        result.falsePositives.push(d);
        if (rejected.has(k)) result.rejectedDrawn.push(d);
      }
    }
    const seen = new Set(map.values());
    for (const [k, f] of goldKeys) {
      if (drawn.has(k)) continue;
      bump(f.relation, 'fn');
      const unseen = [f.subject, f.object].filter((n) => !seen.has(n));
      result.falseNegatives.push({ document: doc.id, fact: [f.subject, f.relation, f.object], ...(f.quote ? { quote: f.quote } : {}), unseen });
    }
  }
  const byType = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => score(t, c.tp, c.fp, c.fn));
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const verdicts = new Map(judgements(folder).map((j) => [`${j.part}|${j.document}|${j.fact.join('|')}`, j.verdict]));
  const verdictOf = (d: Drawn) => verdicts.get(`${d.part}|${d.document}|${d.fact.join('|')}`);
  const stated = result.falsePositives.filter((d) => verdictOf(d) === 'stated').length;
  const notStated = result.falsePositives.filter((d) => verdictOf(d) === 'not stated').length;
  const byHand = { stated, notStated, unjudged: total.fp - stated - notStated, precision: total.tp + total.fp ? (total.tp + stated) / (total.tp + total.fp) : 1 };
  return { ...result, byType, overall: score('ALL', total.tp, total.fp, total.fn), byHand };
}

export function table(e: Evaluation): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [`${'relation'.padEnd(18)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} precision  recall`];
  for (const s of [...e.byType, e.overall]) {
    lines.push(`${s.type.padEnd(18)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)} ${pct(s.precision)}  ${pct(s.recall)}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { openNlpServer, nlpClient } = await import('../../ingest/index.ts');
  const folder = process.argv.includes('--dir') ? process.argv[process.argv.indexOf('--dir') + 1] : undefined;
  if (process.argv.includes('--dir') && (!folder || !existsSync(folder))) {
    console.error(`--dir needs a folder of NAME.txt and NAME.gold.json files${folder ? `; ${folder} does not exist` : ''}`);
    process.exit(2);
  }
  // Read before the NLP server starts, so a broken folder fails at once with the file it names.
  if (folder) {
    try {
      goldDocuments('outside', folder);
    } catch (e) {
      console.error((e as Error).message);
      process.exit(2);
    }
  }
  const parts: Part[] = [...(['dev', 'test', 'seeds'] as const).filter((p) => process.argv.includes(p)), ...(folder ? ['outside' as const] : [])];
  // Asked for before the long run, so a missing file name fails at once rather than after it.
  const judgeFile = process.argv.includes('--to-judge') ? process.argv[process.argv.indexOf('--to-judge') + 1] : undefined;
  if (process.argv.includes('--to-judge') && (!judgeFile || judgeFile.startsWith('--') || (parts as readonly string[]).includes(judgeFile))) {
    console.error('--to-judge needs the file to write the facts waiting for a verdict to, e.g. --to-judge /tmp/to-judge.json');
    process.exit(2);
  }
  const server = await openNlpServer();
  const justification: Evaluation['justification'] = {};
  const toJudge: Drawn[] = [];
  try {
    const nlp = nlpClient(server);
    for (const part of parts.length ? parts : (['dev'] as const)) {
      // `--only h` scores the documents whose id starts with h: a new writer's batch, before any rule saw it;
      // `--only '[a-i]'` leaves out a batch still being written.
      const only = process.argv.includes('--only') ? new RegExp(`^(?:${process.argv[process.argv.indexOf('--only') + 1] ?? ''})`) : undefined;
      const e = await evaluate(goldDocuments(part, folder).filter((d) => only === undefined || only.test(d.id)), nlp, folder);
      console.log(`\n== ${part}\n${table(e)}`);
      // Where recall is lost: an end never recognised, or both recognised and no pattern read the sentence.
      const unseen = e.falseNegatives.filter((d) => d.unseen.length).length;
      console.log(`missed with an end never recognised: ${unseen}; with both ends recognised: ${e.falseNegatives.length - unseen}`);
      const h = e.byHand;
      console.log(`precision by hand ${(h.precision * 100).toFixed(1)}%: of ${e.overall.falsePositives} facts the marks do not hold, the judge found ${h.stated} stated and ${h.notStated} not; ${h.unjudged} not yet judged (counted wrong)`);
      for (const d of e.falsePositives) toJudge.push(d);
      if (process.argv.includes('--list') && part !== 'test' && part !== 'outside') {
        console.log('\nfalse positives:');
        for (const d of e.falsePositives) console.log(`  ${d.document}: ${d.fact.join(' ')}  [${d.rule}]`);
        console.log('\nmissed:');
        for (const d of e.falseNegatives) console.log(`  ${d.document}: ${d.fact.join(' ')}${d.unseen.length ? ` (unseen: ${d.unseen.join(', ')})` : ''}${d.quote ? `  << ${d.quote.slice(0, 140)}` : ''}`);
      }
      if (e.rejectedDrawn.length) console.log(`\nrejected facts drawn: ${e.rejectedDrawn.map((d) => `${d.document}: ${d.fact.join(' ')}`).join('; ')}`);
      if (part !== 'test' && part !== 'outside') for (const [rule, j] of Object.entries(e.justification)) {
        const all = justification[rule] ??= { documents: [], facts: 0 };
        all.documents.push(...j.documents);
        all.facts += j.facts;
      }
    }
    const judged = new Set(judgements(folder).map((j) => `${j.part}|${j.document}|${j.fact.join('|')}`));
    if (judgeFile) {
      const waiting = toJudge.filter((d) => !judged.has(`${d.part}|${d.document}|${d.fact.join('|')}`))
        .map((d) => ({ ...d, path: d.part === 'seeds' ? join(ROOT, d.document) : join(d.part === 'outside' ? folder! : join(BLIND, d.part), `${d.document}.txt`) }));
      writeFileSync(judgeFile, `${JSON.stringify(waiting, null, 1)}\n`);
      console.log(`\nwrote ${waiting.length} facts waiting for a verdict to ${judgeFile}`);
    }
    // The tuning sets (development half and seeds) say which patterns earned their place.
    if (process.argv.includes('--justify')) {
      writeFileSync(JUSTIFICATION, `${JSON.stringify(Object.fromEntries(Object.entries(justification).sort()), null, 1)}\n`);
      console.log(`\nwrote ${JUSTIFICATION}`);
    }
  } finally {
    await server.stop();
  }
}

