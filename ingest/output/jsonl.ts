/** @module The dry-run format: one JSON object per relation, readable without the graph. */
import type { Extraction, Relation } from '../types.ts';

export interface RelationLine {
  subject: { name: string; type: string };
  relation: string;
  object: { name: string; type: string };
  document: string;
  quote: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
  /** Present when the sentence states one. */
  status?: string;
  year?: number;
}

export function relationToLine(relation: Relation, extraction: Extraction): RelationLine {
  const entity = (id: string) => {
    const e = extraction.entities.find((x) => x.id === id)!;
    return { name: e.name, type: e.type };
  };
  return {
    subject: entity(relation.source),
    relation: relation.type,
    object: entity(relation.target),
    document: extraction.document.source,
    quote: relation.evidence.quote,
    start: relation.evidence.start,
    end: relation.evidence.end,
    confidence: relation.evidence.confidence,
    rule: relation.evidence.rule,
    ...(relation.evidence.status ? { status: relation.evidence.status } : {}),
    ...(relation.evidence.year ? { year: relation.evidence.year } : {}),
  };
}

/** One line of JSONL (no trailing newline). */
export function relationToJsonl(relation: Relation, extraction: Extraction): string {
  return JSON.stringify(relationToLine(relation, extraction));
}

export function extractionToJsonl(extraction: Extraction): string[] {
  return extraction.relations.map((r) => relationToJsonl(r, extraction));
}
