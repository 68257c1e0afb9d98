/**
 * @module GET /api/supply-chain/:id: who supplies an entity (upstream) or whom it supplies
 * (downstream), each answer with the paths that justify it and sanctions flags on every entity.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { screeningCsv, screeningRows } from '../../../graph/screening.ts';
import { SupplyChainAnswer } from '../../../schemas/graph.ts';
import { notFound } from '../../../plugins/errors.ts';
import { nodesFor } from '../../../graph/subgraph.ts';
import { SUPPLY_LINK_TYPES, supplyChainGraph, walkSupplyChain } from '../../../graph/supply-chain.ts';
import { IdParams } from '../../../schemas/params.ts';
import { SupplyChainQuery } from '../../../schemas/graph-queries.ts';

const route: FastifyPluginAsyncZod = async (app) => {
  // One walk serves both routes: the chain as a graph, and the screening of its vendors as a table.
  async function chainOf(id: string, q: z.infer<typeof SupplyChainQuery>) {
    const [root] = await nodesFor(app.repo, [id]);
    if (!root) throw notFound(`Entity not found: ${id}`);
    const options = { include: q.include, relTypes: q.relTypes, minConfidence: q.minConfidence };
    const { entries, omitted } = await walkSupplyChain(app.repo, id, q.direction, q.depth, q.limit, options);
    const graph = await supplyChainGraph(app.repo, entries, options);
    const byId = new Map(graph.nodes.map((n) => [n.data.id, n.data]));
    return {
      root: byId.get(id) ?? root,
      entries: entries.flatMap((e) => {
        const entity = byId.get(e.entity);
        return entity ? [{ entity, hops: e.hops, paths: e.paths.map((p) => ({ nodes: p.nodes, edges: p.rels.map((r) => r.id) })) }] : [];
      }),
      graph,
      omitted,
    };
  }

  app.get('/:id/screening', {
    schema: {
      summary: 'The screening of a supply chain: every vendor (or customer) with the lists it is on, who sanctions it, who restricts it in a country, and its path; listed first; JSON or CSV',
      tags: ['graph', 'lists'],
      params: IdParams,
      querystring: SupplyChainQuery.extend({ format: z.enum(['json', 'csv']).default('json') }),
    },
  }, async (req, reply) => {
    const chain = await chainOf(req.params.id, req.query);
    const rows = screeningRows(chain.entries, chain.graph.nodes.map((n) => n.data), chain.graph.edges.map((e) => e.data));
    if (req.query.format === 'csv') {
      const file = `screening-${req.params.id.replace(/[^a-z0-9-]/gi, '') || 'chain'}-${req.query.direction}.csv`;
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file}"`).send(screeningCsv(rows));
    }
    return { root: chain.root, direction: req.query.direction, rows, ...(chain.omitted > 0 ? { truncated: { omitted: chain.omitted, limit: req.query.limit } } : {}) };
  });

  app.get('/:id', {
    schema: {
      summary: 'Suppliers of an entity (upstream) or its customers (downstream), through subsidiary and manufacturing chains; planned links by default, cancelled, ended and partnerships when included',
      tags: ['graph'],
      params: IdParams,
      querystring: SupplyChainQuery,
      response: { 200: SupplyChainAnswer },
    },
  }, async (req) => {
    const { direction, limit } = req.query;
    const { root, entries, graph, omitted } = await chainOf(req.params.id, req.query);
    return {
      root,
      direction,
      entries,
      nodes: graph.nodes,
      edges: graph.edges,
      ...(omitted > 0 ? { truncated: { omitted, limit } } : {}),
      links: [...SUPPLY_LINK_TYPES],
    };
  });
};

export default route;
