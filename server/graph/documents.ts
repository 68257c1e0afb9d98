/**
 * @module Document shapes of the API contract and the conversion from stored properties, mention
 * spans included (stored at ingest time, so showing a document never re-runs extraction).
 */
import type { DocumentRow } from '../../cypher/rows.ts';
import type { DocumentAnswer, DocumentSummary } from '../schemas/documents.ts';

/** Neo4j temporal values and strings alike become ISO-ish text; absent optional fields are left out. */
export function toSummary(d: DocumentRow): DocumentSummary {
  return {
    id: d.id,
    title: d.title ?? d.source ?? d.id,
    source: d.source ?? '',
    ...(d.publisher ? { publisher: d.publisher } : {}),
    ...(d.author ? { author: d.author } : {}),
    ...(d.date != null ? { date: String(d.date) } : {}),
    length: d.length ?? d.text?.length ?? 0,
    ingestedAt: d.ingestedAt == null ? '' : String(d.ingestedAt),
  };
}


/**
 * The stored spans (`[[entityId, start, end], ...]`, cypher/README.md) of the entities the graph
 * still links to the document, in text order. Malformed data yields no spans rather than an error:
 * the text and its evidence still show.
 */
export function mentionSpans(stored: string | null | undefined, linked: readonly { id: string; name: string; type: string }[]): DocumentAnswer['mentions'] {
  const entities = new Map(linked.map((e) => [e.id, e]));
  let triples: unknown;
  try {
    triples = JSON.parse(stored ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(triples)) return [];
  return triples.flatMap((t: unknown) => {
    if (!Array.isArray(t) || typeof t[0] !== 'string' || typeof t[1] !== 'number' || typeof t[2] !== 'number') return [];
    const e = entities.get(t[0]);
    return e ? [{ entityId: e.id, name: e.name, type: e.type, start: t[1], end: t[2] }] : [];
  }).sort((a, b) => a.start - b.start);
}
