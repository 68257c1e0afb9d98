/**
 * @module Answers about entities: one entity with its relationship counts and documents, the most
 * mentioned, and search results.
 */
import { z } from 'zod';
import { EntityTypeSchema } from '../../cypher/ontology-schemas.ts';
import { NodeDataSchema } from './graph.ts';

export const EntityAnswer = z.object({
  entity: NodeDataSchema,
  version: z.number().int().describe('Send it back with a change: a change someone made since is a 409'),
  relationships: z.array(z.object({ type: z.string(), direction: z.enum(['out', 'in']), count: z.number().int() })),
  documents: z.array(z.object({ id: z.string(), title: z.string(), source: z.string(), mentions: z.number().int() })),
});
export const MostMentionedAnswer = z.object({
  results: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), documents: z.number().int() })),
});
export const SearchResult = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  country: z.string().optional(),
  aliases: z.array(z.string()),
  score: z.number(),
});

export type EntityAnswer = z.infer<typeof EntityAnswer>;
export type SearchResult = z.infer<typeof SearchResult>;
