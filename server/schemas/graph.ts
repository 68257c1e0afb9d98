/**
 * @module The graph shapes of the API contract (server/API.md): Cytoscape elements with sanctions
 * flags, and the answers built from them (paths, supply chains). Routes validate with these; the web
 * explorer imports their inferred types, type-only.
 */
import { z } from 'zod';
import { EntityOriginSchema, EntityTypeSchema, LinkStatusSchema, RelationTypeSchema, ReviewStatusSchema } from '../../cypher/ontology-schemas.ts';

export const FlagSchema = z.object({
  id: z.string().describe('The sanctioning or restricting entity'),
  name: z.string(),
  type: z.string(),
  relationshipId: z.string(),
  detail: z.string().optional().describe('The program, list or order, when the evidence names one'),
});

export const ListingSchema = z.object({
  list: z.string().describe('The watchlist, as its publisher names it'),
  listId: z.string(),
  entry: z.string().describe('The list entry tied to the entity'),
  entryName: z.string().describe('The name the list gives'),
  programs: z.array(z.string()),
  since: z.string().optional().describe('When the listing started, as the list says'),
  url: z.string().optional().describe('The publisher\'s page for the listing'),
  status: z.enum(['linked', 'confirmed']).describe('linked by name score, or confirmed by a person'),
  score: z.number(),
});

export const NodeDataSchema = z.object({
  id: z.string(),
  label: z.string(),
  type: EntityTypeSchema,
  country: z.string().optional(),
  aliases: z.array(z.string()),
  origin: EntityOriginSchema,
  flags: z.object({
    listed: z.array(ListingSchema).describe('On a watchlist now: one mark, with sanctionedBy (sanctioned per a document)'),
    sanctionedBy: z.array(FlagSchema),
    restrictedBy: z.array(FlagSchema).describe('Blocked or restricted in a country, per a document: a different mark'),
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
  review: ReviewStatusSchema.optional().describe('A person\'s verdict: confirmed, or rejected (shown only when asked for with rejected=true)'),
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
export type Listing = z.infer<typeof ListingSchema>;
export type NodeData = z.infer<typeof NodeDataSchema>;
export type EdgeData = z.infer<typeof EdgeDataSchema>;
export type Graph = z.infer<typeof GraphSchema>;
/** A relationship as the queries return it (see edgesAmong.cypher). */

export const PathsAnswer = z.object({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()), length: z.number().int() })),
  nodes: z.array(z.object({ data: NodeDataSchema })),
  edges: z.array(z.object({ data: EdgeDataSchema })),
});

/** One path of an answer, as the ids of its nodes and edges in the graph beside it. */
export const PathSchema = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) });

export const SupplyChainAnswer = z.object({
  root: NodeDataSchema,
  direction: z.enum(['upstream', 'downstream']),
  entries: z.array(z.object({ entity: NodeDataSchema, hops: z.number().int(), paths: z.array(PathSchema) })),
  nodes: z.array(z.object({ data: NodeDataSchema })),
  edges: z.array(z.object({ data: EdgeDataSchema })),
  truncated: z.object({ omitted: z.number().int(), limit: z.number().int() }).optional()
    .describe('Present when more entries were found than the limit: `omitted` is a floor, since the walk stops at the limit'),
  links: z.array(RelationTypeSchema).describe('Every relationship type a supply chain may follow: what `relTypes` chooses among'),
});

export type PathsAnswer = z.infer<typeof PathsAnswer>;
export type SupplyChainAnswer = z.infer<typeof SupplyChainAnswer>;
