/**
 * @module RemoveOverlappingMentions: one mention per span of text. The longer name wins ("Moscow
 * Center for SPARC Technologies" over "Moscow"); at equal length the catalog wins over discovery,
 * because a curated identity beats a guess from the shape of a name.
 */
import { defineStage } from '../stage.ts';
import type { Mention } from '../types.ts';

export function removeOverlappingMentions(mentions: readonly Mention[]): Mention[] {
  const ranked = [...mentions].sort((a, b) =>
    (b.end - b.start) - (a.end - a.start)
    || (a.origin === b.origin ? 0 : a.origin === 'catalog' ? -1 : 1)
    || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of ranked) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export const removeOverlaps = defineStage({
  name: 'RemoveOverlappingMentions',
  requires: ['catalogMentions', 'discoveredMentions'],
  assigns: 'mentions',
  run: (w) => removeOverlappingMentions([...w.catalogMentions, ...w.discoveredMentions]),
});
