/**
 * @module The screening of a supply chain: every vendor in it (or customer, walking down) as one row,
 * with the watchlists it is on (list, programs, date, source), who sanctions it per a document, who
 * restricts it in a country, and the path that puts it in the chain, read as names. Listed vendors
 * first, then the nearest: the table an analyst hands on.
 */
import { relationTypeInfo, isRelationType, IN_COUNTRY } from '../../cypher/ontology.ts';
import type { EdgeData, NodeData } from '../schemas/graph.ts';
import { csvCell } from '../export/csv.ts';
import { listingsText } from '../export/model.ts';

export interface ScreeningRow {
  id: string;
  name: string;
  type: string;
  country: string | null;
  hops: number;
  listed: boolean;
  listedOn: string;
  sanctionedBy: string;
  restrictedBy: string;
  path: string;
}

const verb = (type: string) => (type === IN_COUNTRY ? 'is in (reference)' : isRelationType(type) ? relationTypeInfo(type).display : type.toLowerCase());

export function screeningRows(entries: readonly { entity: NodeData; hops: number; paths: { nodes: string[]; edges: string[] }[] }[], nodes: readonly NodeData[], edges: readonly EdgeData[]): ScreeningRow[] {
  const name = new Map(nodes.map((n) => [n.id, n.label]));
  const edge = new Map(edges.map((e) => [e.id, e]));
  const pathText = (p: { nodes: string[]; edges: string[] }) => p.nodes.map((n, i) => {
    const e = p.edges[i] ? edge.get(p.edges[i]!) : undefined;
    if (!e) return name.get(n) ?? n;
    // Each step read in its own direction: "Korkem Telecom supplies Sergek", "Almaty is in (reference) Kazakhstan".
    const forward = e.source === n;
    return `${name.get(n) ?? n} ${forward ? verb(e.type) : `<- ${verb(e.type)} -`}`;
  }).join(' ');
  return entries.map((e): ScreeningRow => ({
    id: e.entity.id, name: e.entity.label, type: e.entity.type, country: e.entity.country ?? null, hops: e.hops,
    listed: (e.entity.flags?.listed.length ?? 0) + (e.entity.flags?.sanctionedBy.length ?? 0) > 0,
    listedOn: listingsText(e.entity),
    sanctionedBy: (e.entity.flags?.sanctionedBy ?? []).map((f) => `${f.name}${f.detail ? ` (${f.detail})` : ''}`).join(' | '),
    restrictedBy: (e.entity.flags?.restrictedBy ?? []).map((f) => `${f.name}${f.detail ? ` (${f.detail})` : ''}`).join(' | '),
    path: e.paths[0] ? pathText(e.paths[0]) : '',
  })).sort((a, b) => Number(b.listed) - Number(a.listed) || a.hops - b.hops || a.name.localeCompare(b.name));
}

export function screeningCsv(rows: readonly ScreeningRow[]): string {
  const line = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;
  return line(['id', 'name', 'type', 'country', 'hops', 'listed_or_sanctioned', 'listed_on', 'sanctioned_by', 'restricted_in_a_country_by', 'path'])
    + rows.map((r) => line([r.id, r.name, r.type, r.country, r.hops, r.listed ? 'yes' : 'no', r.listedOn, r.sanctionedBy, r.restrictedBy, r.path])).join('');
}
