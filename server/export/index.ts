/**
 * @module The export formats by name, with their media types and file extensions, and the stream a
 * route sends.
 */
import { Readable } from 'node:stream';
import type { Exporter } from './model.ts';
import { toJson } from './json.ts';
import { toGraphml } from './graphml.ts';
import { toGexf } from './gexf.ts';
import { toEdgesCsv, toNodesCsv } from './csv.ts';
import { toCypher } from './cypher.ts';
import { toFtm } from './ftm.ts';
import type { ExportFormat } from '../schemas/export.ts';

export type CsvPart = 'nodes' | 'edges';

export interface FormatInfo {
  contentType: string;
  extension: string;
  exporter: Exporter;
  /** The format writes entities only, so no relationship needs reading. */
  nodesOnly?: true;
  /** The format opens with totals and the documents (ExportSource.summary), read before the first byte. */
  summaryFirst?: true;
}

export function formatInfo(format: ExportFormat, part: CsvPart = 'edges'): FormatInfo {
  switch (format) {
    case 'json': return { contentType: 'application/json; charset=utf-8', extension: 'json', exporter: toJson };
    case 'graphml': return { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', exporter: toGraphml };
    case 'gexf': return { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', exporter: toGexf };
    case 'csv': return part === 'nodes'
      ? { contentType: 'text/csv; charset=utf-8', extension: 'nodes.csv', exporter: toNodesCsv, nodesOnly: true }
      : { contentType: 'text/csv; charset=utf-8', extension: 'edges.csv', exporter: toEdgesCsv };
    case 'cypher': return { contentType: 'application/x-cypher-query; charset=utf-8', extension: 'cypher', exporter: toCypher, summaryFirst: true };
    case 'ftm': return { contentType: 'application/x-ndjson; charset=utf-8', extension: 'ftm.json', exporter: toFtm };
  }
}

/** Bytes buffered ahead of the socket; the exporters' chunks are pages, so about one page waits. */
const STREAM_HIGH_WATER_MARK = 64 * 1024;

/**
 * The exporter's chunks as a byte stream that pulls the next one only when the client has taken the
 * last (backpressure), so a slow download holds a page, not the file. When a page fails after the
 * first byte is out, the stream errors and Fastify destroys the socket: the client sees a broken
 * download, never a short file that looks complete.
 */
export function exportStream(chunks: AsyncIterable<string>): Readable {
  return Readable.from(nonEmpty(chunks), { objectMode: false, highWaterMark: STREAM_HIGH_WATER_MARK });
}

async function* nonEmpty(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const chunk of chunks) if (chunk.length > 0) yield chunk;
}
