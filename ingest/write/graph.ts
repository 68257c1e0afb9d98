/**
 * @module The write stage, the only ingest code that touches Neo4j. A batch of documents is one
 * write transaction costing about as many queries as one document did (each query UNWINDs over the
 * batch); when that transaction fails, its documents are written again one per transaction, so a
 * failure never leaves half a document and one bad document does not keep the others out.
 * Evidence is merged in TypeScript from what the graph holds plus the earlier documents of the same
 * batch (relationship properties cannot hold maps, so evidence is JSON strings), then written back
 * whole with the aggregates the model in cypher/README.md asks for.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { query } from '../../cypher/registry.ts';
import type { Database } from '../../server/db/connection.ts';
import { isEntityType, isRelationType, relationshipId, type RelationType } from '../ontology.ts';
import type { Evidence, Extraction } from '../types.ts';

export type WriteStatus = 'added' | 'replaced' | 'unchanged';

export interface WriteResult {
  status: WriteStatus;
  /** Entity ids this document brought into the graph, and those it found there already (or in an earlier document of its batch). */
  newEntityIds: string[];
  knownEntityIds: string[];
}

/** What became of one document of a batch: written (or left unchanged), or refused with the error that says why. */
export type WriteOutcome = { ok: true; result: WriteResult } | { ok: false; error: Error };

interface RelationKey {
  source: string;
  type: string;
  target: string;
}

interface StoredRelation extends RelationKey {
  /** Element id: finds the relationship again within the transaction that read it. */
  ref: string;
  evidence: string[];
  evidenceDocs: string[];
}

type RelationProperties = { id: string; evidence: string[]; evidenceDocs: string[] } & ReturnType<typeof summariseEvidence>;

const keyOf = (r: RelationKey) => `${r.source}|${r.type}|${r.target}`;

async function run(tx: ManagedTransaction, name: string, params: Record<string, unknown> = {}) {
  return tx.run(query(name).text, params);
}

/** Aggregates per cypher/README.md: max confidence, sorted distinct years, status of the latest dated item else the last stated. */
export function summariseEvidence(items: readonly Evidence[]) {
  const years = [...new Set(items.flatMap((e) => (e.year ? [e.year] : [])))].sort((a, b) => a - b);
  const withStatus = items.filter((e) => e.status);
  const dated = withStatus.filter((e) => e.year).sort((a, b) => a.year! - b.year!);
  const status = (dated[dated.length - 1] ?? withStatus[withStatus.length - 1])?.status ?? null;
  return {
    confidence: Math.max(...items.map((e) => e.confidence)),
    evidenceCount: items.length,
    years,
    status,
  };
}

/** Evidence as stored: fixed key order so the same evidence is the same string. */
export function evidenceJson(e: Evidence): string {
  const { doc, quote, start, end, rule, confidence, year, status, detail } = e;
  return JSON.stringify({ doc, quote, start, end, rule, confidence, year, status, detail });
}

/** Labels and relationship types go into queries dynamically, so only ontology names may pass. */
function labelError(x: Extraction): Error | undefined {
  for (const e of x.entities) if (!isEntityType(e.type)) return new Error(`refusing to write entity ${e.id}: "${e.type}" is not an ontology type`);
  for (const r of x.relations) if (!isRelationType(r.type)) return new Error(`refusing to write relation ${r.id}: "${r.type}" is not an ontology type`);
  return undefined;
}

/**
 * Writes are queued within the process: evidence is read, merged and written back whole, so two
 * batches adding to the same fact at once (an upload during a folder ingest) must not overwrite
 * each other's items.
 */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Writes documents in one transaction, in order; the outcome of each, in the same order. Never
 * throws: a document the ontology check or the database refuses gets its error as its outcome.
 */
export function writeBatch(db: Database, batch: readonly Extraction[]): Promise<WriteOutcome[]> {
  const next = queue.then(() => writeNow(db, batch));
  queue = next.catch(() => undefined);
  return next;
}

