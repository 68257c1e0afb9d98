/**
 * @module removeOverlappingMentions: one mention per span of text. The longer name wins ("Moscow
 * Center for SPARC Technologies" over "Moscow"); at equal length the catalog wins over discovery,
 * because a curated identity beats a guess from the shape of a name, and a law's or term's shape
 * over a bare run of proper nouns.
 */
import { defineStage } from '../stage.ts';
import type { Mention } from '../types.ts';

const RANK: Record<string, number> = { catalog: 0, 'law-shape': 1, term: 1, 'quoted-name': 1 };
const rank = (m: Mention) => RANK[m.rule] ?? 2;

export function removeOverlapping(mentions: readonly Mention[]): Mention[] {
  const ranked = [...mentions].sort((a, b) =>
    (b.end - b.start) - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of ranked) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export const removeOverlappingMentions = defineStage({
  name: 'removeOverlappingMentions',
  requires: ['catalogMentions', 'namedMentions', 'termMentions'],
  assigns: 'mentions',
  run: (w) => removeOverlapping([...w.catalogMentions, ...w.namedMentions, ...w.termMentions]),
});
