/**
 * @module POST /api/export: a subgraph with its evidence as a download, in the format of the analyst's
 * next tool (Cytoscape JSON, GraphML for yEd/Gephi, GEXF, CSV, a Cypher script, FollowTheMoney).
 * The subgraph is named by ids (what the explorer shows) or by the view's own query.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { badRequest, notFound } from '../../../plugins/errors.ts';
import { rateLimits } from '../../../plugins/security.ts';
import { EntityId } from '../../../schemas/params.ts';
import { NeighborQuery, PathsQuery, SupplyChainQuery } from '../../../schemas/graph-queries.ts';
import { neighborhood } from '../../../graph/neighbors.ts';
import { supplyChain } from '../../../graph/supply-chain.ts';
import { findPaths } from '../../../graph/paths.ts';
import { exportStream, formatInfo } from '../../../export/index.ts';
import { ExportFormatSchema } from '../../../schemas/export.ts';
import { openExport } from '../../../export/source.ts';

/**
 * Beyond this a desktop tool chokes anyway. The export is read and written a page at a time, but it
 * keeps every entity's id, name and type for the formats that repeat them on each relationship.
 */
const MAX_EXPORT_IDS = 20_000;

const Query = z.object({
  format: ExportFormatSchema.default('json'),
  part: z.enum(['nodes', 'edges']).default('edges').describe('For csv: one file of edges with both ends\' names (default) or one of nodes'),
});

const ViewQuery = z.discriminatedUnion('name', [
  z.object({ name: z.literal('neighbors'), params: z.object({ id: EntityId }).and(NeighborQuery) }),
  z.object({ name: z.literal('supplyChain'), params: z.object({ id: EntityId }).and(SupplyChainQuery) }),
  z.object({ name: z.literal('paths'), params: PathsQuery }),
]);

const Body = z.union([
  z.object({
    nodeIds: z.array(EntityId).min(1).max(MAX_EXPORT_IDS),
    relationshipIds: z.array(z.string().max(200)).max(MAX_EXPORT_IDS * 5).optional()
      .describe('Only these relationships among the nodes; all of them when absent'),
  }),
  z.object({ query: ViewQuery }),
]);

const today = () => new Date().toISOString().slice(0, 10);

const exportRoute: FastifyPluginAsyncZod = async (app) => {
  /** The ids a view query names, computed with the same code as the view itself. */
  async function idsOfView(view: z.infer<typeof ViewQuery>): Promise<{ nodeIds: string[]; relationshipIds?: string[] }> {
    switch (view.name) {
      case 'neighbors': {
        const graph = await neighborhood(app.repo, view.params.id, view.params);
        if (!graph) throw notFound(`Entity not found: ${view.params.id}`);
        return { nodeIds: graph.nodes.map((n) => n.data.id), relationshipIds: graph.edges.map((e) => e.data.id) };
      }
      case 'supplyChain': {
        const paths = (await supplyChain(app.repo, view.params.id, view.params.direction, view.params.depth, view.params.limit, { include: view.params.include })).flatMap((e) => e.paths);
        return { nodeIds: [view.params.id, ...paths.flatMap((p) => p.nodes)], relationshipIds: paths.flatMap((p) => p.rels.map((r) => r.id)) };
      }
      case 'paths': {
        const paths = await findPaths(app.repo, view.params);
        return { nodeIds: [view.params.from, view.params.to, ...paths.flatMap((p) => p.nodes)], relationshipIds: paths.flatMap((p) => p.rels.map((r) => r.id)) };
      }
    }
  }

  app.post('/', {
    config: { rateLimit: rateLimits.export },
    schema: {
      summary: 'Download a subgraph with its evidence as JSON (Cytoscape), GraphML, GEXF, CSV, Cypher or FollowTheMoney',
      tags: ['export'],
      querystring: Query,
      body: Body,
      response: { 200: z.unknown().describe('The file, streamed, with Content-Disposition naming it') },
    },
  }, async (req, reply) => {
    const { format, part } = req.query;
    const selection = 'query' in req.body ? await idsOfView(req.body.query) : req.body;
    const nodeIds = [...new Set(selection.nodeIds)];
    if (nodeIds.length > MAX_EXPORT_IDS) throw badRequest(`body: the export would hold ${nodeIds.length} entities; the most is ${MAX_EXPORT_IDS}`);
    const info = formatInfo(format, part);
    const source = await openExport(app.repo, nodeIds, selection.relationshipIds && [...new Set(selection.relationshipIds)], { edges: !info.nodesOnly });
    if (source.nodeCount === 0) throw notFound('None of the requested entities exist');
    // Until the first byte goes out a failure still gets the error handler's answer (a 503 when the
    // database is down), so the first page, and what a format must know before it starts, are read now.
    await source.ready();
    if (info.summaryFirst) await source.summary();
    return reply
      .type(info.contentType)
      .header('Content-Disposition', `attachment; filename="sightline-subgraph-${today()}.${info.extension}"`)
      .send(exportStream(info.exporter(source)));
  });
};

export default exportRoute;
