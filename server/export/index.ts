/**
 * @module The export formats by name, with their media types and file extensions.
 */
import type { Exporter } from './model.ts';
import { toJson } from './json.ts';
import { toGraphml } from './graphml.ts';
import { toGexf } from './gexf.ts';
import { toEdgesCsv, toNodesCsv } from './csv.ts';
import { toCypher } from './cypher.ts';
import { toFtm } from './ftm.ts';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type CsvPart = 'nodes' | 'edges';

export interface FormatInfo { contentType: string; extension: string; exporter: Exporter }

export function formatInfo(format: ExportFormat, part: CsvPart = 'edges'): FormatInfo {
  switch (format) {
    case 'json': return { contentType: 'application/json; charset=utf-8', extension: 'json', exporter: toJson };
    case 'graphml': return { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', exporter: toGraphml };
    case 'gexf': return { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', exporter: toGexf };
    case 'csv': return { contentType: 'text/csv; charset=utf-8', extension: `${part}.csv`, exporter: part === 'nodes' ? toNodesCsv : toEdgesCsv };
    case 'cypher': return { contentType: 'application/x-cypher-query; charset=utf-8', extension: 'cypher', exporter: toCypher };
    case 'ftm': return { contentType: 'application/x-ndjson; charset=utf-8', extension: 'ftm.json', exporter: toFtm };
  }
}
