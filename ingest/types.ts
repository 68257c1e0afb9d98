/**
 * @module The shapes that flow between ingest stages and out of `extractDocument`. Offsets are
 * always character offsets (UTF-16 code units, as JavaScript strings count) into the normalised text.
 */
import type { EntityType, LinkStatus, RelationType } from '../cypher/ontology.ts';

export interface DocumentInput {
  /** File path, URL, or an upload's content-made source (read/uploads.ts); a changed file with the same source replaces its own evidence. */
  source: string;
  data: string | Uint8Array;
  /** Overrides the title taken from the file or the text. */
  title?: string;
  /** What the user says about the document (a sidecar NAME.meta.json, CLI or API fields): it wins over the file and the text. */
  meta?: MetaOverrides;
  /** The media type a server sent the bytes with, for a URL whose name does not say the format. */
  mediaType?: string;
  /** The character set a server sent the bytes with (`charset=` of its Content-Type). */
  charset?: string;
}

/** The formats a reader exists for. */
export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx';

export interface DocumentMeta {
  title: string;
  publisher?: string;
  author?: string;
  /** As the source states it; ISO (YYYY-MM-DD or a prefix of it) when the file says it in a machine form. */
  date?: string;
  /** BCP 47 tag as the file declares it ("en", "ru-RU"). */
  language?: string;
  /** Where the document was published or fetched from. */
  url?: string;
}

export type MetaOverrides = Partial<DocumentMeta>;

/**
 * A document as its reader gives it: the text of each page (one page for formats without pages)
 * and what the file itself says about the document (HTML meta tags, PDF info, DOCX core properties).
 */
export interface RawDocument {
  format: DocumentFormat;
  pages: string[];
  meta: MetaOverrides;
}

export interface DocumentRecord extends DocumentMeta {
  /** sha256 of the normalised text, first 16 hex: the same content always gets the same id. */
  id: string;
  source: string;
  length: number;
  /** The stored text; a PDF's pages are separated by form feeds (U+000C), which count as one character each. */
  text: string;
  format: DocumentFormat;
  /** Number of pages (1 for formats without pages). */
  pages: number;
  /** sha256 of the bytes as read (the file, upload or fetched page), hex. */
  contentHash: string;
  /** The last part of the source: the file name, or the URL's. */
  fileName: string;
  /** Size of those bytes. */
  size: number;
}

/** A token as the NLP sidecar reads it; `i` is its index in the sentence. */
export interface Token {
  i: number;
  word: string;
  lemma: string;
  /** Penn Treebank tag (NNP, VBD, ...). */
  pos: string;
  /** CoreNLP's coarse named-entity class (PERSON, ORGANIZATION, LOCATION, MISC, DATE, ...) or O. */
  ner: string;
  start: number;
  end: number;
}

/** One enhanced++ dependency: `rel` from the governor to the dependent token; `gov` -1 is the root. */
export interface Dependency {
  rel: string;
  gov: number;
  dep: number;
}

export interface ParsedSentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  deps: Dependency[];
}

/** What the NLP sidecar answers for a document. */
export interface Parse {
  sentences: ParsedSentence[];
}

/** A span of text that names something, before it is tied to an entity. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Tokens of the span in its sentence, end exclusive, and the one the others depend on. */
  tokenStart: number;
  tokenEnd: number;
  head: number;
  /** The catalog entries the span matches (several when bodies share a name across countries). */
  catalogKeys: string[];
  /** Canonical name for a discovered span; the catalog name wins once resolved. */
  name: string;
  origin: 'catalog' | 'discovered';
  /** Which pattern or list found it, for explanations and for choosing between overlaps. */
  rule: string;
  sentence: number;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  country?: string;
  /** Longitude and latitude of a city, from the gazetteer (reference data, like the country). */
  coordinates?: [number, number];
  origin: 'catalog' | 'discovered';
}

export interface ResolvedMention {
  entityId: string;
  start: number;
  end: number;
  text: string;
  /**
   * The country the text places the mention in (written into or beside it, else the nearest named),
   * when it names one: how the write stage tells a name an analyst split off from the same name
   * said of the body it was split from ("Russia's Interior Ministry").
   */
  placedIn?: string;
}

/**
 * A mention tied to its entity or entities, as relation rules see it. A pronoun ("They") can stand
 * for several entities, which is why `entityIds` is a list.
 */
export interface Reference {
  entityIds: string[];
  type: EntityType;
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Its tokens in the sentence (end exclusive) and the head token relation patterns reach it by. */
  tokenStart: number;
  tokenEnd: number;
  head: number;
  /** True for a pronoun or description ("the company") standing in for an entity named before. */
  anaphor: boolean;
}

export interface Resolution {
  entities: Entity[];
  mentions: ResolvedMention[];
  references: Reference[];
}

export interface Evidence {
  doc: string;
  quote: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  year?: number;
  status?: LinkStatus;
  detail?: string;
  /** The page the quote starts on, for documents with pages (PDF). */
  page?: number;
}

export interface Relation {
  /** Stable hash of source id, type and target id: the same fact in two documents has one id. */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  evidence: Evidence;
}

export interface Extraction {
  document: DocumentRecord;
  entities: Entity[];
  mentions: ResolvedMention[];
  relations: Relation[];
}
