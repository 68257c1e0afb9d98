/**
 * @module Pure evidence merging for the write stage: what the graph holds plus a batch's documents,
 * folded into the rows the write queries take. Relationship properties cannot hold maps, so evidence
 * is JSON strings with aggregates beside them (cypher/README.md); the same fact from several
 * documents stays one relationship whose evidence list is the union.
 */
import { relationshipId, type RelationType } from '../../cypher/ontology.ts';
import type {
  DocumentWrite, EntityWrite, RelationCreate, RelationProperties, RelationUpdate, StoredRelationRow,
} from '../../cypher/rows.ts';
import type { Evidence, Extraction } from '../types.ts';

export interface RelationKey {
  source: string;
  type: string;
  target: string;
}

export const keyOf = (r: RelationKey) => `${r.source}|${r.type}|${r.target}`;

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
  const { doc, quote, start, end, rule, confidence, year, status, detail, page } = e;
  return JSON.stringify({ doc, quote, start, end, rule, confidence, year, status, detail, page });
}

/**
 * Each entity's appearances in the batch's documents folded into the one row that leaves it as
 * writing them one document at a time would (first name, type and origin on creation; every type as
 * a label; aliases in order; the last catalog name; the last country stated), in id order so that
 * locks are taken in one order whoever writes.
 */
export function entityRows(docs: readonly Extraction[]): EntityWrite[] {
  const rows = new Map<string, EntityWrite>();
  for (const e of docs.flatMap((x) => x.entities)) {
    const row = rows.get(e.id) ?? { id: e.id, type: e.type, labels: [], name: e.name, catalogName: null, origin: e.origin, aliases: [], country: null, coordinates: null };
    if (!row.labels.includes(e.type)) row.labels.push(e.type);
    if (e.origin === 'catalog') row.catalogName = e.name;
    row.aliases.push(...e.aliases);
    row.country = e.country ?? row.country;
    row.coordinates = e.coordinates ?? row.coordinates;
    rows.set(e.id, row);
  }
  return [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A document as stored: its properties, how often it names each entity, and where (`[[id, start, end]]`). */
/** The first plausible year a date states ("May 2020", "2020-05-03", "3 May 2020"). */
export function yearOf(date: string | undefined): number | null {
  const m = date ? /\b(1[89]\d{2}|2\d{3})\b/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

export function documentRow(x: Extraction): DocumentWrite {
  const d = x.document;
  const counts = new Map<string, number>();
  for (const m of x.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return {
    properties: {
      id: d.id, source: d.source, title: d.title, publisher: d.publisher ?? null, author: d.author ?? null,
      date: d.date ?? null, length: d.length, text: d.text,
      mentionSpans: JSON.stringify(x.mentions.map((m) => [m.entityId, m.start, m.end])),
      url: d.url ?? null, language: d.language ?? null, format: d.format, pages: d.pages,
      contentHash: d.contentHash, fileName: d.fileName, size: d.size, year: yearOf(d.date),
    },
    mentions: [...counts].map(([entityId, count]) => ({ entityId, count })),
  };
}

export interface MergedRelations {
  /** Stored relationships left with no evidence, by source, to delete. */
  emptied: { source: string; refs: string[] }[];
  created: RelationCreate[];
  updated: RelationUpdate[];
}

/**
 * Starts from what the stored relationships say without the documents in `dropped` (the versions
 * this batch replaces and the batch's own ids), then adds each fresh document's evidence in batch
 * order.
 */
export function mergeRelations(stored: readonly StoredRelationRow[], fresh: readonly Extraction[], dropped: ReadonlySet<string>): MergedRelations {
  const merged = new Map<string, RelationKey & { id?: string; ref?: string; items: Evidence[] }>();
  for (const r of stored) {
    const items = r.evidence.map((s) => JSON.parse(s) as Evidence).filter((_, i) => !dropped.has(r.evidenceDocs[i]!));
    merged.set(keyOf(r), { source: r.source, type: r.type, target: r.target, ref: r.ref, items });
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
  const created: RelationCreate[] = [];
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
  return {
    emptied: [...emptied].map(([source, refs]) => ({ source, refs })),
    created,
    updated: [...updated].map(([source, properties]) => ({ source, properties })),
  };
}
