/**
 * @module DropSelfRelations: "Rostec includes Rostec" is never a fact; it appears when two
 * spellings in one sentence resolve to the same entity.
 */
import { defineStage } from '../stage.ts';
import type { Relation } from '../types.ts';

export function dropSelfRelations(relations: readonly Relation[]): Relation[] {
  return relations.filter((r) => r.source !== r.target);
}

export const dropSelf = defineStage({
  name: 'DropSelfRelations',
  requires: ['allowedRelations'],
  assigns: 'distinctPairs',
  run: (w) => dropSelfRelations(w.allowedRelations),
});
