/**
 * @module dropSelfRelations: "Rostec includes Rostec" is never a fact; it appears when two
 * spellings in one sentence resolve to the same entity.
 */
import { defineStage } from '../stage.ts';
import type { Relation } from '../types.ts';

export function dropSelf(relations: readonly Relation[]): Relation[] {
  return relations.filter((r) => r.source !== r.target);
}

export const dropSelfRelations = defineStage({
  name: 'dropSelfRelations',
  requires: ['allowedRelations'],
  assigns: 'distinctPairs',
  run: (w) => dropSelf(w.allowedRelations),
});
