/**
 * @module A relationship with every evidence sentence, each cited with its document.
 */
import { z } from 'zod';
import { StoredEvidenceSchema } from '../graph/evidence.ts';
import { EdgeDataSchema } from './graph.ts';

/** The stored item (graph/evidence.ts) as citeEvidence answers it: its document beside it, absent fields left out. */
export const EvidenceAnswer = StoredEvidenceSchema.extend({
  documentTitle: z.string(),
  citation: z.string().describe('Title, publisher, date, URL or file name, and page, in the one citation style'),
  publisher: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  page: z.number().int().optional().describe('The page the quote starts on, for documents with pages'),
  year: z.number().int().optional(),
  status: z.string().optional(),
  detail: z.string().optional(),
});
export const RelationshipAnswer = z.object({
  relationship: EdgeDataSchema.extend({ sourceName: z.string(), targetName: z.string() }),
  evidence: z.array(EvidenceAnswer),
});

export type EvidenceAnswer = z.infer<typeof EvidenceAnswer>;
export type RelationshipAnswer = z.infer<typeof RelationshipAnswer>;
