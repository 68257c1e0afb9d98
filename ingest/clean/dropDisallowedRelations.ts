/**
 * @module dropDisallowedRelations: a candidate whose ends the ontology does not allow for its type
 * is dropped. Rules already only match allowed slot types; this guard also covers pronouns standing
 * for several entities and any rule added later, so nothing the ontology forbids reaches the graph.
 */
import { allowsRelation } from '../../cypher/ontology.ts';
import { defineStage } from '../stage.ts';
import type { Entity, Relation } from '../types.ts';

export function dropDisallowed(relations: readonly Relation[], entities: readonly Entity[]): Relation[] {
  const types = new Map(entities.map((e) => [e.id, e.type]));
  return relations.filter((r) => {
    const from = types.get(r.source);
    const to = types.get(r.target);
    return from !== undefined && to !== undefined && allowsRelation(r.type, from, to);
  });
}

export const dropDisallowedRelations = defineStage({
  name: 'dropDisallowedRelations',
  requires: ['candidates', 'listCandidates', 'infoboxCandidates', 'locationCandidates', 'armCandidates', 'titleCandidates', 'resolution'],
  assigns: 'allowedRelations',
  run: (w) => dropDisallowed([...w.candidates, ...w.listCandidates, ...w.infoboxCandidates, ...w.locationCandidates, ...w.armCandidates, ...w.titleCandidates], w.resolution.entities),
});
