/**
 * @module Watchlists: the lists loaded, an import's report, the ties between list entries and graph
 * entities (the review queue), and a person's decision on one.
 */
import { z } from 'zod';
import { MatchStatusSchema } from '../../cypher/ontology-schemas.ts';

export const ListSummary = z.object({
  id: z.string(),
  name: z.string().describe('The list as its publisher names it'),
  format: z.string().describe('ftm, csl or csv'),
  source: z.string().describe('The file it was last imported from'),
  firstImported: z.string(),
  lastImported: z.string(),
  imports: z.array(z.string()).describe('Every import date, oldest first'),
  active: z.number().int().describe('Entries listed as of the last import'),
  ended: z.number().int().describe('Entries a later import no longer held (kept as history)'),
  linked: z.number().int().describe('Ties to graph entities made by score or confirmed by a person'),
  pending: z.number().int().describe('Ties waiting for a person to confirm or reject'),
});

export const ListImportAnswer = z.object({
  file: z.string(),
  format: z.enum(['ftm', 'csl', 'csv']),
  importedAt: z.string(),
  lists: z.array(z.object({ id: z.string(), name: z.string(), entries: z.number().int(), added: z.number().int(), ended: z.number().int() })),
  skipped: z.number().int().describe('Records naming no one (addresses, vessels, identifiers)'),
  matches: z.object({ linked: z.number().int(), pending: z.number().int() }),
  unmatched: z.number().int().describe('Entries that name no entity of the graph'),
  addedEntities: z.number().int().describe('Entities made from unmatched entries (addUnmatched)'),
});

export const ListMatch = z.object({
  entry: z.object({
    id: z.string(), name: z.string(), aliases: z.array(z.string()), countries: z.array(z.string()), programs: z.array(z.string()),
    listedSince: z.string().nullable(), sourceUrl: z.string().nullable(), endedAt: z.string().nullable(), list: z.string(), listId: z.string(),
  }),
  entity: z.object({ id: z.string(), name: z.string(), type: z.string(), country: z.string().nullable(), aliases: z.array(z.string()).nullable() }),
  status: MatchStatusSchema,
  score: z.number(),
  entryName: z.string().describe('The list\'s name that matched best'),
  entityName: z.string().describe('The graph\'s name it matched'),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
});

export const MatchesQuery = z.object({
  status: z.string().default('pending')
    .transform((s, ctx) => {
      const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
      const bad = parts.filter((p) => !MatchStatusSchema.safeParse(p).success);
      if (bad.length || !parts.length) ctx.addIssue({ code: 'custom', message: `status must be one or more of ${MatchStatusSchema.options.join(', ')} (comma-separated), not "${s}"` });
      return parts as z.infer<typeof MatchStatusSchema>[];
    })
    .describe('Comma-separated statuses; pending (the review queue) by default'),
  list: z.string().min(1).optional().describe('Only this list (its id)'),
  skip: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const DecisionBody = z.object({
  entry: z.string().min(1).describe('The list entry\'s id'),
  entity: z.string().min(1).describe('The graph entity\'s id'),
  decision: z.enum(['confirm', 'reject']),
  note: z.string().trim().max(2000).optional().describe('Why'),
});

export const DecisionAnswer = z.object({
  before: MatchStatusSchema, after: MatchStatusSchema,
  decidedBy: z.string().describe('The token\'s user, or the local analyst'), decidedAt: z.string(),
  change: z.string().describe('The change record (GET /api/changes/:id), which undo takes'),
});

export type ListMatch = z.infer<typeof ListMatch>;
