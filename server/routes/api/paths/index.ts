/**
 * @module GET /api/paths: how two entities are connected, shortest first, with alternatives.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RELATION_TYPES } from '../../../../ingest/ontology.ts';
import { notFound } from '../../../plugins/errors.ts';
import { EdgeDataSchema, NodeDataSchema } from '../../../graph/elements.ts';
import { graphOfPaths, nodesFor } from '../../../graph/subgraph.ts';
import { EntityId, RelTypesParam } from '../../../http/params.ts';
import { rateLimits } from '../../../plugins/security.ts';

const Query = z.object({
  from: EntityId,
  to: EntityId,
  maxHops: z.coerce.number().int().min(1).max(6).default(4),
  relTypes: RelTypesParam,
  k: z.coerce.number().int().min(0).max(9).default(3).describe('Alternatives to return after the shortest path'),
});

const Answer = z.object({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()), length: z.number().int() })),
  nodes: z.array(z.object({ data: NodeDataSchema })),
  edges: z.array(z.object({ data: EdgeDataSchema })),
});

const paths: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    config: { rateLimit: rateLimits.paths },
    schema: { summary: 'Shortest paths between two entities, then up to k alternatives', tags: ['graph'], querystring: Query, response: { 200: Answer } },
  }, async (req) => {
    const { from, to, maxHops, relTypes, k } = req.query;
    const ends = await nodesFor(app.repo, [from, to]);
    for (const id of [from, to]) if (!ends.some((n) => n.id === id)) throw notFound(`Entity not found: ${id}`);
    const found = from === to ? [] : await app.repo.many<{ nodes: string[]; edges: string[]; length: number }>('paths', {
      from, to, maxHops, count: k + 1,
      relTypes: relTypes && relTypes.length > 0 ? relTypes : RELATION_TYPES,
    });
    const graph = await graphOfPaths(app.repo, found);
    return { paths: found, ...graph };
  });
};

export default paths;
