/**
 * @module Ingest's public entry points: the server, the CLI and tests call exactly these.
 * `extractDocument` is pure; the others write through ingest/write, the only code touching Neo4j.
 * `ingestPaths` is a two-stage pipeline: files are read and extracted on this thread while the
 * previous batch of documents is written in one transaction, since for node that write is mostly
 * waiting on the database.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import type { Repository } from '../cypher/repository.ts';
import type { RelationType } from '../cypher/ontology.ts';
import { extract } from './pipeline.ts';
import { UnreadableDocumentError } from './read/errors.ts';
import { listFiles } from './read/files.ts';
import type { IngestOptions } from './stage.ts';
import type { DocumentInput, Extraction } from './types.ts';
import { countDocuments, resetGraph, writeBatch, writeExtraction, type WriteOutcome, type WriteResult } from './write/graph.ts';

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

/** How many documents `ingestPaths` writes per transaction. */
export interface BatchLimits {
  /** Documents per transaction. */
  documents: number;
  /** Characters of document text and evidence quotes per transaction: the bulk of its parameters. */
  chars: number;
}

export const batchDefaults = {
  // 50 articles of ~10 KB, as the raw-write ceiling uses: commit and the six round trips of a batch
  // cost well under a millisecond a document. 50 measured faster than 25 end to end and 100 no
  // faster, as reading relationships inside a larger transaction grows dearer (BENCHMARKS.md, cause 2).
  documents: 50,
  // A few MB of parameters per transaction at most, so a folder of large reports does not build one
  // huge transaction on a 512 MB heap; a single document over it still goes in alone.
  chars: 4_000_000,
} satisfies BatchLimits;

export interface IngestPathsOptions extends ExtractOptions {
  reset?: boolean;
  /** Called once per file, in file order, when the file is written, left unchanged or has failed. */
  onProgress?: (done: number, total: number, file: string) => void;
  batch?: Partial<BatchLimits>;
}

/** Text in, entities, mentions and relations with evidence out. Throws UnreadableDocumentError for bad input. */
export function extractDocument(input: DocumentInput, options?: ExtractOptions): Extraction {
  return extract(input, options);
}

/** Extracts one document and writes it in one transaction; identical content is left as it is. */
export async function ingestDocument(repo: Repository, input: DocumentInput, options?: ExtractOptions): Promise<{ status: WriteResult['status']; extraction: Extraction }> {
  const extraction = extractDocument(input, options);
  const written = await writeExtraction(repo, extraction);
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

/** One file on its way through the pipeline: extracted, or refused with its reason. */
type Item = { file: string; extraction: Extraction; chars: number } | { file: string; reason: string };

function failureReason(e: unknown): string {
  return e instanceof UnreadableDocumentError ? `${e.reason}: ${e.message}` : `error: ${(e as Error).message.split('\n')[0]}`;
}

/** The parameter characters a document adds to its batch: its text and its quotes. */
function charsOf(x: Extraction): number {
  return x.document.text.length + x.relations.reduce((n, r) => n + r.evidence.quote.length, 0);
}

/** Lets the driver's socket callbacks run, so the batch being written moves on between two extractions. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Ingests files and folders (recursively, .txt and .md); a bad file is skipped with its reason while
 * the rest go in. Documents are written in batches (`batch`, default `batchDefaults`), one
 * transaction each, while the next batch is extracted; at most one batch is written while one fills,
 * so memory stays flat whatever the number of files.
 */
export async function ingestPaths(repo: Repository, paths: string[], options: IngestPathsOptions = {}): Promise<IngestSummary> {
  const limits = { ...batchDefaults, ...options.batch };
  const summary = emptySummary();
  const { files, skipped } = listFiles(paths);
  summary.skipped.push(...skipped);
  summary.failed += skipped.length;
  if (options.reset) await resetGraph(repo);
  const fresh = new Set<string>();
  const seen = new Set<string>();
  const relations = new Map<string, RelationType>();
  let done = 0;

  const settle = (file: string, extraction: Extraction | undefined, outcome: WriteOutcome | { ok: false; reason: string }) => {
    if (!outcome.ok) {
      summary.failed += 1;
      summary.skipped.push({ file, reason: 'reason' in outcome ? outcome.reason : failureReason(outcome.error) });
    } else {
      const written = outcome.result;
      summary.documents[written.status] += 1;
      if (written.status === 'unchanged') summary.skipped.push({ file, reason: 'unchanged' });
      for (const id of written.newEntityIds) fresh.add(id);
      for (const id of [...written.newEntityIds, ...written.knownEntityIds]) seen.add(id);
      if (written.status !== 'unchanged') for (const r of extraction!.relations) relations.set(r.id, r.type);
    }
    done += 1;
    options.onProgress?.(done, files.length, file);
  };

  const write = async (items: Item[]) => {
    const extracted = items.flatMap((i) => ('extraction' in i ? [i] : []));
    const outcomes = extracted.length ? await writeBatch(repo, extracted.map((i) => i.extraction)) : [];
    const outcomeOf = new Map<Item, WriteOutcome>(extracted.map((item, k) => [item, outcomes[k]]));
    for (const item of items) {
      if ('extraction' in item) settle(item.file, item.extraction, outcomeOf.get(item)!);
      else settle(item.file, undefined, { ok: false, reason: item.reason });
    }
  };

  let writing: Promise<void> = Promise.resolve();
  let filling: Item[] = [];
  let documents = 0;
  let chars = 0;
  const send = async () => {
    const items = filling;
    filling = [];
    documents = 0;
    chars = 0;
    await writing;
    writing = write(items);
    // Awaited at the next send or at the end; until then a rejection (a throwing onProgress) is held, not unhandled.
    writing.catch(() => undefined);
  };

  for (const file of files) {
    let item: Item;
    try {
      const data = readFileSync(file);
      summary.documents.read += 1;
      const extraction = extractDocument({ source: sourceName(file), data }, options);
      item = { file, extraction, chars: charsOf(extraction) };
    } catch (e) {
      item = { file, reason: failureReason(e) };
    }
    const adds = 'chars' in item ? item.chars : 0;
    if (documents && (documents >= limits.documents || chars + adds > limits.chars)) await send();
    filling.push(item);
    if ('chars' in item) documents += 1;
    chars += adds;
    await yieldToIo();
  }
  await send();
  await writing;

  summary.entities = { new: fresh.size, known: [...seen].filter((id) => !fresh.has(id)).length };
  for (const type of relations.values()) summary.relations[type] = (summary.relations[type] ?? 0) + 1;
  return summary;
}

/** Ingests the seed folder when the graph holds no document yet (first start); otherwise does nothing. */
export async function seedIfEmpty(repo: Repository, seedsDir: string): Promise<IngestSummary | undefined> {
  if ((await countDocuments(repo)) > 0) return undefined;
  return ingestPaths(repo, [seedsDir]);
}