/** Writes one document in its own transaction; throws what refused it. */
export async function writeExtraction(db: Database, x: Extraction): Promise<WriteResult> {
  const [outcome] = await writeBatch(db, [x]);
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

async function writeNow(db: Database, batch: readonly Extraction[]): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = new Array(batch.length);
  const valid: number[] = [];
  for (const [i, x] of batch.entries()) {
    const error = labelError(x);
    if (error) outcomes[i] = { ok: false, error };
    else valid.push(i);
  }
  for (const group of withoutRepeats(valid, (i) => batch[i])) {
    try {
      const results = await db.write((tx) => writeDocuments(tx, group.map((i) => batch[i])));
      for (const [k, i] of group.entries()) outcomes[i] = { ok: true, result: results[k] };
    } catch (e) {
      if (group.length === 1) {
        outcomes[group[0]] = { ok: false, error: e as Error };
        continue;
      }
      // One document spoiled the batch; alone, each of the others goes in and the bad one says why.
      for (const i of group) {
        try {
          const [result] = await db.write((tx) => writeDocuments(tx, [batch[i]]));
          outcomes[i] = { ok: true, result };
        } catch (single) {
          outcomes[i] = { ok: false, error: single as Error };
        }
      }
    }
  }
  return outcomes;
}

/**
 * Cuts a batch before a document whose content or source an earlier one of the same cut already
 * has: the second copy must see the first as stored (unchanged), and a second version of a file
 * must replace the first, as when they were written one after the other.
 */
function withoutRepeats(indexes: number[], extraction: (i: number) => Extraction): number[][] {
  const groups: number[][] = [];
  let group: number[] = [];
  const seen = new Set<string>();
  for (const i of indexes) {
    const { id, source } = extraction(i).document;
    if (seen.has(`id:${id}`) || seen.has(`source:${source}`)) {
      groups.push(group);
      group = [];
      seen.clear();
    }
    group.push(i);
    seen.add(`id:${id}`).add(`source:${source}`);
  }
  if (group.length) groups.push(group);
  return groups;
}

/**
 * The rows of ingest.mergeEntities: each entity's appearances in the batch's documents folded into
 * the one row that leaves it as writing them one document at a time would (first name, type and
 * origin on creation; every type as a label; aliases in order; the last catalog name; the last
 * country stated).
 */
function entityRowsOf(docs: readonly Extraction[]) {
  const rows = new Map<string, { id: string; type: string; labels: string[]; name: string; catalogName: string | null; origin: string; aliases: string[]; country: string | null }>();
  for (const e of docs.flatMap((x) => x.entities)) {
    const row = rows.get(e.id) ?? { id: e.id, type: e.type, labels: [], name: e.name, catalogName: null, origin: e.origin, aliases: [], country: null };
    if (!row.labels.includes(e.type)) row.labels.push(e.type);
    if (e.origin === 'catalog') row.catalogName = e.name;
    row.aliases.push(...e.aliases);
    row.country = e.country ?? row.country;
    rows.set(e.id, row);
  }
  return [...rows.values()];
}

