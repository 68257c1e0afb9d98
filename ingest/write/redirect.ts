/**
 * @module Names an analyst merged away land on the survivor: an extraction rewritten so that every
 * entity, mention and relation naming a merged id names the entity it was merged into instead, its
 * name kept as an alias. Without this, the next document naming the merged entity would bring it
 * back beside the survivor, undoing the merge in silence.
 */
import { relationshipId } from '../../cypher/ontology.ts';
import type { EntityType } from '../../cypher/ontology.ts';
import type { Extraction } from '../types.ts';

/** A merged-away id and the survivor it now means, with the survivor's stored type. */
export interface Redirect {
  survivor: string;
  type: EntityType;
}

export function redirectExtraction(x: Extraction, redirects: ReadonlyMap<string, Redirect>): Extraction {
  if (!redirects.size) return x;
  const to = (id: string) => redirects.get(id)?.survivor ?? id;
  return {
    ...x,
    entities: x.entities.map((e) => {
      const r = redirects.get(e.id);
      // Discovered, so the merged name never replaces the survivor's as a catalog name would; the
      // survivor's type, so it gains no second type label; no country, so the survivor's stands.
      return r ? { id: r.survivor, name: e.name, type: r.type, aliases: [e.name, ...e.aliases], origin: 'discovered' as const } : e;
    }),
    mentions: x.mentions.map((m) => ({ ...m, entityId: to(m.entityId) })),
    relations: x.relations
      .map((rel) => ({ ...rel, source: to(rel.source), target: to(rel.target), id: relationshipId(to(rel.source), rel.type, to(rel.target)) }))
      .filter((rel) => rel.source !== rel.target),
  };
}
