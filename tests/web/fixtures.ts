/**
 * @module Small graphs in the API's shapes for the web unit tests.
 */
import type { EntityType } from '../../cypher/ontology.ts';
import type { EdgeData, Evidence, GraphEdge, GraphNode, NodeData } from '../../web/src/api/types.ts';

export function node(id: string, type: EntityType = 'Company', extra: Partial<NodeData> = {}): GraphNode {
  return { data: { id, label: id[0]!.toUpperCase() + id.slice(1), type, aliases: [], origin: 'catalog', ...extra } };
}

export function edge(id: string, source: string, target: string, extra: Partial<EdgeData> = {}): GraphEdge {
  return { data: { id, source, target, type: 'SUPPLIES', confidence: 0.8, evidenceCount: 1, years: [], ...extra } };
}

export function evidence(quote: string, extra: Partial<Evidence> = {}): Evidence {
  return { doc: 'd1', documentTitle: 'An article', citation: '"An article", a.txt', quote, start: 0, end: quote.length, rule: 'supply-verb', confidence: 0.8, key: `d1@0-${quote.length}`, disputed: false, ...extra };
}
