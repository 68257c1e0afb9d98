/**
 * @module GET /api/entities (the most mentioned), /api/entities/:id and its neighbourhood: what the
 * explorer shows first, and when an analyst opens or expands a node.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EntityAnswer, MostMentionedAnswer } from '../../../schemas/entities.ts';
import { notFound } from '../../../plugins/errors.ts';
import { GraphSchema } from '../../../schemas/graph.ts';
import { ENTITY_FLAGS, nodesFor } from '../../../graph/subgraph.ts';
import { neighborhood } from '../../../graph/neighbors.ts';
import { IdParams } from '../../../schemas/params.ts';
import { NeighborQuery } from '../../../schemas/graph-queries.ts';

const entities: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: {
      summary: 'The entities the most documents mention: where an overview of the graph starts',
      tags: ['graph'],
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) }),
      response: { 200: MostMentionedAnswer },
    },
  }, async (req) => ({ results: await app.repo.read('mostMentioned', { limit: req.query.limit }) }));

  app.get('/:id', {
    schema: { summary: 'One entity, its relationship counts by type and direction, and the documents that mention it', tags: ['graph'], params: IdParams, response: { 200: EntityAnswer } },
  }, async (req) => {
    const { id } = req.params;
    const [row, [node]] = await Promise.all([app.repo.readOne('entity', { id }), nodesFor(app.repo, [id], ENTITY_FLAGS)]);
    if (!row || !node) throw notFound(`Entity not found: ${id}`);
    const counts = new Map<string, { type: string; direction: 'out' | 'in'; count: number }>();
    for (const r of row.rels) {
      const key = `${r.type} ${r.direction}`;
      const c = counts.get(key) ?? { ...r, count: 0 };
      c.count++;
      counts.set(key, c);
    }
    return {
      entity: node,
      relationships: [...counts.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
      documents: row.documents.map((d) => ({ id: d.id, title: d.title ?? d.source ?? d.id, source: d.source ?? '', mentions: d.mentions })),
    };
  });

  app.get('/:id/neighbors', {
    schema: {
      summary: 'The neighbourhood of an entity up to three hops, filtered, with a limit that reports what it cut',
      tags: ['graph'],
      params: IdParams,
      querystring: NeighborQuery,
      response: { 200: GraphSchema },
    },
  }, async (req) => {
    const graph = await neighborhood(app.repo, req.params.id, req.query);
    if (!graph) throw notFound(`Entity not found: ${req.params.id}`);
    return graph;
  });
};

export default entities;
