/**
 * @module A law described as in force ("the so-called Yarovaya law requiring all providers to store
 * data") in a sentence that names no lawmaker is the law of the country the document is about:
 * articles name the country once and then write "the law". The rule fires only when the law's own
 * country (if the catalog knows it) is that country, and at low confidence, since it reads context.
 */
import type { Catalog } from '../catalog.ts';
import { stateNamed } from '../catalog.ts';
import { defineStage } from '../stage.ts';
import type { Entity, Reference, Relation, Sentence } from '../types.ts';
import { isNegated, statusOf, yearOf } from './qualifiers.ts';
import { relationshipId } from '../../cypher/ontology.ts';

/** Words that show a law binding someone, as opposed to being merely named. */
const IN_FORCE = /\b(?:requir(?:es|ed|ing)|mandat(?:es|ed|ing)|oblig(?:es|ed|ing)|prohibit(?:s|ed|ing)|forc(?:es|ed|ing)|compels?|compelled)\b/i;
const LAWMAKERS = new Set(['State', 'Agency', 'Place']);
const CONFIDENCE = 0.5;

export function lawsInForce(sentences: readonly Sentence[], refs: readonly Reference[], entities: readonly Entity[], docId: string, catalog: Catalog): Relation[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const stateCounts = new Map<string, number>();
  for (const r of refs) if (r.type === 'State' && !r.anaphor) stateCounts.set(r.entityIds[0], (stateCounts.get(r.entityIds[0]) ?? 0) + 1);
  const mainStateId = [...stateCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!mainStateId) return [];
  const mainState = byId.get(mainStateId)!;
  const found: Relation[] = [];
  for (const s of sentences) {
    const here = refs.filter((r) => r.sentence === s.index);
    if (here.some((r) => LAWMAKERS.has(r.type)) || !IN_FORCE.test(s.text)) continue;
    for (const law of here.filter((r) => r.type === 'Law')) {
      const entity = byId.get(law.entityIds[0])!;
      const lawCountry = entity.country ? stateNamed(catalog, entity.country)?.name ?? entity.country : undefined;
      if (lawCountry && lawCountry !== mainState.name) continue;
      if (isNegated(s.text.slice(0, law.start - s.start), s.text.slice(law.start - s.start, law.end - s.start))) continue;
      const year = yearOf(s.text);
      const status = statusOf(s.text);
      found.push({
        id: relationshipId(mainStateId, 'ENACTED', entity.id),
        type: 'ENACTED',
        source: mainStateId,
        target: entity.id,
        evidence: {
          doc: docId, quote: s.text, start: s.start, end: s.end, rule: 'law-in-force-in-document-country', confidence: CONFIDENCE,
          ...(year ? { year } : {}), ...(status ? { status } : {}),
          detail: `${mainState.name} is the country the document names most`,
        },
      });
    }
  }
  return found;
}

export const lawsInForceStage = defineStage({
  name: 'AttributeLawsInForce',
  requires: ['sentences', 'resolution', 'docId'],
  assigns: 'lawCandidates',
  run: (w, o) => lawsInForce(w.sentences, w.resolution.references, w.resolution.entities, w.docId, o.catalog),
});
