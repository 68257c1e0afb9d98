/**
 * @module Ingest's public entry points: the server, the CLI and tests call exactly these.
 * `extractDocument` is pure; the others write through ingest/write, the only code touching Neo4j.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import type { Database } from '../server/db/connection.ts';
import type { RelationType } from './ontology.ts';
import { extract } from './pipeline.ts';
import { UnreadableDocumentError } from './read/errors.ts';
import { listFiles } from './read/files.ts';
import type { IngestOptions } from './stage.ts';
import type { DocumentInput, Extraction } from './types.ts';
import { countDocuments, resetGraph, writeExtraction, type WriteResult } from './write/graph.ts';

export { UnreadableDocumentError } from './read/errors.ts';
export type { UnreadableReason } from './read/errors.ts';
export { relationToJsonl, relationToLine, extractionToJsonl, type RelationLine } from './output/jsonl.ts';
export type {
  DocumentInput, DocumentRecord, Entity, Evidence, Extraction, Relation, ResolvedMention,
} from './types.ts';

/** Per-call options: the size limit (default INGEST_MAX_BYTES or 5 MB) and the catalog (default seeds/catalog.json). */
export type ExtractOptions = Partial<IngestOptions>;

export interface IngestSummary {
  documents: { read: number; added: number; replaced: number; unchanged: number };
  /** Files not ingested, each with a one-line reason ("unchanged" is not a failure). */
  skipped: { file: string; reason: string }[];
  failed: number;
  entities: { new: number; known: number };
  /** Distinct relations supported by the documents added or replaced, by type. */
  relations: Partial<Record<RelationType, number>>;
}

export interface IngestPathsOptions extends ExtractOptions {
  reset?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Text in, entities, mentions and relations with evidence out. Throws UnreadableDocumentError for bad input. */
export function extractDocument(input: DocumentInput, options?: ExtractOptions): Extraction {
  return extract(input, options);
}

async function ingestExtraction(db: Database, input: DocumentInput, options?: ExtractOptions): Promise<{ extraction: Extraction; written: WriteResult }> {
  const extraction = extractDocument(input, options);
  return { extraction, written: await writeExtraction(db, extraction) };
}

/** Extracts one document and writes it in one transaction; identical content is left as it is. */
export async function ingestDocument(db: Database, input: DocumentInput, options?: ExtractOptions): Promise<{ status: WriteResult['status']; extraction: Extraction }> {
  const { extraction, written } = await ingestExtraction(db, input, options);
  return { status: written.status, extraction };
}

function emptySummary(): IngestSummary {
  return { documents: { read: 0, added: 0, replaced: 0, unchanged: 0 }, skipped: [], failed: 0, entities: { new: 0, known: 0 }, relations: {} };
}

/** The name a file is stored under: relative to the working folder when inside it, so re-runs from the repo match. */
function sourceName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : basename(file);
}

/** Ingests files and folders (recursively, .txt and .md); a bad file is skipped with its reason while the rest go in. */
export async function ingestPaths(db: Database, paths: string[], options: IngestPathsOptions = {}): Promise<IngestSummary> {
  const summary = emptySummary();
  const { files, skipped } = listFiles(paths);
  summary.skipped.push(...skipped);
  summary.failed += skipped.length;
  if (options.reset) await resetGraph(db);
  const fresh = new Set<string>();
  const seen = new Set<string>();
  const relations = new Map<string, RelationType>();
  for (const [i, file] of files.entries()) {
    try {
      const data = readFileSync(file);
      summary.documents.read += 1;
      const { extraction, written } = await ingestExtraction(db, { source: sourceName(file), data }, options);
      summary.documents[written.status] += 1;
      if (written.status === 'unchanged') summary.skipped.push({ file, reason: 'unchanged' });
      for (const id of written.newEntityIds) fresh.add(id);
      for (const id of [...written.newEntityIds, ...written.knownEntityIds]) seen.add(id);
      if (written.status !== 'unchanged') for (const r of extraction.relations) relations.set(r.id, r.type);
    } catch (e) {
      summary.failed += 1;
      const reason = e instanceof UnreadableDocumentError ? `${e.reason}: ${e.message}` : `error: ${(e as Error).message.split('\n')[0]}`;
      summary.skipped.push({ file, reason });
    }
    options.onProgress?.(i + 1, files.length, file);
  }
  summary.entities = { new: fresh.size, known: [...seen].filter((id) => !fresh.has(id)).length };
  for (const type of relations.values()) summary.relations[type] = (summary.relations[type] ?? 0) + 1;
  return summary;
}

/** Ingests the seed folder when the graph holds no document yet (first start); otherwise does nothing. */
export async function seedIfEmpty(db: Database, seedsDir: string): Promise<IngestSummary | undefined> {
  if ((await countDocuments(db)) > 0) return undefined;
  return ingestPaths(db, [seedsDir]);
}
