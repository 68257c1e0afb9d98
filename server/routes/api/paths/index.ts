/**
 * @module GET /api/paths: how two entities are connected, shortest first, with alternatives.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PathsAnswer } from '../../../schemas/graph.ts';
import { notFound } from '../../../plugins/errors.ts';
import { graphOfPaths, nodesFor } from '../../../graph/subgraph.ts';
import { PathsQuery } from '../../../schemas/graph-queries.ts';
import { findPaths } from '../../../graph/paths.ts';
import { rateLimits } from '../../../plugins/security.ts';

const paths: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    config: { rateLimit: rateLimits.paths },
    schema: { summary: 'Shortest paths between two entities, then up to k alternatives', tags: ['graph'], querystring: PathsQuery, response: { 200: PathsAnswer } },
  }, async (req) => {
    const { from, to } = req.query;
    const ends = await nodesFor(app.repo, [from, to]);
    for (const id of [from, to]) if (!ends.some((n) => n.id === id)) throw notFound(`Entity not found: ${id}`);
    const found = await findPaths(app.repo, req.query);
    const graph = await graphOfPaths(app.repo, found);
    return { paths: found.map((p) => ({ nodes: p.nodes, edges: p.rels.map((r) => r.id), length: p.length })), ...graph };
  });
};

export default paths;
