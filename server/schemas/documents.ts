/**
 * @module Answers about documents: the list, one document with its mention and evidence spans, and
 * what an upload (or its dry run) extracted.
 */
import { z } from 'zod';
import { EntityOriginSchema, EntityTypeSchema } from '../../cypher/ontology-schemas.ts';

export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  date: z.string().optional(),
  language: z.string().optional(),
  url: z.string().optional().describe('Where the document was published or fetched from'),
  format: z.enum(['text', 'html', 'pdf', 'docx']),
  pages: z.number().int().describe('Pages of a PDF (in the text, separated by form feeds); 1 for other formats'),
  fileName: z.string(),
  size: z.number().int().describe('Bytes of the file as read'),
  contentHash: z.string().describe('sha256 of the file as read, hex'),
  length: z.number().int(),
  ingestedAt: z.string(),
  citation: z.string().describe('Title, publisher, date, URL or file name, in the one citation style'),
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
    date: z.string().optional(), language: z.string().optional(), url: z.string().optional(),
    format: z.enum(['text', 'html', 'pdf', 'docx']), pages: z.number().int(), fileName: z.string(), size: z.number().int(), contentHash: z.string(),
    length: z.number().int(),
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

export const DocumentSearchHit = z.object({
  document: DocumentSummary,
  score: z.number(),
  snippets: z.array(z.object({
    start: z.number().int().describe('Offset of the snippet in the document text'),
    end: z.number().int(),
    page: z.number().int().describe('The page the first match of the snippet is on'),
    text: z.string().describe('The text around the matches; plain text, to be shown as text'),
    highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })).describe('Matched words, as offsets into the snippet text'),
    entities: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })).describe('Entities the snippet names'),
  })),
});

export const DocumentSearchAnswer = z.object({
  total: z.number().int().describe('Documents that match, all pages of results'),
  results: z.array(DocumentSearchHit),
});

export type DocumentSearchHit = z.infer<typeof DocumentSearchHit>;
export type DocumentSearchAnswer = z.infer<typeof DocumentSearchAnswer>;
