/**
 * @module The graph shapes of the API contract (server/API.md) as zod schemas, shared by every route
 * that answers with Cytoscape elements, and the one place rows from cypher/api/ become elements.
 */
import { z } from 'zod';
import { EntityTypeSchema, LinkStatusSchema } from '../../ingest/ontology.ts';

export const FlagSchema = z.object({
  id: z.string().describe('The sanctioning or restricting entity'),
  name: z.string(),
  type: z.string(),
  relationshipId: z.string(),
  detail: z.string().optional().describe('The program, list or order, when the evidence names one'),
});

export const NodeDataSchema = z.object({
  id: z.string(),
  label: z.string(),
  type: EntityTypeSchema,
  country: z.string().optional(),
  aliases: z.array(z.string()),
  origin: z.enum(['catalog', 'discovered']),
  flags: z.object({
    sanctionedBy: z.array(FlagSchema),
    restrictedBy: z.array(FlagSchema),
    omitted: z.number().int().optional().describe('Flags not listed: graph answers list 10 of each kind, GET /api/entities/:id up to 500'),
  }).optional(),
});

export const EdgeDataSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  confidence: z.number(),
  evidenceCount: z.number().int(),
  years: z.array(z.number().int()),
  // Older or hand-written data may carry a status word outside the list; the UI shows it as text.
  status: z.union([LinkStatusSchema, z.string()]).optional(),
});

export const TruncatedSchema = z.object({
  omitted: z.number().int().describe('Neighbours left out by the limit'),
  limit: z.number().int(),
});

export const GraphSchema = z.object({
  nodes: z.array(z.object({ data: NodeDataSchema })),
  edges: z.array(z.object({ data: EdgeDataSchema })),
  truncated: TruncatedSchema.optional(),
});

export type Flag = z.infer<typeof FlagSchema>;
export type NodeData = z.infer<typeof NodeDataSchema>;
export type EdgeData = z.infer<typeof EdgeDataSchema>;
export type Graph = z.infer<typeof GraphSchema>;

/** An entity as the queries return it: `e { .id, .name, .type, .country, .aliases, .origin }`. */
export interface EntityRow {
  id: string;
  name: string;
  type: string;
  country?: string | null;
  aliases?: string[] | null;
  origin?: string | null;
}

/** A relationship as the queries return it (see edges_among.cypher). */
export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  confidence?: number | null;
  evidenceCount?: number | null;
  years?: number[] | null;
  status?: string | null;
}

export function toNodeData(row: EntityRow): NodeData {
  return {
    id: row.id,
    label: row.name,
    type: EntityTypeSchema.parse(row.type),
    ...(row.country ? { country: row.country } : {}),
    aliases: row.aliases ?? [],
    origin: row.origin === 'catalog' ? 'catalog' : 'discovered',
  };
}

export function toEdgeData(row: EdgeRow): EdgeData {
  return {
    id: row.id,
    source: row.source,
    target: row.target,
    type: row.type,
    confidence: row.confidence ?? 0,
    evidenceCount: row.evidenceCount ?? 0,
    years: row.years ?? [],
    ...(row.status ? { status: row.status } : {}),
  };
}
