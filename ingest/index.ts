/**
 * @module Ingest's public entry points: the server, the CLI and tests call exactly these. Each takes
 * the NLP client that parses text (nlp/client.ts) and, to write, the repository (cypher/). Extraction
 * itself is pure once the text is parsed; ingest/write is the only code touching Neo4j.
 */
import { readFileSync } from 'node:fs';
import type { RelationType } from '../cypher/ontology.ts';
import { DatabaseUnavailableError, type Repository } from '../cypher/repository.ts';
import { batchDefaults, runBatches, type BatchLimits, type Item } from './batch.ts';
import { NlpUnavailableError, type NlpClient, type ParseProgress } from './nlp/client.ts';
import { extract, ingestOptions } from './pipeline.ts';
import { fetchDocument, fetchOptions, isUrl } from './read/fetchUrl.ts';
import { UnreadableDocumentError } from './read/errors.ts';
import { listFiles, sourcePath } from './read/files.ts';
import { readSidecar } from './read/sidecar.ts';
import type { IngestOptions } from './stage.ts';
import type { DocumentInput, Extraction, MetaOverrides } from './types.ts';
import { countDocuments, resetGraph, writeBatch, writeExtraction, type WriteOutcome, type WriteResult } from './write/graph.ts';

export { batchDefaults, type BatchLimits } from './batch.ts';
export { NlpUnavailableError, nlpChunkChars, nlpClient, type NlpClient } from './nlp/client.ts';
export { openNlpServer, startNlpServer, type NlpServer } from './nlp/server.ts';
export { UnreadableDocumentError } from './read/errors.ts';
export type { UnreadableReason } from './read/errors.ts';
export { relationToJsonl, relationToLine, extractionToJsonl, type RelationLine } from './output/jsonl.ts';
export { importList, type ListImportReport, type ListImportOptions } from './lists/importList.ts';
export { LIST_FORMATS, ListFileError, type ListFormat } from './lists/entries.ts';
/** How entity ids are made from names and relationship aggregates from evidence: curation makes them the same way. */
export { slug } from './names.ts';
export { evidenceJson, summariseEvidence } from './write/mergeEvidence.ts';
export { MetaOverridesSchema } from './read/sidecar.ts';
export { isUrl } from './read/fetchUrl.ts';
export { pastedSource, uploadSource } from './read/uploads.ts';
export type {
  MetaOverrides, DocumentFormat, DocumentInput, DocumentRecord, Entity, Evidence, Extraction, Relation, ResolvedMention,
} from './types.ts';

/**
 * Per-call options: the size limit (default INGEST_MAX_BYTES or 5 MB), the catalog (default
 * seeds/catalog.json), and who hears how far the parse of a long text has got.
 */
export type ExtractOptions = Partial<IngestOptions> & { onParse?: ParseProgress };

/** What ingest needs from outside: the store to write to and the parser to read with. */
export interface IngestContext {
  repo: Repository;
  nlp: NlpClient;
}

export interface IngestSummary {
  documents: { read: number; added: number; replaced: number; unchanged: number };
  /** Files not ingested, each with a one-line reason ("unchanged" is not a failure). */
  skipped: { file: string; reason: string }[];
  failed: number;
  entities: { new: number; known: number };
  /** Distinct relations supported by the documents added or replaced, by type. */
  relations: Partial<Record<RelationType, number>>;
}

/**
 * The database stopped answering during `ingestPaths`: `summary` says what was written before (each
 * document whole), and `notWritten` how many of the files were not. Running again adds them, and
 * leaves what is stored as it is.
 */
export class IngestStoppedError extends Error {
  override name = 'IngestStoppedError';
  constructor(reason: string, readonly summary: IngestSummary, readonly notWritten: number) {
    super(reason);
  }
}

export interface UrlOptions {
  /**
   * Whether URLs on loopback, private and link-local addresses are fetched: yes for the CLI, run by
   * the analyst on their own machine; no for the API unless its operator says so (FETCH_PRIVATE_URLS).
   */
  allowPrivateUrls?: boolean;
}

export interface IngestPathsOptions extends ExtractOptions, UrlOptions {
  reset?: boolean;
  /** Metadata for every file of the run (CLI fields); it wins over each file's sidecar, which wins over the file. */
  meta?: MetaOverrides;
  /** Called once per file, in file order, when the file is written, left unchanged or has failed. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Called once, before the first file is read, with the number of files and URLs to read. */
  onStart?: (total: number) => void;
  /** Called while a long file is parsed (a 300-page PDF takes minutes): how many of its characters are done. */
  onFileParse?: (file: string, parsedChars: number, totalChars: number) => void;
  batch?: Partial<BatchLimits>;
}

/** A file as ingest reads it: its bytes, its source path and the metadata its sidecar and the user give. */
export function fileInput(file: string, data: Uint8Array, meta?: MetaOverrides): DocumentInput {
  return { source: sourcePath(file), data, meta: { ...readSidecar(file), ...meta } };
}

/**
 * A URL as ingest reads it: fetched once (timeout, size cap, bytes archived), with the metadata the
 * user gives winning over the fetched URL. Throws UnreadableDocumentError when it cannot be fetched.
 */
export async function urlInput(url: string, meta?: MetaOverrides, options?: ExtractOptions & UrlOptions): Promise<DocumentInput> {
  const fetched = await fetchDocument(url, fetchOptions({ maxBytes: ingestOptions(options).maxFileBytes, allowPrivate: options?.allowPrivateUrls ?? false }));
  return { ...fetched, meta: { ...fetched.meta, ...meta } };
}

