/**
 * @module Answers about the service itself: health, counts, and the ontology as the explorer reads it.
 */
import { z } from 'zod';
import { LINE_DASHES } from '../../cypher/ontology.ts';

export const HealthAnswer = z.object({
  status: z.literal('ok'),
  neo4j: z.object({ version: z.string(), edition: z.string(), origin: z.enum(['external', 'embedded']) }),
});
export const Unhealthy = z.object({ error: z.string(), message: z.string(), details: z.object({ reason: z.string() }) });
export const Counts = z.object({ total: z.number().int(), byType: z.record(z.string(), z.number().int()) });
export const StatsAnswer = z.object({
  entities: Counts,
  relationships: Counts,
  documents: z.number().int(),
  lastIngest: z.string().nullable(),
});
export const OntologyAnswer = z.object({
  entityTypes: z.array(z.object({
    name: z.string(), display: z.string(), plural: z.string(), shape: z.string(), color: z.string(), note: z.string(),
  })),
  relationTypes: z.array(z.object({
    name: z.string(), display: z.string(), inverse: z.string(), color: z.string(),
    dash: z.enum(LINE_DASHES).describe('How the line is drawn besides its colour, so types stay apart in greyscale'), directed: z.boolean(),
    from: z.array(z.string()), to: z.array(z.string()), note: z.string(),
  })),
  linkStatuses: z.array(z.string()),
});

export const AboutAnswer = z.object({
  publicUrl: z.string().nullable().describe('PUBLIC_URL: where readers reach the explorer; null means the address the browser used'),
});

export type AboutAnswer = z.infer<typeof AboutAnswer>;
export type HealthAnswer = z.infer<typeof HealthAnswer>;
export type StatsAnswer = z.infer<typeof StatsAnswer>;
