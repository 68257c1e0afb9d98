/**
 * @module removeDuplicateEvidence: when two rules draw the same fact from the same sentence, keep
 * the more confident one, so one sentence never counts twice as evidence for one relationship.
 * The same fact from different sentences stays: each sentence is its own evidence. An undirected
 * fact read both ways from one sentence ("a partnership between A and B") is one fact.
 */
import { relationTypeInfo } from '../../cypher/ontology.ts';
import { defineStage } from '../stage.ts';
import type { Relation } from '../types.ts';

export function keepBestEvidence(relations: readonly Relation[]): Relation[] {
  const best = new Map<string, Relation>();
  for (const r of relations) {
    const ends = relationTypeInfo(r.type).directed ? `${r.source}|${r.target}` : [r.source, r.target].sort().join('|');
    const key = `${r.type}|${ends}|${r.evidence.start}`;
    const kept = best.get(key);
    if (!kept || r.evidence.confidence > kept.evidence.confidence) best.set(key, r);
  }
  return [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start || a.type.localeCompare(b.type));
}

export const removeDuplicateEvidence = defineStage({
  name: 'removeDuplicateEvidence',
  requires: ['distinctPairs'],
  assigns: 'relations',
  run: (w) => keepBestEvidence(w.distinctPairs),
});
