/**
 * @module GET /api/supply-chain/:id: who supplies an entity (upstream) or whom it supplies
 * (downstream), each answer with the paths that justify it and sanctions flags on every entity.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SupplyChainAnswer } from '../../../schemas/graph.ts';
import { notFound } from '../../../plugins/errors.ts';
import { nodesFor } from '../../../graph/subgraph.ts';
import { supplyChainGraph, walkSupplyChain } from '../../../graph/supply-chain.ts';
import { IdParams } from '../../../schemas/params.ts';
import { SupplyChainQuery } from '../../../schemas/graph-queries.ts';

const route: FastifyPluginAsyncZod = async (app) => {
  app.get('/:id', {
    schema: {
      summary: 'Suppliers of an entity (upstream) or its customers (downstream), through subsidiary and manufacturing chains; planned links by default, cancelled, ended and partnerships when included',
      tags: ['graph'],
      params: IdParams,
      querystring: SupplyChainQuery,
      response: { 200: SupplyChainAnswer },
    },
  }, async (req) => {
    const { id } = req.params;
    const { direction, depth, limit, include } = req.query;
    const [root] = await nodesFor(app.repo, [id]);
    if (!root) throw notFound(`Entity not found: ${id}`);
    const { entries, omitted } = await walkSupplyChain(app.repo, id, direction, depth, limit, { include });
    const graph = await supplyChainGraph(app.repo, entries, { include });
    const byId = new Map(graph.nodes.map((n) => [n.data.id, n.data]));
    return {
      root: byId.get(id) ?? root,
      direction,
      entries: entries.flatMap((e) => {
        const entity = byId.get(e.entity);
        return entity ? [{ entity, hops: e.hops, paths: e.paths.map((p) => ({ nodes: p.nodes, edges: p.rels.map((r) => r.id) })) }] : [];
      }),
      nodes: graph.nodes,
      edges: graph.edges,
      ...(omitted > 0 ? { truncated: { omitted, limit } } : {}),
    };
  });
};

export default route;
