/**
 * @module Supply chains as a breadth-first walk in layers, so the nearest answers come first and the
 * walk stops at a limit: a hub's chain costs a few capped layers, never every path through it.
 *
 * A chain reads, from supplier to customer: vendor links {0,3}, one SUPPLIES, customer-side links
 * {0,2}, the customer. Upstream walks it backwards from the root (customer side, then SUPPLIES, then
 * vendor links: the vendors found are the answer); downstream walks it forwards (vendor links, then
 * SUPPLIES, then customer side: the customers found are the answer). Each layer is one query per
 * side; every entity remembers the relationship it was reached by, which gives its shortest path.
 */
import { COUNTRY_MEMBERS, IN_COUNTRY, relationTypeInfo, type EntityType, type LinkStatus, type RelationType } from '../../cypher/ontology.ts';
import type { Repository, RowOf } from '../../cypher/repository.ts';
import type { EdgeRow } from '../../cypher/rows.ts';
import type { Graph } from '../schemas/graph.ts';
import { edgesAmong, graphOfPaths, type PathRow } from './subgraph.ts';

/** What "supplies" means along a chain. The step queries in cypher/api/supplyChain*Step.cypher write these types out (so a hub's other relationships are never read); a test holds them equal. */
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

/** Every type a chain may follow: what `relTypes` on the route may choose from. */
export const SUPPLY_LINK_TYPES: readonly RelationType[] = [...new Set(Object.values(SUPPLY_LINKS).flat())];

/**
 * What a chain follows besides delivered supply, each switchable (`include=` on the route): planned
 * links by default (drawn dashed), cancelled and ended ones only when asked, partnerships only when
 * asked, since partnering is not supplying; and, by default, a state's places and government bodies
 * (reference data: "Who supplies Russia?" includes who supplies Moscow).
 */
export const CHAIN_OPTIONS = ['planned', 'cancelled', 'ended', 'partners', 'countries'] as const;
export type ChainOption = (typeof CHAIN_OPTIONS)[number];
export const DEFAULT_INCLUDE: readonly ChainOption[] = ['planned', 'countries'];
const STATES: readonly EntityType[] = ['State'];
/** Statuses a link may be left out for, unless included; paths (server/graph/paths.ts) use them too. */
export const EXCLUDABLE_STATUSES = ['planned', 'cancelled', 'ended'] as const satisfies readonly LinkStatus[];

export interface ChainOptions {
  include: readonly ChainOption[];
  /** Only these of the chain's link types are followed; absent or empty follows all of them. */
  relTypes?: readonly RelationType[];
  /** Links below this confidence are not followed (0..1). */
  minConfidence?: number;
}

function excludedStatuses(o: ChainOptions): LinkStatus[] {
  return EXCLUDABLE_STATUSES.filter((s) => !o.include.includes(s));
}

function followedTypes(o: ChainOptions): readonly RelationType[] {
  return o.relTypes?.length ? o.relTypes : SUPPLY_LINK_TYPES;
}

/** Most vendor links and customer-side links in one chain. */
export const CHAIN_LINKS = 3;
export const CUSTOMER_LINKS = 2;

/** Entries in an answer unless asked otherwise: more than a canvas can show legibly. */
export const SUPPLY_CHAIN_LIMIT = 100;

/** Entities kept per layer on the side the answer is not on (a state's cities): enough for any real chain, bounded for a hub. */
const WALK_CAP = 2000;

export type Direction = 'upstream' | 'downstream';

export interface ChainEntry { entity: string; hops: number; paths: PathRow[] }

export interface SupplyChain {
  entries: ChainEntry[];
  /** Entries beyond the limit (a floor: the walk stops once the limit is reached). */
  omitted: number;
}


/** A side of the chain: entities reached on it, each with how it was reached and how many of its own links it used. */
/** The three layer queries: along customers (programs, places), across SUPPLIES, and along vendors. */
type Step = 'supplyChainChainStep' | 'supplyChainCustomerStep' | 'supplyChainSupplyStep';

class Side {
  readonly via = new Map<string, { from: string; rel: EdgeRow; fromSide: Side } | null>();
  readonly links = new Map<string, number>();
  constructor(readonly step: Step, readonly maxLinks: number) {}
}

