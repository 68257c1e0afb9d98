/**
 * @module A relationship with every evidence sentence, each cited with its document.
 */
import { z } from 'zod';
import { AnalystEvidenceSchema, StoredEvidenceSchema } from '../graph/evidence.ts';
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
  key: z.string().describe('`<doc>@<start>-<end>`: how a person marks this item as not supporting the fact'),
  disputed: z.boolean().describe('A person said this sentence does not support the fact'),
});
export const RelationshipAnswer = z.object({
  relationship: EdgeDataSchema.extend({ sourceName: z.string(), targetName: z.string() }),
  curation: z.object({
    version: z.number().int().describe('Send it back with a change: a change someone made since is a 409'),
    reviewedBy: z.string().optional(),
    reviewedAt: z.string().optional(),
    reviewNote: z.string().optional(),
    correctedTo: z.string().optional().describe('Rejected as corrected: the id of its replacement'),
    correctedFrom: z.string().optional().describe('The id of the relationship this one corrected'),
    correctedStatus: z.string().optional(),
    correctedYears: z.array(z.number().int()).optional(),
  }),
  evidence: z.array(EvidenceAnswer),
  analystEvidence: z.array(AnalystEvidenceSchema.extend({ documentTitle: z.string().optional() })).describe('Support added by hand: a quote from a stored document, an external source, or an analyst note (lower standing)'),
});

export type EvidenceAnswer = z.infer<typeof EvidenceAnswer>;
export type RelationshipAnswer = z.infer<typeof RelationshipAnswer>;
