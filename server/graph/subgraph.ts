/**
 * @module Turns sets of ids into Cytoscape elements: nodes with their sanctions and restriction flags,
 * and the relationships among them. Every graph-shaped answer goes through here, so a sanctioned
 * vendor is flagged wherever it appears.
 */
import { RELATION_TYPES, type RelationType } from '../../cypher/ontology.ts';
import type { Repository } from '../../cypher/repository.ts';
import type { EdgeRow, EntityRow, FlagRow, ListingRow } from '../../cypher/rows.ts';
import type { EdgeData, Flag, Graph, Listing, NodeData } from '../schemas/graph.ts';
import { toEdgeData, toNodeData } from './elements.ts';
import { detailOf, parseEvidence } from './evidence.ts';

const SANCTIONS: RelationType = 'SANCTIONS';
const RESTRICTS: RelationType = 'RESTRICTS';
/** The relationships that flag an entity; cypher/api/nodesByIds.cypher and exportNodes.cypher follow exactly these. */
export const FLAG_TYPES: readonly RelationType[] = [SANCTIONS, RESTRICTS];

export interface EdgeFilter {
  relTypes?: readonly RelationType[];
  minConfidence?: number;
  since?: number;
  until?: number;
  /** Keep relationships a person rejected too (graph answers hide them unless asked). */
  rejected?: boolean;
}
function toListing(l: ListingRow): Listing {
  return {
    list: l.list, listId: l.listId, entry: l.entry, entryName: l.entryName, programs: l.programs ?? [], status: l.status === 'confirmed' ? 'confirmed' : 'linked', score: l.score,
    ...(l.since ? { since: l.since } : {}), ...(l.url ? { url: l.url } : {}),
  };
}

/**
 * An entity row and its flags as an element's data; `flagCount` beyond the listed flags becomes
 * `flags.omitted`. Watchlists it is on are `listed`; sanctions per a document `sanctionedBy`;
 * restrictions in a country, a different thing, `restrictedBy`.
 */
export function toFlaggedNode(row: { node: EntityRow; flags: FlagRow[]; flagCount?: number; listings?: ListingRow[] }): NodeData {
  const node = toNodeData(row.node);
  if (row.listings?.length) node.flags = { listed: row.listings.map(toListing), sanctionedBy: [], restrictedBy: [] };
  // A stable order, so the same graph always reads (and exports) the same way.
  for (const f of [...row.flags].sort((a, b) => a.name.localeCompare(b.name))) {
    node.flags ??= { listed: [], sanctionedBy: [], restrictedBy: [] };
    const detail = detailOf(parseEvidence(f.evidence));
    const flag: Flag = { id: f.id, name: f.name, type: f.byType, relationshipId: f.relationshipId, ...(detail ? { detail } : {}) };
    (f.type === SANCTIONS ? node.flags.sanctionedBy : node.flags.restrictedBy).push(flag);
  }
  if (node.flags && row.flagCount !== undefined && row.flagCount > row.flags.length) node.flags.omitted = row.flagCount - row.flags.length;
  return node;
}

/**
 * Flags listed per entity and kind in graph answers. A hub can be restricted by hundreds of
 * agencies (Huawei has 2,266 flags on the 1M bench graph); every neighbourhood it appears in would
 * carry them all. The entity route lists up to ENTITY_FLAGS.
 */
export const GRAPH_FLAGS = 10;
export const ENTITY_FLAGS = 500;

/** Entities by id with flags (up to `maxFlags` of each kind, the rest counted), in the order of `ids`; unknown ids are left out. */
export async function nodesFor(repo: Repository, ids: readonly string[], maxFlags = GRAPH_FLAGS): Promise<NodeData[]> {
  if (ids.length === 0) return [];
  const rows = await repo.read('nodesByIds', { ids, maxFlags });
  const byId = new Map(rows.map((r) => [r.node.id, toFlaggedNode(r)] as const));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Relationships among a set of entities that pass the filter. */
export async function edgesAmong(repo: Repository, ids: readonly string[], filter: EdgeFilter = {}): Promise<EdgeData[]> {
  if (ids.length === 0) return [];
  const rows = await repo.read('edgesAmong', {
    ids,
    relTypes: filter.relTypes?.length ? filter.relTypes : RELATION_TYPES,
    minConfidence: filter.minConfidence ?? 0,
    since: filter.since ?? null,
    until: filter.until ?? null,
    rejected: filter.rejected ?? false,
  });
  return rows.map((r) => toEdgeData(r.edge));
}

/** A path as the path queries return it: node ids in order and its relationships as edge rows. */
export interface PathRow { nodes: string[]; rels: EdgeRow[] }

/** The elements for paths or chains already found: exactly these nodes and these relationships. */
export async function graphOfPaths(repo: Repository, paths: readonly PathRow[]): Promise<Graph> {
  const nodes = await nodesFor(repo, [...new Set(paths.flatMap((p) => p.nodes))]);
  const edges = new Map(paths.flatMap((p) => p.rels).map((r) => [r.id, toEdgeData(r)]));
  return { nodes: nodes.map((data) => ({ data })), edges: [...edges.values()].map((data) => ({ data })) };
}