export async function walkSupplyChain(repo: Repository, id: string, direction: Direction, maxHops: number, limit: number, options: ChainOptions = { include: DEFAULT_INCLUDE }): Promise<SupplyChain> {
  const upstream = direction === 'upstream';
  const excluded = excludedStatuses(options);
  const partners = options.include.includes('partners');
  const relTypes = followedTypes(options);
  const minConfidence = options.minConfidence ?? 0;
  const supplierTypes = relationTypeInfo(SUPPLY_LINKS.supplies).from;
  // A State may supply (found across SUPPLIES), but is never a link between vendors: Russia
  // partnering with Huawei does not put Russia upstream of Huawei's customers.
  const chainTypes = supplierTypes.filter((t) => t !== 'State');
  const chain = new Side('supplyChainChainStep', CHAIN_LINKS);
  const customers = new Side('supplyChainCustomerStep', CUSTOMER_LINKS);
  // Walking up, the root is a customer and the answer is vendors; walking down, the reverse.
  const [near, far] = upstream ? [customers, chain] : [chain, customers];
  near.via.set(id, null);
  near.links.set(id, 0);
  const found: string[] = [];
  let omitted = 0;
  let nearFrontier = [id];
  let farFrontier: string[] = [];

  const layer = async (side: Side, step: Step, frontier: string[], cap: number): Promise<RowOf<Step>> => {
    if (frontier.length === 0) return { total: 0, kept: [] };
    const params = { frontier, seen: [id, ...side.via.keys()], upstream, cap, excluded, minConfidence };
    const row = step === 'supplyChainCustomerStep'
      ? await repo.readOne(step, { ...params, relTypes, countries: options.include.includes('countries'), states: STATES, members: COUNTRY_MEMBERS, countryLink: IN_COUNTRY })
      : step === 'supplyChainChainStep' ? await repo.readOne(step, { ...params, relTypes, chainTypes, partners })
        : await repo.readOne(step, { ...params, supplierTypes });
    return row ?? { total: 0, kept: [] };
  };

  for (let hop = 1; hop <= maxHops && found.length < limit && (nearFrontier.length > 0 || farFrontier.length > 0); hop++) {
    const room = limit - found.length;
    const [nearStep, across, farStep] = await Promise.all([
      layer(near, near.step, nearFrontier.filter((n) => near.links.get(n)! < near.maxLinks), WALK_CAP),
      layer(far, 'supplyChainSupplyStep', nearFrontier, room),
      layer(far, far.step, farFrontier.filter((n) => far.links.get(n)! < far.maxLinks), room),
    ]);
    nearFrontier = [];
    for (const r of nearStep.kept) {
      near.via.set(r.id, { ...r.via, fromSide: near });
      near.links.set(r.id, near.links.get(r.via.from)! + 1);
      nearFrontier.push(r.id);
    }
    const before = found.length;
    const candidates = new Set([...across.kept, ...farStep.kept].map((r) => r.id));
    farFrontier = [];
    // Crossing SUPPLIES first: an entity reached both ways in one layer keeps every vendor link left.
    for (const [r, fromSide, links] of [
      ...across.kept.map((r) => [r, near, 0] as const),
      ...farStep.kept.map((r) => [r, far, far.links.get(r.via.from)! + 1] as const),
    ]) {
      if (far.via.has(r.id) || found.length >= limit) continue;
      far.via.set(r.id, { ...r.via, fromSide });
      far.links.set(r.id, links);
      farFrontier.push(r.id);
      found.push(r.id);
    }
    // Each query counts what it found beyond its cap; both may count the same entity, so the larger is a floor.
    omitted += Math.max(0, Math.max(across.total, farStep.total, candidates.size) - (found.length - before));
  }

  const pathTo = (entity: string): PathRow => {
    const nodes = [entity];
    const rels: EdgeRow[] = [];
    let side: Side = far;
    let at = entity;
    for (let step = side.via.get(at); step; step = side.via.get(at)) {
      rels.push(step.rel);
      at = step.from;
      side = step.fromSide;
      nodes.push(at);
    }
    // Paths read from supplier to customer, as the chain does.
    return upstream ? { nodes, rels } : { nodes: nodes.reverse(), rels: rels.reverse() };
  };
  const entries = found.map((entity) => {
    const path = pathTo(entity);
    return { entity, hops: path.rels.length, paths: [path] };
  });
  return { entries: entries.sort((a, b) => a.hops - b.hops || a.entity.localeCompare(b.entity)), omitted };
}

/**
 * The elements to draw: the entries' paths, plus every supply link among the entities shown that
 * the chain would follow, so a longer route (Dahua -> Korkem Telecom -> Sergek) stays visible
 * beside the shortest (Dahua -> Kazakhstan) and a cancelled contract left out of the chain is not
 * drawn back in.
 */
export async function supplyChainGraph(repo: Repository, entries: readonly ChainEntry[], options: ChainOptions = { include: DEFAULT_INCLUDE }): Promise<Graph> {
  const graph = await graphOfPaths(repo, entries.flatMap((e) => e.paths));
  const shown = new Set(graph.edges.map((e) => e.data.id));
  const excluded = excludedStatuses(options);
  const types = followedTypes(options).filter((t) => options.include.includes('partners') || !(SUPPLY_LINKS.chainEither as readonly string[]).includes(t));
  const links = (await edgesAmong(repo, graph.nodes.map((n) => n.data.id), { relTypes: types }))
    .filter((e) => !(excluded as string[]).includes(e.status ?? '') && e.confidence >= (options.minConfidence ?? 0));
  return { ...graph, edges: [...graph.edges, ...links.filter((e) => !shown.has(e.id)).map((data) => ({ data }))] };
}

/** The entries alone, for callers that draw or export the chain. */
export async function supplyChain(repo: Repository, id: string, direction: Direction, maxHops: number, limit = SUPPLY_CHAIN_LIMIT, options: ChainOptions = { include: DEFAULT_INCLUDE }): Promise<ChainEntry[]> {
  return (await walkSupplyChain(repo, id, direction, maxHops, limit, options)).entries;
}
