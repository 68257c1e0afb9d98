/**
 * @module Path finding between two entities: shortest first, then alternatives, each bounded by the
 * query's own hop limit.
 */
import { RELATION_TYPES, type RelationType } from '../../cypher/ontology.ts';
import type { Repository } from '../../cypher/repository.ts';
import type { PathRow } from './subgraph.ts';

export interface FoundPath extends PathRow { length: number }

export async function findPaths(repo: Repository, q: { from: string; to: string; maxHops: number; relTypes?: readonly RelationType[]; k: number; rejected?: boolean }): Promise<FoundPath[]> {
  if (q.from === q.to) return [];
  return repo.read('paths', {
    from: q.from,
    to: q.to,
    maxHops: q.maxHops,
    count: q.k + 1,
    rejected: q.rejected ?? false,
    relTypes: q.relTypes && q.relTypes.length > 0 ? q.relTypes : RELATION_TYPES,
  });
}
