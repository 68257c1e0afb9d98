/**
 * @module The timeline's request and answer (server/graph/timeline.ts).
 */
import { z } from 'zod';
import { RelationTypeSchema } from '../../cypher/ontology-schemas.ts';

/** Most entities one request may place: what the explorer draws at most. */
export const TIMELINE_MAX_IDS = 5_000;
/**
 * Most relationships one answer places, and most evidence items of one relationship: a view of hubs
 * with thousands of cited sentences gets a bounded answer marked as cut, not tens of megabytes.
 * 5,000 relationships is more than twice what the explorer draws at 5,000 elements (BENCHMARKS.md);
 * 25 dots of one relationship already fill its lane.
 */
export const TIMELINE_MAX_RELATIONSHIPS = 5_000;
export const TIMELINE_MAX_EVIDENCE = 25;

export const TimelineBody = z.object({
  ids: z.array(z.string().min(1).max(200)).min(1).max(TIMELINE_MAX_IDS).describe('The entities drawn: the relationships among them are placed'),
  types: z.array(RelationTypeSchema).min(1).optional().describe('Only these relationship types; all when absent'),
  relationships: z.array(z.string().min(1).max(600)).max(TIMELINE_MAX_IDS * 10).optional()
    .describe('Only these relationships among the entities (the edges drawn); all among them when absent'),
  limit: z.number().int().min(1).max(TIMELINE_MAX_RELATIONSHIPS).optional()
    .describe(`Most relationships to place, in id order (default and most: ${TIMELINE_MAX_RELATIONSHIPS}); beyond it the answer says it was cut`),
  evidencePerRelationship: z.number().int().min(1).max(TIMELINE_MAX_EVIDENCE).optional()
    .describe(`Most evidence items placed per relationship (default and most: ${TIMELINE_MAX_EVIDENCE}); the rest are counted in omitted`),
});

export const TimelineItemSchema = z.object({
  relationship: z.string(), type: z.string(), source: z.string(), target: z.string(), status: z.string().optional(),
  year: z.number().int().optional(),
  dated: z.enum(['corrected', 'stated', 'document', 'undated']).describe('corrected: a person set the year on review; stated: the sentence gives the year; document: the document\'s date does; undated: none of these'),
  doc: z.string(), documentTitle: z.string(), quote: z.string(),
});

export const TimelineAnswer = z.object({
  items: z.array(TimelineItemSchema).describe('One per evidence item, oldest first, undated last'),
  span: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  undated: z.number().int(),
  truncated: z.boolean().describe('True when more relationships than the limit are among the entities: only the first, in id order, are placed'),
  omitted: z.number().int().describe('Evidence items of the relationships placed that the answer leaves out, beyond evidencePerRelationship each'),
});
