/**
 * @module Saved investigations: named, server-stored case files holding what an analyst has on the
 * canvas (elements, positions, hidden elements, pins, filters, highlights, the timeline's period, the
 * map and timeline panels) and notes on entities,
 * relationships or the case itself; and the review queue's answer.
 */
import { z } from 'zod';
import { EdgeDataSchema } from './graph.ts';

const Id = z.string().min(1).max(500);

export const CaseNote = z.object({
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('case') }),
    z.object({ kind: z.literal('entity'), id: Id }),
    z.object({ kind: z.literal('relationship'), id: Id }),
  ]),
  text: z.string().trim().min(1).max(10_000),
  by: z.string().max(100).optional(),
  at: z.string().max(40).optional(),
});

const Year = z.number().int().min(0).max(9999);

/** The timeline's brushed period, as the share link's `tp`/`tpu` carry it. */
export const CasePeriod = z.object({
  from: Year.describe('First year, inclusive'),
  to: Year.describe('Last year, inclusive'),
  undated: z.boolean().describe('Whether relationships no sentence dates stay drawn'),
}).refine((p) => p.from <= p.to, { message: 'the period ends before it starts (from is after to)', path: ['to'] });

const Unit = z.number().min(-10).max(10);

/** The part of the world the map shows, in its projection's units at scale 1 (web/src/graph/geo-model.ts's MapBox), as the share link's `map` carries it. */
export const CaseMapBox = z.object({ x0: Unit, y0: Unit, x1: Unit, y1: Unit })
  .refine((b) => b.x0 < b.x1 && b.y0 < b.y1, { message: 'the map box has no width or height (x0 must be under x1 and y0 under y1)', path: ['x1'] });

export const CaseFile = z.object({
  nodes: z.array(Id).max(5000).describe('Entity ids on the canvas'),
  edges: z.array(Id).max(20_000).describe('Relationship ids on the canvas'),
  positions: z.record(Id, z.object({ x: z.number(), y: z.number() })).default({}),
  hidden: z.array(Id).max(25_000).default([]).describe('Elements on the canvas but hidden'),
  pinned: z.array(Id).max(5000).default([]).describe('Nodes a layout does not move'),
  highlighted: z.array(Id).max(25_000).default([]),
  filters: z.record(z.string().max(100), z.unknown()).default({}).describe('The filter panel as the explorer keeps it'),
  notes: z.array(CaseNote).max(2000).default([]),
  viewport: z.object({ zoom: z.number(), pan: z.object({ x: z.number(), y: z.number() }) }).optional(),
  period: CasePeriod.optional().describe('The period brushed on the timeline; absent: all years (and in investigations saved before it was kept)'),
  map: z.object({ box: CaseMapBox.nullable().describe('The part of the world shown; null: the whole world') }).optional()
    .describe('The map panel, when it was open; absent: closed (and in investigations saved before it was kept)'),
  timeline: z.boolean().optional().describe('false: the timeline panel was closed; absent or true: open'),
});
export type CaseFile = z.infer<typeof CaseFile>;

export const InvestigationSummary = z.object({
  id: z.string(),
  name: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  version: z.number().int().describe('Send it back with a save: a save someone made since is a 409'),
});
export const Investigation = InvestigationSummary.extend({ state: CaseFile });
export type Investigation = z.infer<typeof Investigation>;

const Name = z.string().trim().min(1, 'an investigation needs a name').max(200);
export const CreateInvestigationBody = z.object({ name: Name, state: CaseFile });
export const UpdateInvestigationBody = z.object({ name: Name.optional(), state: CaseFile.optional(), version: z.number().int().min(0) })
  .refine((b) => b.name !== undefined || b.state !== undefined, { message: 'nothing to save: give name or state' });
export const DuplicateInvestigationBody = z.object({ name: Name.optional() }).default({});

/** The file an investigation is exported as and imported from. */
export const InvestigationFile = z.object({
  format: z.literal('sightline-investigation'),
  version: z.literal(1),
  name: Name,
  exportedAt: z.string().optional(),
  state: CaseFile,
});

export const ReviewQueueAnswer = z.object({
  remaining: z.number().int().describe('Relationships nobody has confirmed or rejected yet'),
  items: z.array(z.object({
    relationship: EdgeDataSchema.extend({ sourceName: z.string(), targetName: z.string() }),
    version: z.number().int(),
    priority: z.number(),
    reasons: z.array(z.enum(['low confidence', 'one source', 'sanctioned, restricted or listed', 'hub'])).describe('What puts it high in the queue'),
  })),
});
export type ReviewQueueAnswer = z.infer<typeof ReviewQueueAnswer>;
