/**
 * @module Neighbourhood expansion, one breadth-first layer per query so the limit is applied while
 * walking: a hub with ten thousand neighbours costs one capped layer, never an unbounded answer.
 */
import { RELATION_TYPES, type EntityType } from '../../cypher/ontology.ts';
import type { Repository } from '../../cypher/repository.ts';
import type { Graph } from '../schemas/graph.ts';
import { edgesAmong, nodesFor, type EdgeFilter } from './subgraph.ts';

export interface NeighborOptions extends EdgeFilter {
  depth: number;
  types?: readonly EntityType[];
  /** Most neighbours in the answer, the root not counted. */
  limit: number;
}

/** The root's neighbourhood, or undefined when the root does not exist. */
export async function neighborhood(repo: Repository, rootId: string, o: NeighborOptions): Promise<Graph | undefined> {
  const seen = [rootId];
  let frontier = [rootId];
  let omitted = 0;
  for (let layer = 1; layer <= o.depth && frontier.length > 0; layer++) {
    const cap = o.limit - (seen.length - 1);
    const row = await repo.readOne('neighborsLayer', {
      frontier,
      seen,
      relTypes: o.relTypes?.length ? o.relTypes : RELATION_TYPES,
      types: o.types && o.types.length > 0 ? o.types : null,
      minConfidence: o.minConfidence ?? 0,
      since: o.since ?? null,
      until: o.until ?? null,
      rejected: o.rejected ?? false,
      cap,
    });
    const kept = row?.kept ?? [];
    // A layer run with no room left still counts what it would have added; layers beyond the cut
    // are not walked, so `omitted` is a floor, never an unbounded count.
    omitted += (row?.total ?? 0) - kept.length;
    seen.push(...kept);
    frontier = kept;
  }
  // The root is looked up with the rest, so an unknown root costs one empty layer, not a query of its own.
  const [nodes, edges] = await Promise.all([nodesFor(repo, seen), edgesAmong(repo, seen, o)]);
  if (nodes[0]?.id !== rootId) return undefined;
  return {
    nodes: nodes.map((data) => ({ data })),
    edges: edges.map((data) => ({ data })),
    ...(omitted > 0 ? { truncated: { omitted, limit: o.limit } } : {}),
  };
}
