/**
 * @module Where a document names its entities. The graph stores MENTIONS counts, not spans, so the
 * spans are recomputed by running ingest's own extraction on the stored text: the same rules that
 * built the graph mark the text, and only entities the graph links to the document are kept.
 */
import { extractDocument } from '../../ingest/index.ts';

export interface MentionSpan { entityId: string; name: string; type: string; start: number; end: number }

/**
 * Extraction takes ~100 ms of CPU for a long article and blocks the event loop meanwhile. A document
 * id is the hash of its text, so spans for an id only change with the catalog (a restart); the most
 * recently opened documents are kept.
 */
const CACHE_SIZE = 50;
const cache = new Map<string, MentionSpan[]>();

export function mentionSpans(doc: { id: string; source: string; title: string; text: string }, linked: ReadonlySet<string>): MentionSpan[] {
  const key = `${doc.id} ${[...linked].sort().join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const x = extractDocument({ source: doc.source, data: doc.text, title: doc.title });
  const entities = new Map(x.entities.map((e) => [e.id, e]));
  const spans = x.mentions
    .filter((m) => linked.has(m.entityId) && entities.has(m.entityId))
    .map((m) => ({ entityId: m.entityId, name: entities.get(m.entityId)!.name, type: entities.get(m.entityId)!.type, start: m.start, end: m.end }))
    .sort((a, b) => a.start - b.start);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, spans);
  return spans;
}
