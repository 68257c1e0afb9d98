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
import { nodesFor } from '../../../graph/subgraph.ts';
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

/**
 * One object rather than a union of two, so a bad field is named (a union can only say that no
 * branch matched) and a body naming both a selection and a view is refused instead of one of them
 * silently winning.
 */
const Body = z.object({
  nodeIds: z.array(EntityId).min(1).max(MAX_EXPORT_IDS).optional().describe('The entities to export (or send `query`)'),
  relationshipIds: z.array(z.string().max(200)).max(MAX_EXPORT_IDS * 5).optional()
    .describe('Only these relationships among the nodes; all of them when absent'),
  query: ViewQuery.optional().describe('A view to export, computed as the view itself is (or send `nodeIds`)'),
}).superRefine((b, ctx) => {
  if (b.query && (b.nodeIds || b.relationshipIds)) {
    ctx.addIssue({ code: 'custom', path: [b.nodeIds ? 'nodeIds' : 'relationshipIds'], message: 'send either nodeIds (with relationshipIds) or query, not both' });
  } else if (!b.query && !b.nodeIds) {
    ctx.addIssue({ code: 'custom', path: ['nodeIds'], message: 'send nodeIds (the entities to export) or query (a view to export)' });
  }
});

const today = () => new Date().toISOString().slice(0, 10);

const exportRoute: FastifyPluginAsyncZod = async (app) => {
  /** A view of an unknown entity is a 404, as its GET route answers, not an empty download. */
  async function requireEntities(ids: string[]): Promise<void> {
    const found = new Set((await nodesFor(app.repo, ids)).map((n) => n.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw notFound(`Entity not found: ${missing}`);
  }

  /** The ids a view query names, computed with the same code as the view itself. */
  async function idsOfView(view: z.infer<typeof ViewQuery>): Promise<{ nodeIds: string[]; relationshipIds?: string[] }> {
    switch (view.name) {
      case 'neighbors': {
        const graph = await neighborhood(app.repo, view.params.id, view.params);
        if (!graph) throw notFound(`Entity not found: ${view.params.id}`);
        return { nodeIds: graph.nodes.map((n) => n.data.id), relationshipIds: graph.edges.map((e) => e.data.id) };
      }
      case 'supplyChain': {
        await requireEntities([view.params.id]);
        const paths = (await supplyChain(app.repo, view.params.id, view.params.direction, view.params.depth, view.params.limit, { include: view.params.include, relTypes: view.params.relTypes, minConfidence: view.params.minConfidence })).flatMap((e) => e.paths);
        return { nodeIds: [view.params.id, ...paths.flatMap((p) => p.nodes)], relationshipIds: paths.flatMap((p) => p.rels.map((r) => r.id)) };
      }
      case 'paths': {
        await requireEntities([view.params.from, view.params.to]);
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
    const { query, nodeIds: chosen = [], relationshipIds } = req.body;
    const selection = query ? await idsOfView(query) : { nodeIds: chosen, relationshipIds };
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
