/**
 * @module What "supplies" means along a chain, as data: which relationship types carry supply towards
 * a customer, and which tie a customer-side entity (a program, a city) to the root. The queries take
 * these lists as parameters, so the reading can change without touching Cypher.
 */
import { relationTypeInfo, type RelationType } from '../../ingest/ontology.ts';
import type { Repository } from '../plugins/repository.ts';
import type { PathRow } from './subgraph.ts';

export const SUPPLY_LINKS = {
  supplies: 'SUPPLIES',
  /** Start is upstream of end: a supplier's supplier, a contract manufacturer. */
  chainForward: ['SUPPLIES', 'MANUFACTURES_FOR'],
  /** End is upstream of start: the parent group stands behind its subsidiary's sales. */
  chainBackward: ['SUBSIDIARY_OF'],
  /** A technical partner is upstream whichever way the sentence named the pair. */
  chainEither: ['PARTNERS_WITH'],
  /** From a customer-side entity towards the root: Sergek LOCATED_IN Kazakhstan, Almaty LOCATED_IN Kazakhstan. */
  customerForward: ['LOCATED_IN'],
  /** From the root towards a customer-side entity: Kazakhstan OPERATES Sergek, a city USES a platform. */
  customerBackward: ['OPERATES', 'USES'],
} as const satisfies Record<string, RelationType | readonly RelationType[]>;

export type Direction = 'upstream' | 'downstream';

export interface ChainEntry { entity: string; hops: number; paths: PathRow[] }

/** Paths kept per entry: enough to show why, few enough to read. */
const PATHS_PER_ENTRY = 5;

export async function supplyChain(repo: Repository, id: string, direction: Direction, maxHops: number): Promise<ChainEntry[]> {
  const rows = await repo.many<{ entity: string; hops: number } & PathRow>(
    direction === 'upstream' ? 'supplyChainUpstream' : 'supplyChainDownstream',
    { id, ...SUPPLY_LINKS, supplierTypes: relationTypeInfo(SUPPLY_LINKS.supplies).from, maxHops, maxPaths: PATHS_PER_ENTRY },
  );
  const entries = new Map<string, ChainEntry>();
  for (const r of rows) {
    const e = entries.get(r.entity) ?? { entity: r.entity, hops: r.hops, paths: [] };
    e.hops = Math.min(e.hops, r.hops);
    e.paths.push({ nodes: r.nodes, rels: r.rels });
    entries.set(r.entity, e);
  }
  return [...entries.values()].sort((a, b) => a.hops - b.hops || a.entity.localeCompare(b.entity));
}
