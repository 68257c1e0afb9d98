/**
 * @module Turns extractions into the rows of the raw UNWIND write (cypher/bench/raw_write.cypher),
 * merged per batch the way the stored model merges them: one entity per id, one relationship per id
 * with all its evidence, split into relationships to create and relationships to extend.
 */
import type { ParamsOf } from '../../cypher/repository.ts';
import type { Extraction } from '../../ingest/types.ts';

export type RawWriteRows = ParamsOf<'rawWrite'>;

/** `written` holds the ids of relationships earlier batches wrote; this batch's new ones are added to it. */
export function rawWriteRows(batch: readonly Extraction[], ingestedAt: string, written: Set<string>): RawWriteRows {
  const entities = new Map<string, Record<string, unknown>>();
  const relationships = new Map<string, { id: string; source: string; target: string; type: string; evidence: string[]; evidenceDocs: string[]; confidence: number; years: number[]; status: string | null }>();
  const documents = batch.map((x) => {
    for (const e of x.entities) {
      entities.set(e.id, { id: e.id, name: e.name, type: e.type, aliases: e.aliases, aliasText: e.aliases.join(' '), country: e.country ?? null, origin: e.origin });
    }
    const counts = new Map<string, number>();
    for (const m of x.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    for (const rel of x.relations) {
      const r = relationships.get(rel.id) ?? { id: rel.id, source: rel.source, target: rel.target, type: rel.type, evidence: [], evidenceDocs: [], confidence: 0, years: [], status: null };
      r.evidence.push(JSON.stringify(rel.evidence));
      r.evidenceDocs.push(rel.evidence.doc);
      r.confidence = Math.max(r.confidence, rel.evidence.confidence);
      if (rel.evidence.year !== undefined && !r.years.includes(rel.evidence.year)) r.years.push(rel.evidence.year);
      r.status = rel.evidence.status ?? r.status;
      relationships.set(rel.id, r);
    }
    const { id, source, title, publisher, author, date, length, text } = x.document;
    return {
      props: { id, source, title, publisher: publisher ?? null, author: author ?? null, date: date ?? null, length, text, ingestedAt },
      mentions: [...counts].map(([entity, count]) => ({ id: entity, count })),
    };
  });
  const rows = [...relationships.values()].map((r) => ({ ...r, evidenceCount: r.evidence.length }));
  const created = rows.filter((r) => !written.has(r.id));
  for (const r of created) written.add(r.id);
  return { entities: [...entities.values()], documents, created, extended: rows.filter((r) => !created.includes(r)) };
}
