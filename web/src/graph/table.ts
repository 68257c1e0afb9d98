/**
 * @module What the canvas draws as rows of two tables, entities and relationships, and how a column
 * sorts them. Pure: the table view (panels/table-view.ts) renders these rows, built from exactly the
 * elements the canvas shows, so filters, hidden elements and the timeline's period apply alike.
 */
import type { EdgeData, NodeData } from '../api/types.ts';
import { relationDisplay } from '../style/cy-style.ts';

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  country: string;
  /** Relationships drawn that touch it. */
  links: number;
  flags: string;
}

export interface RelationshipRow {
  id: string;
  from: string;
  relationship: string;
  to: string;
  status: string;
  years: string;
  confidence: number;
  sources: number;
  review: string;
}

export interface Column<R> { key: keyof R & string; label: string; numeric?: boolean }

export const ENTITY_COLUMNS: Column<EntityRow>[] = [
  { key: 'name', label: 'Name' },
  { key: 'type', label: 'Type' },
  { key: 'country', label: 'Country' },
  { key: 'links', label: 'Links drawn', numeric: true },
  { key: 'flags', label: 'Flags' },
];

export const RELATIONSHIP_COLUMNS: Column<RelationshipRow>[] = [
  { key: 'from', label: 'From' },
  { key: 'relationship', label: 'Relationship' },
  { key: 'to', label: 'To' },
  { key: 'status', label: 'Status' },
  { key: 'years', label: 'Years' },
  { key: 'confidence', label: 'Confidence', numeric: true },
  { key: 'sources', label: 'Sources', numeric: true },
  { key: 'review', label: 'Review' },
];

/** The words the canvas's marks stand for (⚠ and ⊘), so the table says what the picture shows. */
function flagWords(n: NodeData): string {
  const words: string[] = [];
  if ((n.flags?.listed.length ?? 0) > 0) words.push('listed');
  if ((n.flags?.sanctionedBy.length ?? 0) > 0) words.push('sanctioned');
  if ((n.flags?.restrictedBy.length ?? 0) > 0) words.push('restricted in a country');
  return words.join(', ');
}

export function entityRows(nodes: readonly NodeData[], edges: readonly EdgeData[]): EntityRow[] {
  const links = new Map<string, number>();
  for (const e of edges) for (const end of new Set([e.source, e.target])) links.set(end, (links.get(end) ?? 0) + 1);
  return nodes.map((n) => ({ id: n.id, name: n.label, type: n.type, country: n.country ?? '', links: links.get(n.id) ?? 0, flags: flagWords(n) }));
}

export function relationshipRows(nodes: readonly NodeData[], edges: readonly EdgeData[]): RelationshipRow[] {
  const names = new Map(nodes.map((n) => [n.id, n.label]));
  return edges.map((e) => ({
    id: e.id,
    from: names.get(e.source) ?? e.source,
    relationship: relationDisplay(e.type),
    to: names.get(e.target) ?? e.target,
    status: e.status ?? '',
    years: e.years.join(', '),
    confidence: e.confidence,
    sources: e.evidenceCount,
    review: e.review ?? '',
  }));
}

export type SortDirection = 'ascending' | 'descending';
export interface Sort<R> { key: keyof R & string; direction: SortDirection }

/**
 * Rows in the column's order, numbers as numbers and words in the reader's collation; empty cells
 * last either way, so "no status" never crowds out the answers; ties keep a stable order by id.
 */
export function sortRows<R extends { id: string }>(rows: readonly R[], sort: Sort<R>): R[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return rows.slice().sort((a, b) => {
    const [va, vb] = [a[sort.key], b[sort.key]];
    const emptyA = va === '' || va === undefined;
    const emptyB = vb === '' || vb === undefined;
    if (emptyA !== emptyB) return emptyA ? 1 : -1;
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return order * sign || a.id.localeCompare(b.id);
  });
}

/** A click on the sorted column turns its direction; on another column sorts by it, words A-Z and numbers high first. */
export function nextSort<R>(current: Sort<R>, column: Column<R>): Sort<R> {
  if (current.key === column.key) return { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key: column.key, direction: column.numeric ? 'descending' : 'ascending' };
}
