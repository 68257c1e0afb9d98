/**
 * @module What a stage is and how the pipeline orders stages: each declares the fields of the work
 * item it requires and the one it assigns, and `orderStages` sorts them so every requirement is
 * assigned first (Baleen's annotators, spaCy's components). A stage's `run` is pure; its `name` is
 * the name it is exported by and the name of its file.
 */
import type { Catalog } from './catalog.ts';
import type {
  DocumentInput, DocumentMeta, Mention, Parse, RawDocument, Reference, Relation, Resolution,
} from './types.ts';

export interface IngestOptions {
  /** Largest text accepted, in bytes (INGEST_MAX_BYTES, default 5 MB): a text file, or the text read from a PDF, Word file or web page. */
  maxBytes: number;
  /**
   * Largest PDF, Word or HTML file accepted, in bytes (INGEST_MAX_FILE_BYTES, default 64 MB): a
   * 300-page report with figures is tens of MB, of which the text is a small part.
   */
  maxFileBytes: number;
  catalog: Catalog;
}

/**
 * Everything stages read and write for one document; each field is assigned by exactly one stage,
 * except `parse`, which the NLP sidecar gives between the stages that prepare the text and those
 * that read it.
 */
export interface Work {
  input: DocumentInput;
  raw: RawDocument;
  text: string;
  /** The text as the parser reads it: the stored text with datelines blanked, offsets unchanged. */
  parseText: string;
  docId: string;
  meta: DocumentMeta;
  parse: Parse;
  catalogMentions: Mention[];
  namedMentions: Mention[];
  termMentions: Mention[];
  mentions: Mention[];
  resolution: Resolution;
  coreferences: Reference[];
  candidates: Relation[];
  listCandidates: Relation[];
  infoboxCandidates: Relation[];
  locationCandidates: Relation[];
  armCandidates: Relation[];
  titleCandidates: Relation[];
  allowedRelations: Relation[];
  distinctPairs: Relation[];
  relations: Relation[];
  /** The relations with the page of each quote, for documents with pages. */
  citedRelations: Relation[];
}

export type Field = keyof Work;

export interface Stage<K extends Field = Field> {
  name: string;
  requires: readonly Field[];
  assigns: K;
  /** Pure; a reader may be asynchronous (pdf.js and mammoth answer with promises), the others return at once. */
  run(work: Pick<Work, Field>, options: IngestOptions): Work[K] | Promise<Work[K]>;
}

/** Declares a stage with its assigned field's type checked against `run`. */
export function defineStage<K extends Field>(stage: Stage<K>): Stage<K> {
  return stage;
}

/** Orders stages so each runs after whatever assigns its requirements; fails on a gap or a cycle. */
export function orderStages(stages: readonly Stage[], given: readonly Field[] = ['input']): Stage[] {
  const ready = new Set<Field>(given);
  const pending = [...stages];
  const ordered: Stage[] = [];
  for (const s of stages) {
    const other = stages.find((o) => o !== s && o.assigns === s.assigns);
    if (other) throw new Error(`ingest: ${s.name} and ${other.name} both assign "${s.assigns}"`);
  }
  while (pending.length) {
    const next = pending.findIndex((s) => s.requires.every((r) => ready.has(r)));
    if (next < 0) {
      throw new Error(`ingest: cannot order ${pending.map((s) => `${s.name} (needs ${s.requires.filter((r) => !ready.has(r)).join(', ')})`).join('; ')}`);
    }
    const stage = pending.splice(next, 1)[0]!;
    ordered.push(stage);
    ready.add(stage.assigns);
  }
  return ordered;
}
