/**
 * @module addPageNumbers: each piece of evidence from a document with pages (a PDF) carries the page
 * its quote starts on, so a citation can say "p. 3" without the reader opening the document.
 */
import { PAGE_BREAK, pageAt } from '../../cypher/pages.ts';
import { defineStage } from '../stage.ts';
import type { Relation } from '../types.ts';

export function withPages(relations: readonly Relation[], text: string): Relation[] {
  if (!text.includes(PAGE_BREAK)) return [...relations];
  return relations.map((r) => ({ ...r, evidence: { ...r.evidence, page: pageAt(text, r.evidence.start) } }));
}

export const addPageNumbers = defineStage({
  name: 'addPageNumbers',
  requires: ['relations', 'text'],
  assigns: 'citedRelations',
  run: (w) => withPages(w.relations, w.text),
});
