/**
 * @module sentenceRelation: a relation with the sentence or line it was read from as its evidence,
 * as every relate stage builds one: its id from its ends and type, the quote cut from the text.
 */
import { relationshipId, type RelationType } from '../../cypher/ontology.ts';
import type { Evidence, Relation } from '../types.ts';

/** What a stage says about the reading beyond where it stands: its rule, confidence and qualifiers. */
export type Reading = Omit<Evidence, 'doc' | 'quote' | 'start' | 'end' | 'page'>;

export function sentenceRelation(
  text: string, docId: string, span: { start: number; end: number },
  source: string, type: RelationType, target: string, reading: Reading,
): Relation {
  return {
    id: relationshipId(source, type, target), type, source, target,
    evidence: { doc: docId, quote: text.slice(span.start, span.end), start: span.start, end: span.end, ...reading },
  };
}
