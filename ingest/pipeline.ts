/**
 * @module The extraction pipeline. Stages that prepare the text run first (read, normalise, identify,
 * metadata); the NLP sidecar parses the text; the stages that read the parse (recognise, resolve,
 * relate, clean) run on its answer. Every stage is pure and they are ordered by what each requires
 * and assigns; only the parse is a call out, and only ingest/write touches the database.
 */
import { catalog as defaultCatalog } from './catalog.ts';
import { dropDisallowedRelations } from './clean/dropDisallowedRelations.ts';
import { dropSelfRelations } from './clean/dropSelfRelations.ts';
import { removeDuplicateEvidence } from './clean/removeDuplicateEvidence.ts';
import { removeOverlappingMentions } from './clean/removeOverlappingMentions.ts';
import type { NlpClient } from './nlp/client.ts';
import { extractMetadata } from './normalise/extractMetadata.ts';
import { identifyDocument } from './normalise/identifyDocument.ts';
import { maskDatelines } from './normalise/maskDatelines.ts';
import { normaliseText } from './normalise/normaliseText.ts';
import { decodeDocument } from './read/decodeDocument.ts';
import { findCatalogNames } from './recognise/findCatalogNames.ts';
import { findNamedEntities } from './recognise/findNamedEntities.ts';
import { findTerms } from './recognise/findTerms.ts';
import { matchPatterns } from './relate/matchPatterns.ts';
import { readInfobox } from './relate/readInfobox.ts';
import { readLists } from './relate/readLists.ts';
import { readLocations } from './relate/readLocations.ts';
import { resolveCoreference } from './resolve/resolveCoreference.ts';
import { resolveEntities } from './resolve/resolveEntities.ts';
import { orderStages, type Field, type IngestOptions, type Stage, type Work } from './stage.ts';
import type { DocumentInput, Extraction, Parse } from './types.ts';

/** Stages before the parse: bytes to the text the parser and the graph see. */
export const PREPARE: readonly Stage[] = orderStages([decodeDocument, normaliseText, maskDatelines, identifyDocument, extractMetadata] as Stage[]);

/** Stages after the parse: names to entities to facts. */
export const ANALYSE: readonly Stage[] = orderStages([
  findCatalogNames, findNamedEntities, findTerms, removeOverlappingMentions, resolveEntities, resolveCoreference,
  matchPatterns, readLists, readInfobox, readLocations, dropDisallowedRelations, dropSelfRelations, removeDuplicateEvidence,
] as Stage[], ['input', 'raw', 'text', 'parseText', 'docId', 'meta', 'parse']);

/** Options with their defaults: the size limit comes from INGEST_MAX_BYTES when set. */
export function ingestOptions(overrides: Partial<IngestOptions> = {}): IngestOptions {
  const fromEnv = Number(process.env.INGEST_MAX_BYTES);
  return {
    maxBytes: overrides.maxBytes ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 5 * 1024 * 1024),
    catalog: overrides.catalog ?? defaultCatalog(),
  };
}

function run(stages: readonly Stage[], work: Partial<Work>, options: IngestOptions): Partial<Work> {
  for (const stage of stages) (work as Record<Field, unknown>)[stage.assigns] = stage.run(work as Work, options);
  return work;
}

/** The text as stored and parsed; throws UnreadableDocumentError for bad input. Pure. */
export function prepare(input: DocumentInput, options: IngestOptions): Pick<Work, 'input' | 'raw' | 'text' | 'parseText' | 'docId' | 'meta'> {
  return run(PREPARE, { input }, options) as Pick<Work, 'input' | 'raw' | 'text' | 'parseText' | 'docId' | 'meta'>;
}

/** Entities, mentions and relations from a prepared text and its parse. Pure. */
export function analyse(prepared: Pick<Work, 'input' | 'raw' | 'text' | 'parseText' | 'docId' | 'meta'>, parse: Parse, options: IngestOptions): Extraction {
  const w = run(ANALYSE, { ...prepared, parse }, options) as Work;
  const used = new Set(w.relations.flatMap((r) => [r.source, r.target]));
  for (const m of w.resolution.mentions) used.add(m.entityId);
  return {
    document: { id: w.docId, source: w.input.source, ...w.meta, length: w.text.length, text: w.text },
    entities: w.resolution.entities.filter((e) => used.has(e.id)),
    mentions: w.resolution.mentions,
    relations: w.relations,
  };
}

export async function extract(input: DocumentInput, nlp: NlpClient, overrides: Partial<IngestOptions> = {}): Promise<Extraction> {
  const options = ingestOptions(overrides);
  const prepared = prepare(input, options);
  return analyse(prepared, await nlp.parse(prepared.parseText), options);
}