/** Text in, entities, mentions and relations with evidence out. Throws UnreadableDocumentError for bad input, NlpUnavailableError when the parser cannot be reached. */
export function extractDocument(input: DocumentInput, nlp: NlpClient, options?: ExtractOptions): Promise<Extraction> {
  return extract(input, nlp, options, options?.onParse);
}

/** Extracts one document and writes it in one transaction; identical content is left as it is. */
export async function ingestDocument(ctx: IngestContext, input: DocumentInput, options?: ExtractOptions): Promise<{ status: WriteResult['status']; extraction: Extraction }> {
  const extraction = await extractDocument(input, ctx.nlp, options);
  const written = await writeExtraction(ctx.repo, extraction);
  return { status: written.status, extraction };
}

function emptySummary(): IngestSummary {
  return { documents: { read: 0, added: 0, replaced: 0, unchanged: 0 }, skipped: [], failed: 0, entities: { new: 0, known: 0 }, relations: {} };
}

function failureReason(e: unknown): string {
  return e instanceof UnreadableDocumentError ? `${e.reason}: ${e.message}` : `error: ${(e as Error).message.split('\n')[0]}`;
}

/**
 * Ingests files, folders (recursively: text, Markdown, HTML, PDF, Word) and URLs; a bad file or URL is skipped with its reason while
 * the rest go in. Documents are written in batches (`batch`, default `batchDefaults`), one
 * transaction each, while the next batch is extracted. A parser that cannot be reached stops the run
 * with NlpUnavailableError after the batches already extracted are written: nothing is half-written.
 * A database that stops answering (its server died, or it is known down) stops the run at once with
 * IngestStoppedError, which says what was written and what was not.
 */
export async function ingestPaths(ctx: IngestContext, paths: string[], options: IngestPathsOptions = {}): Promise<IngestSummary> {
  const limits = { ...batchDefaults, ...options.batch };
  const summary = emptySummary();
  // URLs go through the batches beside the files, each fetched when its turn comes.
  const urls = paths.filter(isUrl);
  const listed = listFiles(paths.filter((p) => !isUrl(p)));
  const files = [...listed.files, ...urls];
  options.onStart?.(files.length);
  const { skipped } = listed;
  summary.skipped.push(...skipped);
  summary.failed += skipped.length;
  if (options.reset) await resetGraph(ctx.repo);
  const fresh = new Set<string>();
  const seen = new Set<string>();
  const relations = new Map<string, RelationType>();
  let done = 0;
  let stoppedBy: DatabaseUnavailableError | undefined;
  const databaseDown = () => {
    const down = ctx.repo.db.down;
    if (down !== undefined) stoppedBy ??= new DatabaseUnavailableError(down);
    return stoppedBy;
  };

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

  const extractFile = async (file: string): Promise<Item> => {
    // No use reading what cannot be written: the run stops here, after writing nothing more.
    const down = databaseDown();
    if (down) throw down;
    try {
      const input = isUrl(file) ? await urlInput(file, options.meta, options) : fileInput(file, readFileSync(file), options.meta);
      summary.documents.read += 1;
      const onParse = options.onFileParse && ((done: number, total: number) => options.onFileParse!(file, done, total));
      return { file, extraction: await extractDocument(input, ctx.nlp, { ...options, onParse }) };
    } catch (e) {
      if (e instanceof NlpUnavailableError) throw e;
      return { file, reason: failureReason(e) };
    }
  };

  const write = async (items: Item[]) => {
    const extracted = items.flatMap((i) => ('extraction' in i ? [i] : []));
    const outcomes = extracted.length && !databaseDown() ? await writeBatch(ctx.repo, extracted.map((i) => i.extraction)) : [];
    const outcomeOf = new Map<Item, WriteOutcome | undefined>(extracted.map((item, k) => [item, outcomes[k]]));
    for (const item of items) {
      if (!('extraction' in item)) {
        settle(item.file, undefined, { ok: false, reason: item.reason });
        continue;
      }
      const outcome = outcomeOf.get(item);
      // Not written because the database went away: neither stored nor refused, left for the next run.
      if (!outcome || (!outcome.ok && outcome.error instanceof DatabaseUnavailableError)) {
        if (outcome && !outcome.ok) stoppedBy ??= outcome.error as DatabaseUnavailableError;
        continue;
      }
      settle(item.file, item.extraction, outcome);
    }
  };

  try {
    await runBatches(files, extractFile, write, limits);
  } catch (e) {
    if (!(e instanceof DatabaseUnavailableError)) throw e;
    stoppedBy ??= e;
  }
  summary.entities = { new: fresh.size, known: [...seen].filter((id) => !fresh.has(id)).length };
  for (const type of relations.values()) summary.relations[type] = (summary.relations[type] ?? 0) + 1;
  if (stoppedBy) throw new IngestStoppedError(stoppedBy.message, summary, files.length - done);
  return summary;
}

/** Ingests the seed folder when the graph holds no document yet (first start); otherwise does nothing. */
export async function seedIfEmpty(ctx: IngestContext, seedsDir: string, options: IngestPathsOptions = {}): Promise<IngestSummary | undefined> {
  if ((await countDocuments(ctx.repo)) > 0) return undefined;
  return ingestPaths(ctx, [seedsDir], options);
}
