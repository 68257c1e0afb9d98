/**
 * @module How an export is cut into pages before any relationship is read: plain functions of the
 * entities that exist (with their element ids and out-degrees) and of the relationship ids asked for,
 * so the page bounds are tested without a database.
 */
import { parseRelationshipId } from '../../cypher/ontology.ts';

/** An entity of the export as cypher/api/export_node_refs.cypher answers it. */
export interface NodeRef {
  id: string;
  outDegree: number;
}

/**
 * A page of cypher/api/export_edges.cypher: the relationships leaving `sources` that end at one of
 * `members`, or, when relationships are named, those among `relIds`.
 */
export type EdgePage =
  | { sources: string[]; members: string[]; relIds: null }
  | { sources: string[]; members: null; relIds: string[] };

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

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Pages of the relationships among the entities, when none are named: every relationship is read
 * once, from its start. Entities are grouped while their out-degrees (an upper bound on what they
 * contribute) fit `readPerPage`; an entity with more outgoing relationships than that is read
 * against `perPage` of the ends at a time. `readPerPage` is larger than `perPage` because in the
 * densest part of a graph about half the relationships read stay inside the export, and fewer pages
 * matter here: each carries the export's ids.
 */
export function planAmongPages(ids: readonly string[], refs: ReadonlyMap<string, NodeRef>, perPage: number, readPerPage: number): EdgePage[] {
  const members = ids.filter((id) => refs.has(id));
  const starts = members.flatMap((id) => {
    const r = refs.get(id)!;
    return r.outDegree > 0 ? [r] : [];
  });
  return runs(starts, (r) => r.outDegree, readPerPage).flatMap((run): EdgePage[] =>
    run.length === 1 && run[0]!.outDegree > readPerPage
      ? chunks(members, perPage).map((slice) => ({ sources: [run[0]!.id], members: slice, relIds: null }))
      : [{ sources: run.map((r) => r.id), members, relIds: null }]);
}

/**
 * Pages of relationships named by id. Each id names its start and end, so this needs no query: ids
 * whose ends are not both among the export's ids are dropped (the database could not have returned
 * them), and the rest are grouped by start entity, `perPage` a page, a start with more split over
 * several pages.
 */
export function planChosenPages(ids: readonly string[], relIds: readonly string[], perPage: number): EdgePage[] {
  const exported = new Set(ids);
  const bySource = new Map<string, string[]>();
  for (const id of relIds) {
    const ends = parseRelationshipId(id);
    if (!ends || !exported.has(ends.source) || !exported.has(ends.target)) continue;
    let list = bySource.get(ends.source);
    if (!list) bySource.set(ends.source, (list = []));
    list.push(id);
  }
  const groups = [...bySource].flatMap(([source, named]) => chunks(named, perPage).map((slice) => ({ source, ids: slice })));
  return runs(groups, (g) => g.ids.length, perPage).map((run) => ({
    sources: run.map((g) => g.source),
    members: null,
    relIds: run.flatMap((g) => g.ids),
  }));
}
