/**
 * @module Reads the `entities` and `relations` of a POST /api/documents answer into canvas elements.
 * The contract names these lists without fixing their fields, so this accepts Cytoscape elements
 * (`{ data }`) or flat records, and skips an item it cannot place rather than failing the preview.
 */
import { isEntityType, type EntityType } from '../../../cypher/ontology.ts';
import type { GraphEdge, GraphNode } from '../api/types.ts';

type Loose = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const unwrap = (item: unknown): Loose => {
  const o = (item && typeof item === 'object' ? item : {}) as Loose;
  return o.data && typeof o.data === 'object' ? (o.data as Loose) : o;
};
const endId = (v: unknown): string | undefined => str(v) ?? str(unwrap(v).id);

export function previewElements(entities: readonly unknown[], relations: readonly unknown[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const ids = new Set<string>();
  for (const item of entities) {
    const o = unwrap(item);
    const id = str(o.id) ?? str(o.entityId);
    const label = str(o.label) ?? str(o.name) ?? id;
    if (!id || !label || ids.has(id)) continue;
    ids.add(id);
    nodes.push({ data: {
      id, label, type: isEntityType(str(o.type) ?? '') ? str(o.type) as EntityType : 'Organization', country: str(o.country),
      aliases: Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === 'string') : [],
      origin: o.origin === 'catalog' ? 'catalog' : 'discovered',
    } });
  }
  const edges: GraphEdge[] = [];
  relations.forEach((item, i) => {
    const o = unwrap(item);
    const source = endId(o.source) ?? str(o.sourceId) ?? endId(o.from);
    const target = endId(o.target) ?? str(o.targetId) ?? endId(o.to);
    const type = str(o.type);
    if (!source || !target || !type || !ids.has(source) || !ids.has(target)) return;
    const year = num(o.year, NaN);
    edges.push({ data: {
      id: str(o.id) ?? `preview:${i}:${source}:${type}:${target}`,
      source, target, type,
      confidence: num(o.confidence, 0.5),
      evidenceCount: num(o.evidenceCount, Array.isArray(o.evidence) ? o.evidence.length : 1),
      years: Array.isArray(o.years) ? o.years.filter((y): y is number => typeof y === 'number') : Number.isFinite(year) ? [year] : [],
      status: str(o.status),
    } });
  });
  return { nodes, edges };
}

/** One line per relation for the preview list, e.g. "Dahua supplies Almaty". */
export function previewLines(nodes: readonly GraphNode[], edges: readonly GraphEdge[], display: (type: string) => string): string[] {
  const name = new Map(nodes.map((n) => [n.data.id, n.data.label]));
  return edges.map((e) => `${name.get(e.data.source)} ${display(e.data.type)} ${name.get(e.data.target)}`);
}
