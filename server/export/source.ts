/**
 * @module Reads an export's subgraph from Neo4j a page at a time, each page in its own read
 * transaction: the entities with their flags and, beside them, the relationships with their
 * evidence, while one light query says which entities exist; the cited documents' metadata is looked
 * up as pages first cite them. Pages are fetched while earlier ones are written, so the database and
 * the writer overlap, and memory holds a few pages and the entities' ids whatever the graph's size.
 */
import type { Repository } from '../../cypher/repository.ts';
import { toEdgeData } from '../graph/elements.ts';
import type { NodeData } from '../schemas/graph.ts';
import { citeEvidence, parseEvidence, type CitedDocument } from '../graph/evidence.ts';
import { toSummary } from '../graph/documents.ts';
import type { EdgeRow, EdgeTuple } from '../../cypher/rows.ts';
import type { ExportChange, ExportDocument, ExportEdge, ExportSource, ExportSummary } from './model.ts';
import { chunks, planAmongPages, planChosenPages, type EdgePage, type NodeRef } from './plan.ts';
import { toFlaggedNode } from '../graph/subgraph.ts';

export interface ExportOptions {
  /** Entities a page; a row is a few hundred bytes, flags included. */
  nodesPerPage: number;
  /**
   * Relationships a page. Each carries 1-7 evidence sentences (430 bytes of stored JSON on average on
   * the bench graph), so a page is a few MB of text; larger pages cost the database less per row.
   */
  edgesPerPage: number;
  /** Without relationship ids, relationships read a page, kept or not (see planAmongPages in plan.ts). */
  edgesReadPerPage: number;
  /** Document ids a metadata query. */
  documentsPerQuery: number;
  /**
   * Relationships handed to the writer at a time. A page's evidence is parsed and cited a slice at a
   * time as the writer asks for it, so those objects and the text written from them die young, in
   * the garbage collector's cheap generation, instead of piling up in the old one with the page.
   */
  edgesPerSlice: number;
  /** Pages of each kind read ahead of the one being written. */
  pagesAhead: number;
  /** False when the format writes entities only (CSV's nodes part): no relationship is read. */
  edges: boolean;
}

export const exportDefaults = {
  nodesPerPage: 10_000,
  edgesPerPage: 10_000,
  edgesReadPerPage: 12_500,
  documentsPerQuery: 2_000,
  edgesPerSlice: 200,
  pagesAhead: 2,
  edges: true,
} satisfies ExportOptions;

type EdgePageRow = EdgeRow & { evidence: string[] | null; citedDocuments: string[] | null };

function fromTuple([id, source, target, type, confidence, evidenceCount, years, status, evidence, citedDocuments, review]: EdgeTuple): EdgePageRow {
  return { id, source, target, type, confidence, evidenceCount, years, status, evidence, citedDocuments, review };
}

