/**
 * @module The shapes of the stored graph as queries read and write them: the named types that query
 * headers (`// @param`, `// @row`) refer to. The generated `queries.gen.ts` imports them from here,
 * so a row's shape is declared once, beside the queries, and every caller sees it typed.
 */

/** An entity as read: `e { .id, .name, .type, .country, .aliases, .origin }`. */
export interface EntityRow {
  id: string;
  name: string;
  type: string;
  country?: string | null;
  aliases?: string[] | null;
  origin?: string | null;
}

/** A relationship as read (edgesAmong, paths, the supply-chain steps). */
export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  confidence?: number | null;
  evidenceCount?: number | null;
  years?: number[] | null;
  status?: string | null;
  /** A person's verdict (cypher/ontology.ts, REVIEW_STATUSES), when there is one. */
  review?: string | null;
}

/** What people did to a relationship (cypher/ontology.ts, RELATIONSHIP_CURATION). */
export interface RelationshipCurationRow {
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  disputed: string[] | null;
  analystEvidence: string[] | null;
  correctedTo: string | null;
  correctedFrom: string | null;
  correctedStatus: string | null;
  correctedYears: number[] | null;
  version: number;
}

/** Who sanctions or restricts an entity, as nodesByIds and exportNodes list them. */
export interface FlagRow {
  type: string;
  relationshipId: string;
  id: string;
  name: string;
  byType: string;
  evidence: string[] | null;
}

/** A document's stored properties; the text only where a query asks for it. */
export interface DocumentRow {
  id: string;
  title: string | null;
  source: string | null;
  publisher: string | null;
  author: string | null;
  date: unknown;
  length: number | null;
  ingestedAt: unknown;
  url: string | null;
  language: string | null;
  format: string | null;
  pages: number | null;
  contentHash: string | null;
  fileName: string | null;
  size: number | null;
  text?: string | null;
  /** Mention spans as JSON `[entityId, start, end]` triples, stored at ingest time (document only). */
  mentionSpans?: string | null;
}

/** A row of exportEdges: a list rather than a map, since the driver decodes every key of every map. */
export type EdgeTuple = [
  id: string, source: string, target: string, type: string, confidence: number | null, evidenceCount: number | null,
  years: number[], status: string | null, evidence: string[] | null, citedDocuments: string[] | null, review: string | null,
];

/** One entity a supply-chain step reached, with the best relationship it was reached by. */
export interface ChainStepRow {
  id: string;
  via: { from: string; rel: EdgeRow };
}

/** One entity of a write batch, folded from every document of the batch that names it. */
export interface EntityWrite {
  id: string;
  type: string;
  labels: string[];
  name: string;
  catalogName: string | null;
  origin: string;
  aliases: string[];
  country: string | null;
  coordinates: number[] | null;
}

/** A document to store, with how often it names each entity and where. */
export interface DocumentWrite {
  properties: {
    id: string; source: string; title: string; publisher: string | null; author: string | null;
    date: string | null; length: number; text: string; mentionSpans: string;
    url: string | null; language: string | null; format: string; pages: number;
    contentHash: string; fileName: string; size: number;
    /** The year the date states, for filtering search by year; null when there is no date. */
    year: number | null;
  };
  mentions: { entityId: string; count: number }[];
}

/** The properties of a relationship as stored (cypher/README.md): evidence as JSON strings and its aggregates. */
export interface RelationProperties {
  id: string;
  evidence: string[];
  evidenceDocs: string[];
  confidence: number;
  evidenceCount: number;
  years: number[];
  status: string | null;
}

export interface RelationCreate {
  type: string;
  source: string;
  target: string;
  properties: RelationProperties;
}

/** Stored relationships of one source to rewrite, keyed by the element ids read earlier in the same transaction. */
export interface RelationUpdate {
  source: string;
  properties: Record<string, RelationProperties>;
}

/** A relationship as read for merging evidence: `ref` finds it again in the same transaction. */
export interface StoredRelationRow {
  ref: string;
  source: string;
  type: string;
  target: string;
  evidence: string[];
  evidenceDocs: string[];
}

/** A watchlist as written: its id is the slug of its name. */
export interface ListWrite {
  id: string;
  name: string;
  format: string;
  source: string;
  importedAt: string;
}

/** A list entry as written; `id` is the list's id and the entry's key. */
export interface ListEntryWrite {
  id: string;
  key: string;
  type: string;
  name: string;
  aliases: string[];
  countries: string[];
  programs: string[];
  listedSince: string | null;
  sourceUrl: string | null;
}

/** An entry tied to the entity it names, as the cross-reference scored it. */
export interface ListMatchWrite {
  entry: string;
  entity: string;
  score: number;
  status: string;
  entryName: string;
  entityName: string;
}

/** An entity made from a list entry that named no entity of the graph (`--add-unmatched`). */
export interface ListedEntityWrite {
  entry: string;
  id: string;
  type: string;
  name: string;
  aliases: string[];
  country: string | null;
}

/** A watchlist as read, with its counts. */
export interface ListRow {
  id: string;
  name: string;
  format: string;
  source: string;
  firstImported: string;
  lastImported: string;
  imports: string[];
  active: number;
  ended: number;
  linked: number;
  pending: number;
}

/** A tie between a list entry and an entity, as the review queue shows it. */
export interface ListMatchRow {
  entry: { id: string; name: string; aliases: string[]; countries: string[]; programs: string[]; listedSince: string | null; sourceUrl: string | null; endedAt: string | null; list: string; listId: string };
  entity: { id: string; name: string; type: string; country: string | null; aliases: string[] | null };
  status: string;
  score: number;
  entryName: string;
  entityName: string;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
}

/** One list an entity is on, through an entry tied to it. */
export interface ListingRow {
  list: string;
  listId: string;
  entry: string;
  entryName: string;
  programs: string[];
  since: string | null;
  url: string | null;
  endedAt: string | null;
  status: string;
  score: number;
}

/** A relationship named by its id and the parts the id holds (cypher/ontology.ts), so it is found from its indexed source. */
export interface RelationRef {
  id: string;
  source: string;
  type: string;
  target: string;
}

/** A node as a curation snapshot holds it: every label and property, enough to put it back exactly. */
export interface SnapshotNode {
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship as a curation snapshot holds it: type, ends (the start's kind, since documents and list entries point at entities too) and every property. */
export interface SnapshotRelationship {
  type: string;
  from: string;
  fromKind: 'Entity' | 'Document' | 'ListEntry';
  to: string;
  properties: Record<string, unknown>;
}

/** A document's mention spans as a snapshot holds them: merges and splits rewrite whose name each span is. */
export interface SnapshotDocument {
  id: string;
  mentionSpans: string | null;
}

/** A stored change record (cypher/ontology.ts, CHANGE); before, after and scope are JSON. */
export interface ChangeRow {
  id: string;
  at: string;
  user: string;
  action: string;
  summary: string;
  note: string | null;
  entities: string[];
  relationships: string[];
  scope: string;
  before: string;
  after: string;
  undoes: string | null;
  undoneBy: string | null;
}

/** A saved investigation as stored: its case file is JSON. */
export interface InvestigationRow {
  id: string;
  name: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  version: number;
  state: string;
}

/** One relationship in the review queue, with what puts it where it is. */
export interface ReviewQueueRow {
  edge: EdgeRow;
  sourceName: string;
  targetName: string;
  version: number;
  priority: number;
  confidence: number;
  documents: number;
  flagged: boolean;
  degree: number;
}
