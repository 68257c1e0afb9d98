/**
 * @module Answers about documents: the list, one document with its mention and evidence spans, and
 * what an upload (or its dry run) extracted.
 */
import { z } from 'zod';
import { EntityOriginSchema, EntityTypeSchema } from '../../cypher/ontology.ts';

export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  date: z.string().optional(),
  length: z.number().int(),
  ingestedAt: z.string(),
});

export const DocumentAnswer = z.object({
  document: DocumentSummary.extend({ text: z.string() }),
  mentions: z.array(z.object({ entityId: z.string(), name: z.string(), type: z.string(), start: z.number().int(), end: z.number().int() })),
  evidence: z.array(z.object({
    relationshipId: z.string(), type: z.string(), sourceName: z.string(), targetName: z.string(),
    start: z.number().int(), end: z.number().int(),
  })),
});
export const IngestAnswer = z.object({
  status: z.enum(['added', 'replaced', 'unchanged', 'preview']),
  document: z.object({
    id: z.string(), title: z.string(), source: z.string(), publisher: z.string().optional(), author: z.string().optional(),
    date: z.string().optional(), length: z.number().int(),
  }),
  entities: z.array(z.object({
    id: z.string(), name: z.string(), type: EntityTypeSchema, aliases: z.array(z.string()), country: z.string().optional(),
    origin: EntityOriginSchema,
  })),
  relations: z.array(z.object({
    id: z.string(), type: z.string(), source: z.string(), target: z.string(), confidence: z.number(),
    year: z.number().int().optional(), status: z.string().optional(),
    evidence: z.object({ quote: z.string(), start: z.number().int(), end: z.number().int(), rule: z.string(), detail: z.string().optional() }),
  })),
});

export type DocumentSummary = z.infer<typeof DocumentSummary>;
export type DocumentAnswer = z.infer<typeof DocumentAnswer>;
export type IngestAnswer = z.infer<typeof IngestAnswer>;
