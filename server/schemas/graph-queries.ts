/**
 * @module The query schemas of the graph-shaped routes (neighbours, supply chain, paths), shared with
 * POST /api/export so "export what I am looking at" accepts exactly what the view was asked with.
 */
import { z } from 'zod';
import { CHAIN_OPTIONS, DEFAULT_INCLUDE, EXCLUDABLE_STATUSES, SUPPLY_CHAIN_LIMIT, SUPPLY_LINK_TYPES, SUPPLY_LINKS, type ChainOption } from '../graph/supply-chain.ts';
import { PATH_DIRECTIONS } from '../graph/paths.ts';
import { EntityId, EntityTypesParam, RelTypesParam, Toggle, Year } from './params.ts';

export const NeighborQuery = z.object({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  relTypes: RelTypesParam,
  types: EntityTypesParam.describe('Entity types of the neighbours to keep (the root is always kept)'),
  minConfidence: z.coerce.number().min(0).max(1).default(0),
  since: Year.optional().describe('Keep relationships with a stated year at or after this one (undated ones drop out)'),
  until: Year.optional().describe('Keep relationships with a stated year at or before this one (undated ones drop out)'),
  limit: z.coerce.number().int().min(1).max(1000).default(150).describe('Most neighbours; more are reported in `truncated`'),
  rejected: Toggle.describe('Show relationships a person rejected too (hidden by default)'),
}).refine((q) => q.since === undefined || q.until === undefined || q.since <= q.until, { message: 'since must not be after until', path: ['since'] });

export const SupplyChainQuery = z.object({
  direction: z.enum(['upstream', 'downstream']).default('upstream'),
  depth: z.coerce.number().int().min(1).max(6).default(4).describe('Most hops from the root along a chain'),
  limit: z.coerce.number().int().min(1).max(1000).default(SUPPLY_CHAIN_LIMIT).describe('Most entries, nearest first; more are reported in `truncated`'),
  include: z.string().default(DEFAULT_INCLUDE.join(','))
    .transform((s, ctx) => {
      const parts = s.split(',').map((p) => p.trim()).filter((p) => p && p !== 'none');
      const bad = parts.filter((p) => !(CHAIN_OPTIONS as readonly string[]).includes(p));
      if (bad.length) ctx.addIssue({ code: 'custom', message: `include takes ${CHAIN_OPTIONS.join(', ')} (comma-separated), or none, not ${bad.join(', ')}` });
      return parts as ChainOption[];
    })
    .describe('What the chain follows besides delivered supply: planned (the default), cancelled, ended, partners; none follows delivered supply only'),
  relTypes: RelTypesParam
    .refine((types) => !types?.length || types.every((t) => SUPPLY_LINK_TYPES.includes(t)), { message: `relTypes of a supply chain are among ${SUPPLY_LINK_TYPES.join(', ')}` })
    .refine((types) => !types?.length || types.includes(SUPPLY_LINKS.supplies), { message: `relTypes of a supply chain must include ${SUPPLY_LINKS.supplies}: every chain crosses it` })
    .describe(`Which of the chain's link types to follow (${SUPPLY_LINK_TYPES.join(', ')}); empty follows all`),
  minConfidence: z.coerce.number().min(0).max(1).default(0).describe('Links below this confidence are not followed'),
});

export const PathsQuery = z.object({
  from: EntityId,
  to: EntityId,
  maxHops: z.coerce.number().int().min(1).max(6).default(4),
  relTypes: RelTypesParam,
  k: z.coerce.number().int().min(0).max(9).default(3).describe('Alternatives to return after the shortest path'),
  rejected: Toggle.describe('Let paths use relationships a person rejected (not by default)'),
  direction: z.enum(PATH_DIRECTIONS).default('any').describe('forward: every relationship runs from `from` towards `to`; backward: towards `from`; any: either way'),
  minConfidence: z.coerce.number().min(0).max(1).default(0).describe('Relationships below this confidence are not used'),
  include: z.string().default(EXCLUDABLE_STATUSES.join(','))
    .transform((s, ctx) => {
      const parts = s.split(',').map((p) => p.trim()).filter((p) => p && p !== 'none');
      const bad = parts.filter((p) => !(EXCLUDABLE_STATUSES as readonly string[]).includes(p));
      if (bad.length) ctx.addIssue({ code: 'custom', message: `include takes ${EXCLUDABLE_STATUSES.join(', ')} (comma-separated), or none, not ${bad.join(', ')}` });
      return parts as (typeof EXCLUDABLE_STATUSES)[number][];
    })
    .describe('Which planned, cancelled or ended links a path may use (all by default); none uses current links only'),
});
