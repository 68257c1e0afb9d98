/**
 * @module How an export is cut into pages before any relationship is read: plain functions of the
 * entities that exist (with their element ids and out-degrees) and of the relationship ids asked for,
 * so the page bounds are tested without a database.
 */
import { parseRelationshipId } from '../../ingest/ontology.ts';

/** An entity of the export as cypher/api/export_node_refs.cypher answers it. */
export interface NodeRef {
  id: string;
  /** Neo4j element id: checked against a parameter set without reading the node. */
  ref: string;
  outDegree: number;
}

/** Relationships among the export's entities, read from their starts (cypher/api/export_edges.cypher). */
export interface AmongPage {
  kind: 'among';
  sources: string[];
  members: string[];
}

/** Relationships named by id (cypher/api/export_edges_by_id.cypher). */
export interface ChosenPage {
  kind: 'chosen';
  sources: string[];
  targets: string[];
  relIds: string[];
}

export type EdgePage = AmongPage | ChosenPage;

/** Consecutive runs of `items` whose weights add up to at most `budget`; an item heavier than that runs alone. */
function runs<T>(items: readonly T[], weight: (item: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let sum = 0;
  for (const item of items) {
    const w = weight(item);
    if (current.length > 0 && sum + w > budget) {
      out.push(current);
      current = [];
      sum = 0;
    }
    current.push(item);
    sum += w;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The export's existing entity ids, in the order asked for, `perPage` at a time. */
export function planNodePages(ids: readonly string[], refs: ReadonlyMap<string, NodeRef>, perPage: number): string[][] {
  return chunks(ids.filter((id) => refs.has(id)), perPage);
}

/**
 * Pages of at most about `perPage` relationships. Without relationship ids, every relationship among
 * the entities is read once, from its start: entities are grouped while their out-degrees (an upper
 * bound on what they contribute) fit the budget, and an entity with more outgoing relationships than
 * that is read against a slice of the ends at a time. With ids, each id names its start and end, so
 * ids whose ends are not both in the export are dropped here (the query could not have returned
 * them) and the rest are grouped by start entity, a start with too many split over several pages.
 */
export function planEdgePages(
  ids: readonly string[], refs: ReadonlyMap<string, NodeRef>, relIds: readonly string[] | undefined, perPage: number,
): EdgePage[] {
  if (relIds === undefined) {
    const members = ids.flatMap((id) => refs.get(id)?.ref ?? []);
    const starts = ids.flatMap((id) => {
      const r = refs.get(id);
      return r && r.outDegree > 0 ? [r] : [];
    });
    return runs(starts, (r) => r.outDegree, perPage).flatMap((run): AmongPage[] =>
      run.length === 1 && run[0].outDegree > perPage
        ? chunks(members, perPage).map((slice) => ({ kind: 'among', sources: [run[0].id], members: slice }))
        : [{ kind: 'among', sources: run.map((r) => r.id), members }]);
  }
  const bySource = new Map<string, { id: string; target: string }[]>();
  for (const id of relIds) {
    const ends = parseRelationshipId(id);
    const target = ends && refs.get(ends.target);
    if (!ends || !target || !refs.has(ends.source)) continue;
    let list = bySource.get(ends.source);
    if (!list) bySource.set(ends.source, (list = []));
    list.push({ id, target: target.ref });
  }
  const groups = [...bySource].flatMap(([source, rels]) => chunks(rels, perPage).map((slice) => ({ source, rels: slice })));
  return runs(groups, (g) => g.rels.length, perPage).map((run) => ({
    kind: 'chosen',
    sources: run.map((g) => g.source),
    targets: [...new Set(run.flatMap((g) => g.rels.map((r) => r.target)))],
    relIds: run.flatMap((g) => g.rels.map((r) => r.id)),
  }));
}