async function writeDocuments(tx: ManagedTransaction, docs: readonly Extraction[]): Promise<WriteResult[]> {
  const found = new Map((await run(tx, 'ingest.findDocuments', {
    documents: docs.map((x) => ({ id: x.document.id, source: x.document.source })),
  })).records.map((r) => [r.get('id') as string, { stored: r.get('stored') as boolean, older: r.get('older') as string[] }]));
  const fresh = docs.filter((x) => !found.get(x.document.id)!.stored);
  if (!fresh.length) return docs.map(() => ({ status: 'unchanged', newEntityIds: [], knownEntityIds: [] }));

  const older = fresh.flatMap((x) => found.get(x.document.id)!.older);
  const ids = [...new Set(fresh.flatMap((x) => x.entities.map((e) => e.id)))];
  const known = new Set((await run(tx, 'ingest.existingEntities', { ids })).records.map((r) => r.get('id') as string));
  // One row per id, in id order so that locks are taken in one order whoever writes. This runs
  // before the relationships are read, so the transaction holds the write lock on both ends of
  // every relationship it is about to create or extend.
  const entityRows = entityRowsOf(fresh).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await run(tx, 'ingest.mergeEntities', { rows: entityRows });

  const stored = new Map<string, StoredRelation>();
  const remember = (records: { toObject(): unknown }[]) => {
    for (const rec of records) {
      const r = rec.toObject() as StoredRelation;
      stored.set(keyOf(r), r);
    }
  };
  if (older.length) remember((await run(tx, 'ingest.relationsWithEvidenceFrom', { docIds: older })).records);
  // A relationship whose end this batch created cannot be stored yet. The query returns every
  // relationship from a source to one of its targets, so only the batch's exact keys are kept.
  const keys = new Set<string>();
  const targetsBySource = new Map<string, Record<string, true>>();
  for (const r of fresh.flatMap((x) => x.relations)) {
    if (!known.has(r.source) || !known.has(r.target)) continue;
    keys.add(keyOf(r));
    const targets = targetsBySource.get(r.source) ?? {};
    targets[r.target] = true;
    targetsBySource.set(r.source, targets);
  }
  if (keys.size) {
    const sources = [...targetsBySource].map(([source, targets]) => ({ source, targets }));
    remember((await run(tx, 'ingest.relationsByKey', { sources })).records.filter((rec) => keys.has(keyOf(rec.toObject() as RelationKey))));
  }

  // Start from what other documents say, without the versions this batch replaces, then add each
  // document's evidence in batch order.
  const dropped = new Set([...older, ...fresh.map((x) => x.document.id)]);
  const merged = new Map<string, RelationKey & { id?: string; ref?: string; items: Evidence[] }>();
  for (const [key, r] of stored) {
    const items = r.evidence.map((s) => JSON.parse(s) as Evidence).filter((_, i) => !dropped.has(r.evidenceDocs[i]));
    merged.set(key, { source: r.source, type: r.type, target: r.target, ref: r.ref, items });
  }
  for (const r of fresh.flatMap((x) => x.relations)) {
    const key = keyOf(r);
    const entry = merged.get(key) ?? { source: r.source, type: r.type, target: r.target, items: [] };
    entry.id = r.id;
    entry.items.push(r.evidence);
    merged.set(key, entry);
  }
  // Stored relationships to delete or rewrite are grouped by source, which each query walks once.
  const emptied = new Map<string, string[]>();
  const created: (RelationKey & { properties: RelationProperties })[] = [];
  const updated = new Map<string, Record<string, RelationProperties>>();
  for (const { source, type, target, id, ref, items } of merged.values()) {
    if (!items.length) {
      // Only stored relationships can have lost every item.
      emptied.set(source, (emptied.get(source) ?? []).concat(ref!));
      continue;
    }
    const properties: RelationProperties = {
      id: id ?? relationshipId(source, type as RelationType, target),
      evidence: items.map(evidenceJson),
      evidenceDocs: items.map((e) => e.doc),
      ...summariseEvidence(items),
    };
    if (ref) updated.set(source, Object.assign(updated.get(source) ?? {}, { [ref]: properties }));
    else created.push({ source, type, target, properties });
  }

  if (older.length) await run(tx, 'ingest.deleteDocuments', { ids: older });
  await run(tx, 'ingest.createDocuments', {
    documents: fresh.map((x) => {
      const d = x.document;
      const counts = new Map<string, number>();
      for (const m of x.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      return {
        properties: {
          id: d.id, source: d.source, title: d.title, publisher: d.publisher ?? null, author: d.author ?? null,
          date: d.date ?? null, length: d.length, text: d.text,
        },
        mentions: [...counts].map(([entityId, count]) => ({ entityId, count })),
      };
    }),
  });
  if (emptied.size) await run(tx, 'ingest.deleteRelations', { sources: [...emptied].map(([source, refs]) => ({ source, refs })) });
  if (created.length || updated.size) {
    await run(tx, 'ingest.writeRelations', { created, updated: [...updated].map(([source, properties]) => ({ source, properties })) });
  }

  // Per document: an entity an earlier document of the batch brought in is known to the later ones.
  const seen = new Set(known);
  return docs.map((x) => {
    const f = found.get(x.document.id)!;
    if (f.stored) return { status: 'unchanged', newEntityIds: [], knownEntityIds: [] };
    const own = x.entities.map((e) => e.id);
    const result: WriteResult = {
      status: f.older.length ? 'replaced' : 'added',
      newEntityIds: own.filter((id) => !seen.has(id)),
      knownEntityIds: own.filter((id) => seen.has(id)),
    };
    for (const id of own) seen.add(id);
    return result;
  });
}

/** Empties the graph of documents and entities, for `--reset`. */
export async function resetGraph(db: Database): Promise<void> {
  await db.write((tx) => run(tx, 'ingest.resetGraph'));
}

export async function countDocuments(db: Database): Promise<number> {
  const r = await db.read((tx) => run(tx, 'ingest.countDocuments'));
  return r.records[0].get('documents') as number;
}
