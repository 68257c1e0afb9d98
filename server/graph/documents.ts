/**
 * @module Document shapes of the API contract and the conversion from stored properties, mention
 * spans included (stored at ingest time, so showing a document never re-runs extraction).
 */
import type { DocumentRow } from '../../cypher/rows.ts';
import { DocumentSummary, type DocumentAnswer } from '../schemas/documents.ts';
import { formatCitation } from './citation.ts';

/** Neo4j temporal values and strings alike become ISO-ish text; absent optional fields are left out. */
export function toSummary(d: DocumentRow): DocumentSummary {
  const source = d.source ?? '';
  // Documents stored before formats were read are text, one page, known by their source's name.
  const fileName = d.fileName ?? source.slice(source.lastIndexOf('/') + 1);
  const format = DocumentSummary.shape.format.safeParse(d.format);
  return {
    id: d.id,
    title: d.title ?? d.source ?? d.id,
    source,
    ...(d.publisher ? { publisher: d.publisher } : {}),
    ...(d.author ? { author: d.author } : {}),
    ...(d.date != null ? { date: String(d.date) } : {}),
    ...(d.language ? { language: d.language } : {}),
    ...(d.url ? { url: d.url } : {}),
    format: format.success ? format.data : 'text',
    pages: d.pages ?? 1,
    fileName,
    size: d.size ?? 0,
    contentHash: d.contentHash ?? '',
    length: d.length ?? d.text?.length ?? 0,
    ingestedAt: d.ingestedAt == null ? '' : String(d.ingestedAt),
    citation: formatCitation({ ...d, fileName }),
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
