/**
 * @module The API's answer shapes as the explorer reads them (server/API.md is the contract).
 * Kept free of DOM and fetch so graph logic and tests can import them.
 */

export interface Flag {
  id: string;
  name: string;
  type: string;
  relationshipId: string;
  detail?: string;
}

export interface NodeData {
  id: string;
  label: string;
  type: string;
  country?: string;
  aliases: string[];
  origin: 'catalog' | 'discovered';
  /** `omitted`: flags not listed (graph answers list 10 of each kind, the entity route up to 500). */
  flags?: { sanctionedBy: Flag[]; restrictedBy: Flag[]; omitted?: number };
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  confidence: number;
  evidenceCount: number;
  years: number[];
  status?: string;
}

export interface GraphNode { data: NodeData }
export interface GraphEdge { data: EdgeData }

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated?: { omitted: number; limit: number };
}

export interface Health {
  status: 'ok';
  neo4j: { version: string; edition: string; origin: string };
}

export interface Stats {
  entities: { total: number; byType: Record<string, number> };
  relationships: { total: number; byType: Record<string, number> };
  documents: number;
  lastIngest: string | null;
}

export interface SearchResult {
  id: string;
  name: string;
  type: string;
  country?: string;
  aliases: string[];
  score: number;
}

export interface EntityDetail {
  entity: NodeData;
  relationships: { type: string; direction: 'out' | 'in'; count: number }[];
  documents: { id: string; title: string; source: string; mentions: number }[];
}

export interface PathRef { nodes: string[]; edges: string[] }

export interface SupplyChain extends Graph {
  root: string;
  direction: 'upstream' | 'downstream';
  entries: { entity: NodeData; hops: number; paths: PathRef[] }[];
}

export interface Paths extends Graph {
  paths: (PathRef & { length: number })[];
}

export interface Evidence {
  doc: string;
  documentTitle: string;
  publisher?: string;
  date?: string;
  quote: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  year?: number;
  status?: string;
}

export interface RelationshipDetail {
  relationship: EdgeData & { sourceName: string; targetName: string };
  evidence: Evidence[];
}

export interface DocumentSummary {
  id: string;
  title: string;
  source: string;
  publisher?: string;
  author?: string;
  date?: string;
  length: number;
  ingestedAt: string;
}

export interface DocumentDetail {
  document: DocumentSummary & { text: string };
  mentions: { entityId: string; name: string; type: string; start: number; end: number }[];
  evidence: { relationshipId: string; type: string; sourceName: string; targetName: string; start: number; end: number }[];
}

/**
 * The contract names `entities` and `relations` of an ingest answer without fixing their fields,
 * so the explorer reads them loosely (see graph/ingest-preview.ts) rather than trusting one shape.
 */
export interface IngestAnswer {
  status: 'added' | 'replaced' | 'unchanged' | 'preview';
  document: Partial<DocumentSummary> & { id?: string };
  entities: unknown[];
  relations: unknown[];
}

export type ExportFormat = 'json' | 'graphml' | 'gexf' | 'csv' | 'cypher' | 'ftm';
