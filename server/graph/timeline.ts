/**
 * @module Facts placed in time: each evidence item of the relationships among a set of entities, at
 * the year a person set on review, else the year its sentence states, else at its document's year
 * (marked so: the document is not the event), else undated, visibly. What the timeline panel draws
 * and `POST /api/timeline` answers.
 */
import { RELATION_TYPES, type RelationType } from '../../cypher/ontology.ts';
import type { Repository } from '../../cypher/repository.ts';
import type { z } from 'zod';
import { TIMELINE_MAX_EVIDENCE, TIMELINE_MAX_RELATIONSHIPS, type TimelineItemSchema } from '../schemas/timeline.ts';
import { parseEvidence } from './evidence.ts';

/** How an item's year was found: set by a person's review, stated in its sentence, taken from its document's date, or none. */
export type Dating = z.infer<typeof TimelineItemSchema>['dated'];

export interface TimelineItem {
  relationship: string;
  type: string;
  source: string;
  target: string;
  status?: string;
  year?: number;
  dated: Dating;
  doc: string;
  documentTitle: string;
  quote: string;
}

export interface Timeline {
  items: TimelineItem[];
  /** First and last year of the dated items; absent when none is dated. */
  span?: { from: number; to: number };
  undated: number;
  /** More relationships than the limit were among the entities: the first, in id order, are placed. */
  truncated: boolean;
  /** Evidence items of the relationships placed that were left out, beyond the per-relationship limit. */
  omitted: number;
}

export interface TimelineLimits {
  maxRelationships: number;
  maxEvidence: number;
}

/** The year a document's date states ("2019-06-03", "June 2019", "WASHINGTON, November 3, 2021"). */
export function yearOf(date: string | null | undefined): number | undefined {
  const m = /\b(1[89]\d\d|20\d\d)\b/.exec(date ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * `relIds` narrows the answer to those relationships among the entities (the edges a view draws);
 * `limits` bound it, and the answer says what they left out.
 */
export async function timeline(repo: Repository, ids: readonly string[], relTypes: readonly RelationType[] = RELATION_TYPES, relIds: readonly string[] | null = null,
  limits: TimelineLimits = { maxRelationships: TIMELINE_MAX_RELATIONSHIPS, maxEvidence: TIMELINE_MAX_EVIDENCE }): Promise<Timeline> {
  const read = await repo.read('timeline', { ids, relTypes, relIds, ...limits });
  // The query reads one relationship past the limit: its presence is what says the answer was cut.
  const truncated = read.length > limits.maxRelationships;
  const rows = read.slice(0, limits.maxRelationships);
  const omitted = rows.reduce((sum, row) => sum + row.evidenceTotal - row.evidence.length, 0);
  const items = rows.flatMap((row) => {
    const docs = new Map(row.documents.map((d) => [d.id, d]));
    const r = row.relationship;
    return parseEvidence(row.evidence).map((e): TimelineItem => {
      const doc = docs.get(e.doc);
      const fromDocument = yearOf(doc?.date);
      // A year set on review outranks what the sentence says, as it does everywhere else.
      const corrected = r.correctedYears?.length ? Math.min(...r.correctedYears) : undefined;
      const [year, dated]: [number | undefined, Dating] = corrected !== undefined ? [corrected, 'corrected']
        : e.year != null ? [e.year, 'stated'] : fromDocument ? [fromDocument, 'document'] : [undefined, 'undated'];
      return {
        relationship: r.id, type: r.type, source: r.source, target: r.target,
        ...(r.status ? { status: r.status } : {}), ...(year ? { year } : {}), dated,
        doc: e.doc, documentTitle: doc?.title ?? e.doc, quote: e.quote,
      };
    });
  }).sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.relationship.localeCompare(b.relationship));
  const years = items.flatMap((i) => (i.year ? [i.year] : []));
  return {
    items,
    ...(years.length ? { span: { from: Math.min(...years), to: Math.max(...years) } } : {}),
    undated: items.filter((i) => i.dated === 'undated').length,
    truncated,
    omitted,
  };
}
