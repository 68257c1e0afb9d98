/**
 * @module Where a document names the entities it mentions. The graph stores only MENTIONS counts, so
 * spans are found again in the stored text from each entity's name and aliases.
 */

export interface Mentioned { id: string; name: string; type: string; aliases?: string[] | null }
export interface MentionSpan { entityId: string; name: string; type: string; start: number; end: number }

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Acronyms (FSB, ZTE) are matched case-sensitively; longer names also in other cases. */
const CASE_SENSITIVE_BELOW = 5;

/** Non-overlapping spans, longest name first where two overlap, in text order. */
export function mentionSpans(text: string, entities: readonly Mentioned[]): MentionSpan[] {
  const candidates: MentionSpan[] = [];
  for (const e of entities) {
    const names = [...new Set([e.name, ...(e.aliases ?? [])].filter((n) => n.trim().length > 1))];
    for (const name of names) {
      const flags = name.length < CASE_SENSITIVE_BELOW ? 'gu' : 'giu';
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, flags);
      for (const m of text.matchAll(re)) {
        candidates.push({ entityId: e.id, name: e.name, type: e.type, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  candidates.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken: MentionSpan[] = [];
  for (const c of candidates) {
    if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
