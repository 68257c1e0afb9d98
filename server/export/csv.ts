/**
 * @module CSV in two parts, chosen with `?part=`: `edges` (the default) is one row per relationship
 * with both ends' names and types and its evidence quotes, readable alone in a spreadsheet; `nodes`
 * is one row per entity. Two plain files beat a zip an analyst has to unpack.
 */
import type { ExportGraph, Exporter } from './model.ts';

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

export const toEdgesCsv: Exporter = function* (g: ExportGraph) {
  const names = new Map(g.nodes.map((n) => [n.id, n]));
  yield row(['id', 'source', 'source_name', 'source_type', 'type', 'target', 'target_name', 'target_type',
    'confidence', 'evidence_count', 'years', 'status', 'quotes', 'documents']);
  for (const e of g.edges) {
    const s = names.get(e.source);
    const t = names.get(e.target);
    yield row([e.id, e.source, s?.label, s?.type, e.type, e.target, t?.label, t?.type, e.confidence, e.evidenceCount,
      e.years.join(' '), e.status, e.evidence.map((x) => x.quote).join(' | '), [...new Set(e.evidence.map((x) => x.documentTitle))].join(' | ')]);
  }
};

export const toNodesCsv: Exporter = function* (g: ExportGraph) {
  yield row(['id', 'name', 'type', 'country', 'aliases', 'origin', 'sanctioned_by', 'restricted_by']);
  for (const n of g.nodes) {
    yield row([n.id, n.label, n.type, n.country, n.aliases.join(' | '), n.origin,
      n.flags?.sanctionedBy.map((f) => f.name).join(' | '), n.flags?.restrictedBy.map((f) => f.name).join(' | ')]);
  }
};
