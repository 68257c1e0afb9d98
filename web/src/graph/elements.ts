/**
 * @module Turning API graphs into canvas elements and merging them into what is already shown.
 * Pure functions over plain data, so expansion rules are tested in Node without a browser.
 */
import type { EdgeData, Graph, GraphEdge, GraphNode, NodeData, PathRef } from '../api/types.ts';

/**
 * Two marks that mean one thing each; canvas text, never HTML. FLAG_MARK: on a watchlist, or
 * sanctioned per a document. RESTRICTED_MARK: blocked or restricted in a country per a document
 * (China blocking Google is not a sanction of Google).
 */
export const FLAG_MARK = '⚠';
export const RESTRICTED_MARK = '⊘';

/** On a watchlist or sanctioned, per a list or a document. */
export function isFlagged(node: NodeData): boolean {
  return (node.flags?.listed.length ?? 0) + (node.flags?.sanctionedBy.length ?? 0) > 0;
}

/** Blocked or restricted in a country, per a document. */
export function isRestricted(node: NodeData): boolean {
  return (node.flags?.restrictedBy.length ?? 0) > 0;
}

/** The mark before an entity's name, if any: a listing outranks a restriction. */
export function markOf(node: NodeData): string {
  return isFlagged(node) ? FLAG_MARK : isRestricted(node) ? RESTRICTED_MARK : '';
}

/** Canvas data of a node: the API's fields plus the label to draw and the marks the style keys on. */
export function nodeElementData(node: NodeData) {
  const mark = markOf(node);
  return { ...node, display: mark ? `${mark} ${node.label}` : node.label, flagged: isFlagged(node), restricted: isRestricted(node) };
}

/** Canvas data of an edge: the API's fields plus `undated`, which the style marks and the year filter reads. */
export function edgeElementData(edge: EdgeData) {
  return { ...edge, undated: edge.years.length === 0 };
}

export interface Present { nodeIds: ReadonlySet<string>; edgeIds: ReadonlySet<string> }

/**
 * What `incoming` adds to what is present: new nodes, and new edges whose two ends will both be on
 * the canvas afterwards (an edge to an absent node cannot be drawn and would make cytoscape throw).
 */
export function mergeGraph(present: Present, incoming: Pick<Graph, 'nodes' | 'edges'>): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const ids = new Set(present.nodeIds);
  for (const n of incoming.nodes) {
    if (ids.has(n.data.id)) continue;
    ids.add(n.data.id);
    nodes.push(n);
  }
  const edgeIds = new Set(present.edgeIds);
  const edges: GraphEdge[] = [];
  for (const e of incoming.edges) {
    if (edgeIds.has(e.data.id) || !ids.has(e.data.source) || !ids.has(e.data.target)) continue;
    edgeIds.add(e.data.id);
    edges.push(e);
  }
  return { nodes, edges };
}

/** Keeps the `limit` best-connected nodes and the edges among them, so a first view stays readable. */
export function keepTopByDegree(graph: Pick<Graph, 'nodes' | 'edges'>, limit: number): { nodes: GraphNode[]; edges: GraphEdge[] } {
  if (graph.nodes.length <= limit) return { nodes: graph.nodes, edges: graph.edges };
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.data.source, (degree.get(e.data.source) ?? 0) + 1);
    degree.set(e.data.target, (degree.get(e.data.target) ?? 0) + 1);
  }
  const kept = [...graph.nodes]
    .sort((a, b) => (degree.get(b.data.id) ?? 0) - (degree.get(a.data.id) ?? 0) || a.data.label.localeCompare(b.data.label))
    .slice(0, limit);
  const ids = new Set(kept.map((n) => n.data.id));
  return { nodes: kept, edges: graph.edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target)) };
}

/** Drops nodes without an edge; an overview is about connections, and a lone node says nothing there. */
export function dropIsolated(graph: Pick<Graph, 'nodes' | 'edges'>): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const linked = new Set(graph.edges.flatMap((e) => [e.data.source, e.data.target]));
  return { nodes: graph.nodes.filter((n) => linked.has(n.data.id)), edges: graph.edges };
}

/** New neighbours of `rootId` grouped by entity type, largest group first, for the "expand a hub" question. */
export function groupNewNeighbours(present: Present, incoming: Pick<Graph, 'nodes'>, rootId: string): { type: string; nodes: NodeData[] }[] {
  const groups = new Map<string, NodeData[]>();
  for (const n of incoming.nodes) {
    if (n.data.id === rootId || present.nodeIds.has(n.data.id)) continue;
    const list = groups.get(n.data.type) ?? [];
    list.push(n.data);
    groups.set(n.data.type, list);
  }
  return [...groups].map(([type, nodes]) => ({ type, nodes })).sort((a, b) => b.nodes.length - a.nodes.length || a.type.localeCompare(b.type));
}

/** Restricts a graph to the chosen node ids plus nodes already shown, dropping edges that would dangle. */
export function restrictTo(graph: Pick<Graph, 'nodes' | 'edges'>, keep: ReadonlySet<string>): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = graph.nodes.filter((n) => keep.has(n.data.id));
  const ids = new Set(nodes.map((n) => n.data.id));
  return { nodes, edges: graph.edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target)) };
}

/** Ids of every node and edge on any of the paths, for highlighting the justification of a view. */
export function pathElementIds(paths: readonly PathRef[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const p of paths) {
    p.nodes.forEach((id) => nodes.add(id));
    p.edges.forEach((id) => edges.add(id));
  }
  return { nodes, edges };
}

/** The other end of an edge seen from `id`, and whether the edge leaves it. */
export function otherEnd(edge: EdgeData, id: string): { other: string; direction: 'out' | 'in' } {
  return edge.source === id ? { other: edge.target, direction: 'out' } : { other: edge.source, direction: 'in' };
}