/** Entities by id with their flags, in the order of `ids`; ids no entity has are left out. */
async function readNodePage(repo: Repository, ids: string[]): Promise<NodeData[]> {
  const rows = await repo.read('exportNodes', { ids });
  const byId = new Map(rows.map((r) => [r.node.id, toFlaggedNode(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Loads pages in order, `ahead` of them at a time: each load starts when the previous one is in and
 * fewer than `ahead` wait, so the database works on the next pages while the caller writes this one.
 * Each load is its own read transaction, so a slow client never holds one open. (Loading a stream's
 * pages two at a time was no faster on two cores: Neo4j spent half as much CPU again.)
 */
class Prefetcher<T> {
  private readonly queued: (() => Promise<T>)[] = [];
  private readonly waiting: Promise<T>[] = [];
  private loading: Promise<unknown> = Promise.resolve();
  private complete = false;

  constructor(private readonly ahead: number) {}

  /** Queues the loads, once: the pages may be planned after their reader was made. */
  start(loads: (() => Promise<T>)[]): void {
    this.queued.push(...loads);
    this.complete = true;
    this.fill();
  }

  private fill(): void {
    while (this.waiting.length < this.ahead && this.queued.length > 0) {
      // One load at a time, none after a failure; a page's documents are looked up after the pages before it.
      const page = this.loading.then(this.queued.shift());
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
    if (!page) {
      if (!this.complete) throw new Error('export pages read before they were planned');
      return undefined;
    }
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
  /** The entities' pages and the relationships' pages load side by side. */
  private readonly nodePages: Prefetcher<NodeData[]>;
  private readonly edgePages: Prefetcher<EdgePageRow[]>;
  private edgePlan: EdgePage[] = [];
  private summaryOnce: Promise<ExportSummary> | undefined;
  /** How many of the requested entities exist; known once planned. */
  nodeCount = 0;

  /**
   * Starts reading the entities' pages, which need nothing else, and the relationships' pages when
   * they are named by id; relationships among the entities wait for `plan`.
   */
  constructor(
    private readonly repo: Repository,
    private readonly ids: readonly string[],
    private readonly relIds: readonly string[] | undefined,
    private readonly o: ExportOptions,
  ) {
    this.nodePages = new Prefetcher<NodeData[]>(o.pagesAhead);
    this.nodePages.start(chunks(ids, o.nodesPerPage).map((page) => () => readNodePage(repo, page)));
    this.edgePages = new Prefetcher<EdgePageRow[]>(o.pagesAhead);
    if (!o.edges) this.queueEdges([]);
    else if (relIds) this.queueEdges(planChosenPages(ids, relIds, o.edgesPerPage));
  }

  /** Takes in which entities exist (exportNodeRefs) and queues the relationships among them, unless named. */
  plan(refs: ReadonlyMap<string, NodeRef>): void {
    this.nodeCount = refs.size;
    if (this.o.edges && !this.relIds) this.queueEdges(planAmongPages(this.ids, refs, this.o.edgesPerPage, this.o.edgesReadPerPage));
  }

  private queueEdges(pages: EdgePage[]): void {
    this.edgePlan = pages;
    this.edgePages.start(pages.map((page) => () => this.edgePage(page)));
  }

  /** The first page of entities is in; see Prefetcher.ready. */
  ready(): Promise<void> {
    return this.nodePages.ready();
  }

  async *nodes(): AsyncGenerator<NodeData[]> {
    for (let page = await this.nodePages.next(); page; page = await this.nodePages.next()) yield page;
  }

  async *edges(): AsyncGenerator<ExportEdge[]> {
    for (let rows = await this.edgePages.next(); rows; rows = await this.edgePages.next()) {
      for (let i = 0; i < rows.length; i += this.o.edgesPerSlice) yield await this.cite(rows.slice(i, i + this.o.edgesPerSlice));
    }
  }

  documents(): ExportDocument[] {
    return [...this.cited].flatMap((id) => this.documentsById.get(id) ?? []);
  }

  async changes(): Promise<ExportChange[]> {
    const rows = await this.repo.read('changesAbout', { ids: this.ids });
    return rows.map(({ change: { id, at, user, action, summary, note, entities, relationships, undoes, undoneBy } }) => ({
      id, at, user, action, summary, note: note ?? null, entities, relationships, undoes: undoes ?? null, undoneBy: undoneBy ?? null,
    }));
  }

  summary(): Promise<ExportSummary> {
    this.summaryOnce ??= this.readSummary();
    return this.summaryOnce;
  }

  private async readSummary(): Promise<ExportSummary> {
    let edges = 0;
    const cited = new Set<string>();
    for (const page of this.edgePlan) {
      const totals = await this.repo.readOne('exportTotals', page);
      edges += totals?.relationships ?? 0;
      for (const doc of totals?.documents ?? []) cited.add(doc);
    }
    await this.fetchDocuments([...cited]);
    // From evidenceDocs, which ingest keeps aligned with the evidence items.
    const documents = [...cited].flatMap((id) => this.documentsById.get(id) ?? []);
    return { nodes: this.nodeCount, edges, documents };
  }

  private async edgeRows(page: EdgePage): Promise<EdgePageRow[]> {
    const rows = await this.repo.read('exportEdges', page);
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
    return rows.map((r, i) => Object.assign(toEdgeData(r), { evidence: evidence[i]!.map((e) => citeEvidence(e, this.citations.get(e.doc))) }));
  }

  /** Adds the metadata of the documents among `ids` not seen yet, in the order of `ids`. */
  private async fetchDocuments(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.citations.has(id));
    for (let i = 0; i < missing.length; i += this.o.documentsPerQuery) {
      const chunk = missing.slice(i, i + this.o.documentsPerQuery);
      const rows = await this.repo.read('documentsByIds', { ids: chunk });
      const found = new Map(rows.map((r) => [r.document.id, toSummary(r.document)]));
      for (const id of chunk) {
        const d = found.get(id);
        this.documentsById.set(id, d ? { id: d.id, title: d.title, source: d.source, ...(d.publisher ? { publisher: d.publisher } : {}), ...(d.date ? { date: d.date } : {}), ...(d.url ? { url: d.url } : {}) } : null);
        this.citations.set(id, d ?? {});
      }
    }
  }
}

/**
 * Starts an export of these entities (in this order) and, when given, only these relationships among
 * them: reads which entities exist while the first pages are read.
 */
export async function openExport(
  repo: Repository, ids: readonly string[], relIds: readonly string[] | undefined, options: Partial<ExportOptions> = {},
): Promise<PagedExport> {
  const source = new PagedExport(repo, ids, relIds, { ...exportDefaults, ...options });
  const rows = await repo.read('exportNodeRefs', { ids });
  source.plan(new Map(rows.map(({ node }) => [node.id, node])));
  return source;
}
