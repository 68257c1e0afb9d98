/**
 * @module CSV in two parts, chosen with `?part=`: `edges` (the default) is one row per relationship
 * with both ends' names and types and its evidence quotes, readable alone in a spreadsheet; `nodes`
 * is one row per entity. Two plain files beat a zip an analyst has to unpack.
 */
import type { NodeData } from '../schemas/graph.ts';
import { listingsText, type Exporter } from './model.ts';

/**
 * RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as a formula: quotes
 * come from documents anyone can publish, so "=HYPERLINK(...)" in a source must stay text.
 */
export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;

export const toEdgesCsv: Exporter = async function* (src) {
  // Each row repeats both ends' names, so they are kept by id while the entities go by unwritten.
  const ends = new Map<string, Pick<NodeData, 'label' | 'type'>>();
  for await (const page of src.nodes()) for (const n of page) ends.set(n.id, { label: n.label, type: n.type });
  yield row(['id', 'source', 'source_name', 'source_type', 'type', 'target', 'target_name', 'target_type',
    'confidence', 'evidence_count', 'years', 'status', 'review', 'quotes', 'citations']);
  for await (const page of src.edges()) {
    yield page.map((e) => {
      const s = ends.get(e.source);
      const t = ends.get(e.target);
      return row([e.id, e.source, s?.label, s?.type, e.type, e.target, t?.label, t?.type, e.confidence, e.evidenceCount,
        e.years.join(' '), e.status, e.review, e.evidence.map((x) => x.quote).join(' | '), [...new Set(e.evidence.map((x) => x.citation))].join(' | ')]);
    }).join('');
  }
};

export const toNodesCsv: Exporter = async function* (src) {
  yield row(['id', 'name', 'type', 'country', 'aliases', 'origin', 'listed_on', 'sanctioned_by', 'restricted_by']);
  for await (const page of src.nodes()) {
    yield page.map((n) => row([n.id, n.label, n.type, n.country, n.aliases.join(' | '), n.origin, listingsText(n),
      n.flags?.sanctionedBy.map((f) => f.name).join(' | '), n.flags?.restrictedBy.map((f) => f.name).join(' | ')])).join('');
  }
};
