/**
 * @module The extraction pipeline: every stage, ordered by what each requires and assigns, run on
 * one document. Pure: text in, extraction out; only ingest/write touches the database.
 */
import { catalog as defaultCatalog } from './catalog.ts';
import { removeOverlaps } from './clean/removeOverlappingMentions.ts';
import { dropDisallowed } from './clean/dropDisallowedRelations.ts';
import { dropSelf } from './clean/dropSelfRelations.ts';
import { removeDuplicates } from './clean/removeDuplicateEvidence.ts';
import { metadata } from './normalise/metadata.ts';
import { identify, normalise } from './normalise/text.ts';
import { decode } from './read/decode.ts';
import { discover } from './recognise/discover.ts';
import { gazetteer } from './recognise/gazetteer.ts';
import { lawsInForceStage } from './relate/lawsInForce.ts';
import { relate } from './relate/sentenceRules.ts';
import { resolve } from './resolve/entities.ts';
import { sentences } from './split/sentences.ts';
import { orderStages, type Field, type IngestOptions, type Stage, type Work } from './stage.ts';
import type { DocumentInput, Extraction } from './types.ts';

export const STAGES: readonly Stage[] = orderStages([
  decode, normalise, identify, metadata, sentences, gazetteer, discover, removeOverlaps, resolve,
  relate, lawsInForceStage, dropDisallowed, dropSelf, removeDuplicates,
] as Stage[]);

/** Options with their defaults: the size limit comes from INGEST_MAX_BYTES when set. */
export function ingestOptions(overrides: Partial<IngestOptions> = {}): IngestOptions {
  const fromEnv = Number(process.env.INGEST_MAX_BYTES);
  return {
    maxBytes: overrides.maxBytes ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 5 * 1024 * 1024),
    catalog: overrides.catalog ?? defaultCatalog(),
  };
}

export function runPipeline(input: DocumentInput, options: IngestOptions): Work {
  const work: Partial<Work> = { input };
  for (const stage of STAGES) {
    (work as Record<Field, unknown>)[stage.assigns] = stage.run(work as Work, options);
  }
  return work as Work;
}

export function extract(input: DocumentInput, overrides: Partial<IngestOptions> = {}): Extraction {
  const w = runPipeline(input, ingestOptions(overrides));
  const used = new Set(w.relations.flatMap((r) => [r.source, r.target]));
  for (const m of w.resolution.mentions) used.add(m.entityId);
  return {
    document: { id: w.docId, source: input.source, ...w.meta, length: w.text.length, text: w.text },
    entities: w.resolution.entities.filter((e) => used.has(e.id)),
    mentions: w.resolution.mentions,
    relations: w.relations,
  };
}
