/**
 * @module Path finding between two entities: shortest first, then alternatives, each bounded by the
 * query's own hop limit, and using only relationships of the asked types, direction, confidence and
 * status.
 */
import { RELATION_TYPES, type LinkStatus, type RelationType } from '../../cypher/ontology.ts';
import type { Repository } from '../../cypher/repository.ts';
import { EXCLUDABLE_STATUSES } from './supply-chain.ts';
import type { PathRow } from './subgraph.ts';

export interface FoundPath extends PathRow { length: number }

/** `forward`: each relationship runs from `from` towards `to` (who supplies whom, in order); `backward` the reverse. */
export const PATH_DIRECTIONS = ['any', 'forward', 'backward'] as const;
export type PathDirection = (typeof PATH_DIRECTIONS)[number];

export interface PathOptions {
  from: string;
  to: string;
  maxHops: number;
  relTypes?: readonly RelationType[];
  k: number;
  rejected?: boolean;
  direction?: PathDirection;
  minConfidence?: number;
  /** Which of planned, cancelled and ended links a path may use; absent means all of them. */
  include?: readonly LinkStatus[];
}

export async function findPaths(repo: Repository, q: PathOptions): Promise<FoundPath[]> {
  if (q.from === q.to) return [];
  return repo.read('paths', {
    from: q.from,
    to: q.to,
    maxHops: q.maxHops,
    count: q.k + 1,
    rejected: q.rejected ?? false,
    relTypes: q.relTypes && q.relTypes.length > 0 ? q.relTypes : RELATION_TYPES,
    direction: q.direction ?? 'any',
    minConfidence: q.minConfidence ?? 0,
    excluded: q.include ? EXCLUDABLE_STATUSES.filter((s) => !q.include!.includes(s)) : [],
  });
}
