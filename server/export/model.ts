/**
 * @module What every exporter receives: a subgraph with its evidence, already loaded. Exporters are
 * pure generators of text chunks, so the route can stream them and tests can read them whole.
 */
import type { EdgeData, NodeData } from '../graph/elements.ts';
import type { citeEvidence } from '../graph/evidence.ts';

/** An evidence item as every answer cites it (one mapping, in graph/evidence.ts). */
export type ExportEvidence = ReturnType<typeof citeEvidence>;

export interface ExportEdge extends EdgeData {
  evidence: ExportEvidence[];
}

export interface ExportDocument {
  id: string;
  title: string;
  source: string;
  publisher?: string;
  date?: string;
}

export interface ExportGraph {
  nodes: NodeData[];
  edges: ExportEdge[];
  documents: ExportDocument[];
  /** ISO time of the export, written into formats that carry one. */
  exportedAt: string;
}

export type Exporter = (graph: ExportGraph) => Iterable<string>;

/** XML 1.0 forbids most control characters even escaped; text from PDFs sometimes carries them. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(value: unknown): string {
  return String(value)
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The evidence of an edge as the JSON list tools can parse back, without the stored offsets' doc text. */
export function evidenceJson(edge: ExportEdge): string {
  return JSON.stringify(edge.evidence);
}
