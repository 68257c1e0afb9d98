/**
 * @module What every exporter reads: a subgraph with its evidence, handed over page by page so that
 * an export holds one page of it at a time, never the whole graph. Exporters are async generators of
 * text chunks; the route streams them, tests read them whole.
 */
import type { EdgeData, NodeData } from '../schemas/graph.ts';
import type { citeEvidence } from '../graph/evidence.ts';
import type { ChangeRow } from '../../cypher/rows.ts';

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

/** A change a person made to the exported entities or their relationships (GET /api/changes, without the snapshots). */
export type ExportChange = Omit<ChangeRow, 'scope' | 'before' | 'after'>;

/** What a format that opens with totals and lists documents before relationships (Cypher) needs first. */
export interface ExportSummary {
  nodes: number;
  edges: number;
  documents: ExportDocument[];
}

/**
 * The subgraph of one export. Read `nodes()` once, then `edges()` once, in that order; each yields
 * pages of a bounded size, fetched while the previous page is being written.
 */
export interface ExportSource {
  /** ISO time of the export, written into formats that carry one. */
  readonly exportedAt: string;
  /** The entities, in the order they were asked for. */
  nodes(): AsyncIterable<NodeData[]>;
  /** The relationships among them, each with its evidence cited by document title. */
  edges(): AsyncIterable<ExportEdge[]>;
  /** The documents the edges cited, in order of first citation; complete once `edges()` is read. */
  documents(): ExportDocument[];
  /**
   * Totals and every cited document before anything is read: a pass over the relationships without
   * their evidence. Only for formats whose layout needs them first.
   */
  summary(): Promise<ExportSummary>;
  /** The audit trail of the exported entities and their relationships, oldest first. */
  changes(): Promise<ExportChange[]>;
}

export type Exporter = (source: ExportSource) => AsyncIterable<string>;

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

/** The watchlists an entity is on, each cited, as every flat format writes them: "Entity List (Entity List) since 2019-10-09 <url>". */
export function listingsText(n: NodeData, separator = ' | '): string {
  return (n.flags?.listed ?? []).map((l) => [l.list, l.programs.length ? ` (${l.programs.join(', ')})` : '', l.since ? ` since ${l.since}` : '', l.url ? ` <${l.url}>` : ''].join('')).join(separator);
}
