/**
 * @module The write stage, the only ingest code that touches Neo4j. One document is one write
 * transaction, so a failure never leaves half a document. Evidence is merged in TypeScript from
 * what the graph holds (relationship properties cannot hold maps, so evidence is JSON strings),
 * then written back whole with the aggregates the model in cypher/README.md asks for.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { query } from '../../cypher/registry.ts';
import type { Database } from '../../server/db/connection.ts';
import { isEntityType, isRelationType, relationshipId, type RelationType } from '../ontology.ts';
import type { Evidence, Extraction } from '../types.ts';

export type WriteStatus = 'added' | 'replaced' | 'unchanged';

export interface WriteResult {
  status: WriteStatus;
  /** Entity ids this document brought into the graph, and those it found there already. */
  newEntityIds: string[];
  knownEntityIds: string[];
}

interface StoredRelation {
  source: string;
  type: string;
  target: string;
  evidence: string[];
  evidenceDocs: string[];
}

const keyOf = (r: { source: string; type: string; target: string }) => `${r.source}|${r.type}|${r.target}`;

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

function assertLabels(x: Extraction): void {
  for (const e of x.entities) if (!isEntityType(e.type)) throw new Error(`refusing to write entity ${e.id}: "${e.type}" is not an ontology type`);
  for (const r of x.relations) if (!isRelationType(r.type)) throw new Error(`refusing to write relation ${r.id}: "${r.type}" is not an ontology type`);
}

/**
 * Writes are queued within the process: evidence is read, merged and written back whole, so two
 * documents adding to the same fact at once (two uploads) must not overwrite each other's items.
 */
let queue: Promise<unknown> = Promise.resolve();

export function writeExtraction(db: Database, x: Extraction): Promise<WriteResult> {
  const next = queue.then(() => writeNow(db, x));
  queue = next.catch(() => undefined);
  return next;
}

async function writeNow(db: Database, x: Extraction): Promise<WriteResult> {
  // Labels and relationship types go into queries dynamically, so only ontology names may pass.
  assertLabels(x);
  const doc = x.document;
  return db.write(async (tx) => {
    const same = await run(tx, 'ingest.findDocument', { id: doc.id });
    if (same.records.length) return { status: 'unchanged', newEntityIds: [], knownEntityIds: [] } satisfies WriteResult;

    const older = (await run(tx, 'ingest.documentsFromSource', { source: doc.source, id: doc.id })).records.map((r) => r.get('id') as string);
    const stale = new Set(older);
    const stored = new Map<string, StoredRelation>();
    const remember = (records: { toObject(): unknown }[]) => {
      for (const rec of records) {
        const r = rec.toObject() as StoredRelation;
        stored.set(keyOf(r), r);
      }
    };
    if (older.length) remember((await run(tx, 'ingest.relationsWithEvidenceFrom', { docIds: older })).records);
    const keys = [...new Map(x.relations.map((r) => [keyOf(r), { source: r.source, type: r.type, target: r.target }])).values()];
    remember((await run(tx, 'ingest.relationsByKey', { keys })).records);

    // Start from what other documents say, then add this document's evidence.
    const merged = new Map<string, { source: string; type: string; target: string; id?: string; items: Evidence[] }>();
    for (const [key, r] of stored) {
      const items = r.evidence.map((s) => JSON.parse(s) as Evidence).filter((_, i) => !stale.has(r.evidenceDocs[i]) && r.evidenceDocs[i] !== doc.id);
      merged.set(key, { source: r.source, type: r.type, target: r.target, items });
    }
    for (const r of x.relations) {
      const key = keyOf(r);
      const entry = merged.get(key) ?? { source: r.source, type: r.type, target: r.target, items: [] };
      entry.id = r.id;
      entry.items.push(r.evidence);
      merged.set(key, entry);
    }
    const emptied = [...merged.values()].filter((m) => !m.items.length).map(({ source, type, target }) => ({ source, type, target }));
    const rows = [...merged.values()].filter((m) => m.items.length).map((m) => ({
      id: m.id ?? relationshipId(m.source, m.type as RelationType, m.target),
      type: m.type,
      source: m.source,
      target: m.target,
      evidence: m.items.map(evidenceJson),
      evidenceDocs: m.items.map((e) => e.doc),
      ...summariseEvidence(m.items),
    }));

    if (older.length) await run(tx, 'ingest.deleteDocuments', { ids: older });
    const ids = x.entities.map((e) => e.id);
    const known = new Set((await run(tx, 'ingest.existingEntities', { ids })).records.map((r) => r.get('id') as string));
    await run(tx, 'ingest.mergeEntities', {
      rows: x.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, country: e.country ?? null, origin: e.origin })),
    });
    await run(tx, 'ingest.createDocument', {
      document: {
        id: doc.id, source: doc.source, title: doc.title, publisher: doc.publisher ?? null, author: doc.author ?? null,
        date: doc.date ?? null, length: doc.length, text: doc.text,
      },
    });
    const counts = new Map<string, number>();
    for (const m of x.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    await run(tx, 'ingest.mergeMentions', { docId: doc.id, rows: [...counts].map(([entityId, count]) => ({ entityId, count })) });
    if (emptied.length) await run(tx, 'ingest.deleteRelations', { rows: emptied });
    if (rows.length) await run(tx, 'ingest.writeRelations', { rows });

    return {
      status: older.length ? 'replaced' : 'added',
      newEntityIds: ids.filter((id) => !known.has(id)),
      knownEntityIds: ids.filter((id) => known.has(id)),
    } satisfies WriteResult;
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
