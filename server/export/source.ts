/**
 * @module Reads an export's subgraph from Neo4j a page at a time: which entities exist first (one
 * light query), then the entities with their flags, then the relationships with their evidence, each
 * page in its own read transaction, and the cited documents' metadata as pages first cite them. The
 * next page is fetched while the current one is written, so the database and the writer overlap;
 * memory holds the page being written, the next one and the entities' ids, whatever the graph's size.
 */
import type { Repository } from '../plugins/repository.ts';
import { toEdgeData, type EdgeRow, type EntityRow, type NodeData } from '../graph/elements.ts';
import { citeEvidence, parseEvidence, type CitedDocument } from '../graph/evidence.ts';
import { toSummary, type DocumentRow } from '../graph/documents.ts';
import type { ExportDocument, ExportEdge, ExportSource, ExportSummary } from './model.ts';
import { chunks, planEdgePages, type EdgePage, type NodeRef } from './plan.ts';
import { toFlaggedNode, type FlagRow } from '../graph/subgraph.ts';

export interface ExportOptions {
  /** Entities a page; a row is a few hundred bytes, flags included. */
  nodesPerPage: number;
  /**
   * Relationships a page. Each carries 1-7 evidence sentences (430 bytes of stored JSON on average on
   * the bench graph), so a page is a few MB of text; larger pages cost the database less per row.
   */
  edgesPerPage: number;
  /** Without relationship ids, relationships read a page, kept or not (see EdgeBudget in plan.ts). */
  edgesReadPerPage: number;
  /** Document ids a metadata query. */
  documentsPerQuery: number;
  /**
   * Relationships handed to the writer at a time. A page's evidence is parsed and cited a slice at a
   * time as the writer asks for it, so those objects and the text written from them die young, in
   * the garbage collector's cheap generation, instead of piling up in the old one with the page.
   */
  edgesPerSlice: number;
  /** Pages fetched ahead of the one being written. */
  pagesAhead: number;
  /** False when the format writes entities only (CSV's nodes part): no relationship is read. */
  edges: boolean;
}

export const exportDefaults = {
  nodesPerPage: 2_000,
  edgesPerPage: 10_000,
  edgesReadPerPage: 12_500,
  documentsPerQuery: 2_000,
  edgesPerSlice: 200,
  pagesAhead: 2,
  edges: true,
} satisfies ExportOptions;

type EdgePageRow = EdgeRow & { evidence: string[] | null; citedDocuments: string[] | null };

/** A row of cypher/api/export_edges.cypher, whose list holds these in this order. */
type EdgeTuple = [
  id: string, source: string, target: string, type: string, confidence: number | null, evidenceCount: number | null,
  years: number[], status: string | null, evidence: string[] | null, citedDocuments: string[] | null,
];

function fromTuple([id, source, target, type, confidence, evidenceCount, years, status, evidence, citedDocuments]: EdgeTuple): EdgePageRow {
  return { id, source, target, type, confidence, evidenceCount, years, status, evidence, citedDocuments };
}

