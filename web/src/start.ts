/**
 * @module What the canvas shows first: the view named in the URL when there is one, otherwise an
 * overview of the seed graph — the most-mentioned entities and their neighbours, cut to the best
 * connected so it reads at a glance. Hubs are the entities the most documents mention (GET /api/entities).
 */
import type { Graph, GraphEdge, GraphNode } from './api/types.ts';
import type { Explorer } from './explorer.ts';
import { dropIsolated, keepTopByDegree, mergeGraph, restrictTo } from './graph/elements.ts';
import { hasAllPositions, type ViewState } from './graph/url-state.ts';

export const startDefaults = {
  /** Hubs whose neighbourhoods make the overview. */
  hubs: 6,
  /** Nodes in the overview; about what a screen shows with legible labels. */
  overviewNodes: 60,
  /** Requests in parallel while loading a view, to stay inside the API's rate limit. */
  concurrency: 4,
};

async function neighbourhoods(x: Explorer, ids: readonly string[]): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const acc = { nodes: [] as GraphNode[], edges: [] as GraphEdge[] };
  const present = { nodeIds: new Set<string>(), edgeIds: new Set<string>() };
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const g: Graph | null = await x.api.neighbors(id, { depth: 1, limit: 300 }).catch(() => null);
      if (!g) continue;
      // Edges are merged against all nodes seen so far, including the ones this answer brings.
      const withNodes = mergeGraph(present, { nodes: g.nodes, edges: [] });
      withNodes.nodes.forEach((n) => { present.nodeIds.add(n.data.id); acc.nodes.push(n); });
      acc.edges.push(...g.edges.filter((e) => !present.edgeIds.has(e.data.id)).map((e) => { present.edgeIds.add(e.data.id); return e; }));
    }
  };
  await Promise.all(Array.from({ length: startDefaults.concurrency }, worker));
  acc.edges = acc.edges.filter((e) => present.nodeIds.has(e.data.source) && present.nodeIds.has(e.data.target));
  return acc;
}

export async function openOverview(x: Explorer): Promise<void> {
  const { results } = await x.api.mostMentioned(startDefaults.hubs);
  if (results.length === 0) return;
  const hubs = results.map((r) => r.id);
  const graph = dropIsolated(keepTopByDegree(await neighbourhoods(x, hubs), startDefaults.overviewNodes));
  x.replace(graph, { record: false });
  await x.relayout('fcose');
}

/**
 * Rebuilds a view from its URL: the named entities, and the named edges (or all among them), then
 * what the link says about them (positions, hidden, pins, highlight, zoom and pan). A link with every
 * position reopens as it was drawn; one without (or cut for length) is laid out afresh.
 */
export async function openView(x: Explorer, view: ViewState): Promise<void> {
  const around = await neighbourhoods(x, view.nodes);
  const graph = restrictTo(around, new Set(view.nodes));
  const edges = view.edges.length ? new Set(view.edges) : null;
  if (view.filters.documents) await x.ensureDocsByEdge().catch(() => undefined);
  x.filters = view.filters;
  x.replace({ nodes: graph.nodes, edges: edges ? graph.edges.filter((e) => edges.has(e.data.id)) : graph.edges }, { record: false });
  const positioned = hasAllPositions(view);
  x.applyView(positioned ? view : { ...view, positions: undefined, viewport: undefined });
  if (!positioned) await x.relayout(view.layout);
  if (view.selected) {
    if (!view.viewport) x.focus(view.selected);
    const el = x.cy.getElementById(view.selected);
    if (el.nonempty()) x.emit(el.isNode() ? 'select-node' : 'select-edge', view.selected);
  }
}
