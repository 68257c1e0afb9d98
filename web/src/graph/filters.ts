/**
 * @module Which shown elements pass the analyst's filters. Pure: the canvas hides what this leaves out,
 * so the same rules are tested in Node and applied live in the browser.
 */
import type { EdgeData, NodeData } from '../api/types.ts';

export interface Filters {
  /** Entity types switched off; an empty list shows every type (new ontology types appear by default). */
  hiddenEntityTypes: string[];
  hiddenRelTypes: string[];
  /** Edges below this confidence are hidden (0..1). */
  minConfidence: number;
  /** Only edges with evidence in these documents; null means every document. */
  documents: string[] | null;
  /** Inclusive year range over the years the evidence carries. */
  years: [number, number] | null;
  /**
   * Whether a year range lets through edges no evidence dates. Off by default: "2020–2020" asks what
   * is known to hold in 2020, and an undated link is not known to; turning it on adds them, marked.
   */
  includeUndated: boolean;
}

export const noFilters: Filters = { hiddenEntityTypes: [], hiddenRelTypes: [], minConfidence: 0, documents: null, years: null, includeUndated: false };

export function filtersActive(f: Filters): boolean {
  return f.hiddenEntityTypes.length > 0 || f.hiddenRelTypes.length > 0 || f.minConfidence > 0 || f.documents !== null || f.years !== null;
}

export interface Visible { nodes: Set<string>; edges: Set<string> }

/**
 * Visible node and edge ids. `docsByEdge` maps an edge to the documents its evidence comes from; it is
 * only consulted when a document filter is set, and an edge it does not know is hidden by that filter.
 */
export function applyFilters(nodes: readonly NodeData[], edges: readonly EdgeData[], f: Filters, docsByEdge?: ReadonlyMap<string, readonly string[]>): Visible {
  const hiddenTypes = new Set(f.hiddenEntityTypes);
  const visibleNodes = new Set(nodes.filter((n) => !hiddenTypes.has(n.type)).map((n) => n.id));
  const hiddenRels = new Set(f.hiddenRelTypes);
  const docs = f.documents ? new Set(f.documents) : null;
  const visibleEdges = new Set<string>();
  for (const e of edges) {
    if (!visibleNodes.has(e.source) || !visibleNodes.has(e.target)) continue;
    if (hiddenRels.has(e.type) || e.confidence < f.minConfidence) continue;
    if (f.years && (e.years.length === 0 ? !f.includeUndated : !e.years.some((y) => y >= f.years![0] && y <= f.years![1]))) continue;
    if (docs && !(docsByEdge?.get(e.id) ?? []).some((d) => docs.has(d))) continue;
    visibleEdges.add(e.id);
  }
  return { nodes: visibleNodes, edges: visibleEdges };
}

/** The span of years the evidence of these edges carries, for the time slider; null when none is dated. */
export function yearSpan(edges: readonly EdgeData[]): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const e of edges) for (const y of e.years) {
    if (y < min) min = y;
    if (y > max) max = y;
  }
  return min === Infinity ? null : [min, max];
}

/** Inverts "document -> relationship ids" (from GET /api/documents/:id) into "edge -> documents". */
export function docsByEdgeFrom(documents: readonly { id: string; relationshipIds: readonly string[] }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const d of documents) for (const r of d.relationshipIds) {
    const list = map.get(r) ?? [];
    if (!list.includes(d.id)) list.push(d.id);
    map.set(r, list);
  }
  return map;
}