/** Entities by id with their flags, in the order of `ids`; ids no entity has are left out. */
async function readNodePage(repo: Repository, ids: string[]): Promise<NodeData[]> {
  const rows = await repo.many<{ node: EntityRow; flags: FlagRow[] }>('exportNodes', { ids });
  const byId = new Map(rows.map((r) => [r.node.id, toFlaggedNode(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

type Page = { nodes: NodeData[] } | { edges: EdgePageRow[] };

/**
 * Loads pages in order, `ahead` of them at a time: each load starts when the previous one is in and
 * fewer than `ahead` wait, so the database works on the next pages while the caller writes this one.
 * Each load is its own read transaction, so a slow client never holds one open.
 */
class Prefetcher<T> {
  private readonly waiting: Promise<T>[] = [];
  private loading: Promise<unknown> = Promise.resolve();

  constructor(private readonly loads: Iterator<() => Promise<T>>, private readonly ahead: number) {
    this.fill();
  }

  private fill(): void {
    while (this.waiting.length < this.ahead) {
      const next = this.loads.next();
      if (next.done) return;
      // One load at a time, none after a failure; a page's documents are looked up after the pages before it.
      const page = this.loading.then(next.value);
      // Awaited by next(); until then, a failure must not count as an unhandled rejection.
      page.catch(() => {});
      this.loading = page;
      this.waiting.push(page);
    }
  }

  /** Settles when the first page is in: a failing database then surfaces before anything is written. */
  async ready(): Promise<void> {
    await this.waiting[0];
  }

  async next(): Promise<T | undefined> {
    const page = this.waiting.shift();
    if (!page) return undefined;
    this.fill();
    return page;
  }
}

export class PagedExport implements ExportSource {
  readonly exportedAt = new Date().toISOString();
  /** Documents looked up so far, by id; null for an id no document has. */
  private readonly documentsById = new Map<string, ExportDocument | null>();
  /** Ids of the documents the evidence written so far cites, in order of first citation. */
  private readonly cited = new Set<string>();
  /** What a citation of each of them shows (citeEvidence): the title only, or the id when the document is gone. */
  private readonly citations = new Map<string, CitedDocument>();
  private readonly pages: Prefetcher<Page>;
  private readonly edgePages: EdgePage[];
  private heldEdges: EdgePageRow[] | undefined;
  private summaryOnce: Promise<ExportSummary> | undefined;
  /** How many of the requested entities exist. */
  readonly nodeCount: number;

  /** `firstNodes` is the first page of `ids`, already being read. */
  constructor(
    private readonly repo: Repository,
    ids: readonly string[],
    refs: ReadonlyMap<string, NodeRef>,
    relIds: readonly string[] | undefined,
    private readonly o: ExportOptions,
    firstNodes: Promise<NodeData[]>,
  ) {
    this.nodeCount = refs.size;
    this.edgePages = o.edges ? planEdgePages(ids, refs, relIds, { perPage: o.edgesPerPage, readPerPage: o.edgesReadPerPage }) : [];
    const nodeLoads = chunks(ids, o.nodesPerPage).map((page, i) => async (): Promise<Page> => ({ nodes: await (i === 0 ? firstNodes : readNodePage(repo, page)) }));
    const edgeLoads = this.edgePages.map((page) => async (): Promise<Page> => ({ edges: await this.edgePage(page) }));
    this.pages = new Prefetcher([...nodeLoads, ...edgeLoads][Symbol.iterator](), o.pagesAhead);
  }

  /** The first page is in; see Prefetcher.ready. */
  ready(): Promise<void> {
    return this.pages.ready();
  }

  async *nodes(): AsyncGenerator<NodeData[]> {
    for (let page = await this.pages.next(); page; page = await this.pages.next()) {
      if ('edges' in page) {
        this.heldEdges = page.edges;
        return;
      }
      yield page.nodes;
    }
  }

  async *edges(): AsyncGenerator<ExportEdge[]> {
    let rows = this.heldEdges;
    this.heldEdges = undefined;
    for (;;) {
      if (!rows) {
        const page = await this.pages.next();
        if (!page) return;
        if (!('edges' in page)) continue;
        rows = page.edges;
      }
      for (let i = 0; i < rows.length; i += this.o.edgesPerSlice) yield await this.cite(rows.slice(i, i + this.o.edgesPerSlice));
      rows = undefined;
    }
  }

  documents(): ExportDocument[] {
    return [...this.cited].flatMap((id) => this.documentsById.get(id) ?? []);
  }

  summary(): Promise<ExportSummary> {
    this.summaryOnce ??= this.readSummary();
    return this.summaryOnce;
  }

  private async readSummary(): Promise<ExportSummary> {
    let edges = 0;
    const cited = new Set<string>();
    for (const page of this.edgePages) {
      const totals = await this.repo.one<{ relationships: number; documents: string[] }>('exportTotals', page);
      edges += totals?.relationships ?? 0;
      for (const doc of totals?.documents ?? []) cited.add(doc);
    }
    await this.fetchDocuments([...cited]);
    // From evidenceDocs, which ingest keeps aligned with the evidence items.
    const documents = [...cited].flatMap((id) => this.documentsById.get(id) ?? []);
    return { nodes: this.nodeCount, edges, documents };
  }

  private async nodePage(ids: string[]): Promise<NodeData[]> {
    const rows = await this.repo.many<{ node: EntityRow; flags: FlagRow[] }>('exportNodes', { ids });
    const byId = new Map(rows.map((r) => [r.node.id, toFlaggedNode(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private async edgeRows(page: EdgePage): Promise<EdgePageRow[]> {
    const rows = await this.repo.many<{ edge: EdgeTuple }>('exportEdges', page);
    return rows.map((r) => fromTuple(r.edge));
  }

  /** A page of relationships as stored, with the documents they cite already looked up. */
  private async edgePage(page: EdgePage): Promise<EdgePageRow[]> {
    const rows = await this.edgeRows(page);
    if (page.relIds) {
      // In the order the ids were given, within the page.
      const order = new Map(page.relIds.map((id, i) => [id, i]));
      rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    }
    await this.fetchDocuments(rows.flatMap((r) => r.citedDocuments ?? []));
    return rows;
  }

  private async cite(rows: EdgePageRow[]): Promise<ExportEdge[]> {
    const evidence = rows.map((r) => parseEvidence(r.evidence));
    // evidenceDocs lists what the evidence cites; an item it misses is looked up now rather than cited by id.
    const unseen = evidence.flatMap((items) => items.filter((e) => !this.citations.has(e.doc)).map((e) => e.doc));
    if (unseen.length > 0) await this.fetchDocuments(unseen);
    for (const items of evidence) for (const e of items) this.cited.add(e.doc);
    return rows.map((r, i) => Object.assign(toEdgeData(r), { evidence: evidence[i].map((e) => citeEvidence(e, this.citations.get(e.doc))) }));
  }

  /** Adds the metadata of the documents among `ids` not seen yet, in the order of `ids`. */
  private async fetchDocuments(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.citations.has(id));
    for (let i = 0; i < missing.length; i += this.o.documentsPerQuery) {
      const chunk = missing.slice(i, i + this.o.documentsPerQuery);
      const rows = await this.repo.many<{ document: DocumentRow }>('documentsByIds', { ids: chunk });
      const found = new Map(rows.map((r) => [r.document.id, toSummary(r.document)]));
      for (const id of chunk) {
        const d = found.get(id);
        this.documentsById.set(id, d ? { id: d.id, title: d.title, source: d.source, ...(d.publisher ? { publisher: d.publisher } : {}), ...(d.date ? { date: d.date } : {}) } : null);
        // Publisher and date stay on the documents list, where citations read them once per source.
        this.citations.set(id, { title: d?.title });
      }
    }
  }
}

/**
 * Starts an export of these entities (in this order) and, when given, only these relationships among
 * them. Reads which entities exist and, meanwhile, the first page of them; nothing else is read yet.
 */
export async function openExport(
  repo: Repository, ids: readonly string[], relIds: readonly string[] | undefined, options: Partial<ExportOptions> = {},
): Promise<PagedExport> {
  const o = { ...exportDefaults, ...options };
  const firstNodes = readNodePage(repo, ids.slice(0, o.nodesPerPage));
  // Awaited by the first page load; a failure must not count as unhandled if the export stops first (a 404).
  firstNodes.catch(() => {});
  const rows = await repo.many<{ node: NodeRef }>('exportNodeRefs', { ids });
  const refs = new Map(rows.map(({ node }) => [node.id, node]));
  return new PagedExport(repo, ids, refs, relIds, o, firstNodes);
}
