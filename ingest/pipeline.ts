/**
 * @module The extraction pipeline. Stages that prepare the text run first (read per format, normalise, identify,
 * metadata); the NLP sidecar parses the text; the stages that read the parse (recognise, resolve,
 * relate, clean) run on its answer. Every stage is pure and they are ordered by what each requires
 * and assigns; only the parse is a call out, and only ingest/write touches the database.
 */
import { createHash } from 'node:crypto';
import { catalog as defaultCatalog } from './catalog.ts';
import { dropDisallowedRelations } from './clean/dropDisallowedRelations.ts';
import { dropSelfRelations } from './clean/dropSelfRelations.ts';
import { removeDuplicateEvidence } from './clean/removeDuplicateEvidence.ts';
import { removeOverlappingMentions } from './clean/removeOverlappingMentions.ts';
import type { NlpClient, ParseProgress } from './nlp/client.ts';
import { extractMetadata } from './normalise/extractMetadata.ts';
import { identifyDocument } from './normalise/identifyDocument.ts';
import { maskDatelines } from './normalise/maskDatelines.ts';
import { normaliseText } from './normalise/normaliseText.ts';
import { readDocument } from './read/readDocument.ts';
import { findCatalogNames } from './recognise/findCatalogNames.ts';
import { findNamedEntities } from './recognise/findNamedEntities.ts';
import { findTerms } from './recognise/findTerms.ts';
import { addPageNumbers } from './relate/addPageNumbers.ts';
import { matchPatterns } from './relate/matchPatterns.ts';
import { readInfobox } from './relate/readInfobox.ts';
import { readLists } from './relate/readLists.ts';
import { readLocations } from './relate/readLocations.ts';
import { readNationalArms } from './relate/readNationalArms.ts';
import { readOfficeTitles } from './relate/readOfficeTitles.ts';
import { resolveCoreference } from './resolve/resolveCoreference.ts';
import { resolveEntities } from './resolve/resolveEntities.ts';
import { orderStages, type Field, type IngestOptions, type Stage, type Work } from './stage.ts';
import type { DocumentInput, Extraction, Parse } from './types.ts';

/** Stages before the parse: bytes to the text the parser and the graph see. */
export const PREPARE: readonly Stage[] = orderStages([readDocument, normaliseText, maskDatelines, identifyDocument, extractMetadata] as Stage[]);

/** Stages after the parse: names to entities to facts. */
export const ANALYSE: readonly Stage[] = orderStages([
  findCatalogNames, findNamedEntities, findTerms, removeOverlappingMentions, resolveEntities, resolveCoreference,
  matchPatterns, readLists, readInfobox, readLocations, readNationalArms, readOfficeTitles, dropDisallowedRelations, dropSelfRelations, removeDuplicateEvidence, addPageNumbers,
] as Stage[], ['input', 'raw', 'text', 'parseText', 'docId', 'meta', 'parse']);

function limitFromEnv(name: string, fallback: number): number {
  const fromEnv = Number(process.env[name]);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
}

/** Options with their defaults: the size limits come from INGEST_MAX_BYTES and INGEST_MAX_FILE_BYTES when set. */
export function ingestOptions(overrides: Partial<IngestOptions> = {}): IngestOptions {
  return {
    maxBytes: overrides.maxBytes ?? limitFromEnv('INGEST_MAX_BYTES', 5 * 1024 * 1024),
    maxFileBytes: overrides.maxFileBytes ?? limitFromEnv('INGEST_MAX_FILE_BYTES', 64 * 1024 * 1024),
    catalog: overrides.catalog ?? defaultCatalog(),
  };
}

async function run(stages: readonly Stage[], work: Partial<Work>, options: IngestOptions): Promise<Partial<Work>> {
  for (const stage of stages) (work as Record<Field, unknown>)[stage.assigns] = await stage.run(work as Work, options);
  return work;
}

type Prepared = Pick<Work, 'input' | 'raw' | 'text' | 'parseText' | 'docId' | 'meta'>;

/** The text as stored and parsed; throws UnreadableDocumentError for bad input. Pure. */
export async function prepare(input: DocumentInput, options: IngestOptions): Promise<Prepared> {
  return await run(PREPARE, { input }, options) as Prepared;
}

/** The bytes as the user gave them: their hash and size describe the file, whatever its text. */
function fileFacts(input: DocumentInput): { contentHash: string; size: number; fileName: string } {
  const bytes = typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : input.data;
  const path = input.source.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return {
    contentHash: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.byteLength,
    fileName: path.slice(path.lastIndexOf('/') + 1) || input.source,
  };
}

/** Entities, mentions and relations from a prepared text and its parse. Pure. */
export async function analyse(prepared: Prepared, parse: Parse, options: IngestOptions): Promise<Extraction> {
  const w = await run(ANALYSE, { ...prepared, parse }, options) as Work;
  const used = new Set(w.citedRelations.flatMap((r) => [r.source, r.target]));
  for (const m of w.resolution.mentions) used.add(m.entityId);
  return {
    document: {
      id: w.docId, source: w.input.source, ...w.meta, length: w.text.length, text: w.text,
      format: w.raw.format, pages: w.raw.pages.length, ...fileFacts(w.input),
    },
    entities: w.resolution.entities.filter((e) => used.has(e.id)),
    mentions: w.resolution.mentions,
    relations: w.citedRelations,
  };
}

export async function extract(input: DocumentInput, nlp: NlpClient, overrides: Partial<IngestOptions> = {}, onParse?: ParseProgress): Promise<Extraction> {
  const options = ingestOptions(overrides);
  const prepared = await prepare(input, options);
  return analyse(prepared, await nlp.parse(prepared.parseText, onParse), options);
}
