/**
 * @module Typed fetch wrapper for every route the explorer calls (server/API.md). It knows nothing of
 * the DOM: it reports activity (for the loading indicator), failures (for the error banner) and
 * outages (503 or no answer at all) to listeners, and while the API is down it polls /api/health
 * until it answers, so the banner clears by itself when the database comes back.
 */
import type {
  About, DocumentDetail, DocumentSearchAnswer, DocumentSummary, EntityDetail, ExportFormat, Graph, Health, IngestAnswer, Paths,
  RelationshipDetail, SearchResult, Stats, SupplyChain, CaseFile, Change, Investigation, InvestigationSummary, ReviewQueue,
  Located, Timeline,
} from './types.ts';

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly details?: unknown) {
    super(message);
    this.name = 'ApiError';
  }
  /** 503 and "no answer" both mean the analyst cannot work until the service is back. */
  get isOutage(): boolean {
    return this.status === 503 || this.status === 0;
  }
}

export interface ApiListeners {
  /** Number of requests in flight, each time it changes. */
  onBusy?(inFlight: number): void;
  /** A request failed for a reason other than an outage (bad id, bad parameter, rate limit). */
  onError?(error: ApiError): void;
  onDown?(error: ApiError): void;
  onUp?(): void;
}

export const clientDefaults = {
  /** Health poll interval while down, unless the server's Retry-After says otherwise. */
  retryMs: 5_000,
  /** Prefix of every route; empty because the server serves the explorer on the same origin. */
  baseUrl: '',
};

type Query = Record<string, string | number | boolean | string[] | undefined>;

export interface Download { blob: Blob; filename: string }

export function createApi(listeners: ApiListeners = {}, options: Partial<typeof clientDefaults> = {}) {
  const opts = { ...clientDefaults, ...options } satisfies typeof clientDefaults;
  let inFlight = 0;
  let down = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  function busy(delta: number) {
    inFlight += delta;
    listeners.onBusy?.(inFlight);
  }

  function url(path: string, query?: Query): string {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
      params.set(k, Array.isArray(v) ? v.join(',') : String(v));
    }
    const qs = params.toString();
    return `${opts.baseUrl}${path}${qs ? `?${qs}` : ''}`;
  }

  function markDown(error: ApiError, retryAfterSec?: number) {
    if (!down) {
      down = true;
      listeners.onDown?.(error);
    }
    clearTimeout(retryTimer);
    retryTimer = setTimeout(probe, retryAfterSec ? retryAfterSec * 1000 : opts.retryMs);
  }

  function markUp() {
    if (!down) return;
    down = false;
    clearTimeout(retryTimer);
    listeners.onUp?.();
  }

  async function probe() {
    try {
      const res = await fetch(url('/api/health'));
      if (res.ok) markUp();
      else markDown(new ApiError(res.status, 'The API or its database is down'), Number(res.headers.get('Retry-After')) || undefined);
    } catch {
      markDown(new ApiError(0, 'The API cannot be reached'));
    }
  }

  async function send(method: string, path: string, init: { query?: Query; body?: unknown; signal?: AbortSignal } = {}): Promise<Response> {
    busy(+1);
    try {
      let res: Response;
      try {
        const isForm = typeof FormData !== 'undefined' && init.body instanceof FormData;
        res = await fetch(url(path, init.query), {
          method,
          signal: init.signal,
          headers: init.body !== undefined && !isForm ? { 'content-type': 'application/json' } : undefined,
          body: init.body === undefined ? undefined : isForm ? (init.body as FormData) : JSON.stringify(init.body),
        });
      } catch (e) {
        if ((e as Error).name === 'AbortError') throw e;
        const error = new ApiError(0, 'The API cannot be reached');
        markDown(error);
        throw error;
      }
      if (res.ok) {
        markUp();
        return res;
      }
      const body = (await res.json().catch(() => ({}))) as { message?: string; details?: unknown };
      const error = new ApiError(res.status, body.message ?? `${method} ${path} failed with ${res.status}`, body.details);
      if (error.isOutage) markDown(error, Number(res.headers.get('Retry-After')) || undefined);
      else listeners.onError?.(error);
      throw error;
    } finally {
      busy(-1);
    }
  }

  async function json<T>(method: string, path: string, init?: Parameters<typeof send>[2]): Promise<T> {
    return (await send(method, path, init)).json() as Promise<T>;
  }

  const id = encodeURIComponent;

  return {
    health: () => json<Health>('GET', '/api/health'),
    about: () => json<About>('GET', '/api/about'),
    stats: () => json<Stats>('GET', '/api/stats'),
    search: (q: string, opts: { types?: string[]; limit?: number } = {}, signal?: AbortSignal) =>
      json<{ results: SearchResult[] }>('GET', '/api/search', { query: { q, ...opts }, signal }),
    entity: (entityId: string) => json<EntityDetail>('GET', `/api/entities/${id(entityId)}`),
    neighbors: (entityId: string, query: { depth?: number; relTypes?: string[]; types?: string[]; minConfidence?: number; since?: number; until?: number; limit?: number; rejected?: boolean } = {}) =>
      json<Graph>('GET', `/api/entities/${id(entityId)}/neighbors`, { query }),
    supplyChain: (entityId: string, direction: 'upstream' | 'downstream', depth?: number, include?: readonly string[], more: { relTypes?: string[]; minConfidence?: number } = {}) =>
      json<SupplyChain>('GET', `/api/supply-chain/${id(entityId)}`, { query: { direction, depth, ...(include ? { include: include.length ? include.join(',') : 'none' } : {}), ...more } }),
    paths: (from: string, to: string, query: { maxHops?: number; relTypes?: string[]; k?: number; direction?: 'any' | 'forward' | 'backward'; minConfidence?: number; include?: readonly string[] } = {}) => {
      const { include, ...rest } = query;
      return json<Paths>('GET', '/api/paths', { query: { from, to, ...rest, ...(include ? { include: include.length ? include.join(',') : 'none' } : {}) } });
    },
    relationship: (relId: string) => json<RelationshipDetail>('GET', `/api/relationships/${id(relId)}`),
    documents: () => json<{ documents: DocumentSummary[] }>('GET', '/api/documents'),
    mostMentioned: (limit: number) =>
      json<{ results: { id: string; name: string; type: string; documents: number }[] }>('GET', `/api/entities?limit=${limit}`),
    document: (docId: string) => json<DocumentDetail>('GET', `/api/documents/${id(docId)}`),
    searchDocuments: (q: string, filters: { document?: string; year?: number; publisher?: string; entity?: string; skip?: number; limit?: number } = {}, signal?: AbortSignal) =>
      json<DocumentSearchAnswer>('GET', '/api/search/documents', { query: { q, ...filters }, signal }),
    ingest: (doc: { title?: string; text: string; source?: string } | { title?: string; fetch: string } | { title?: string; file: File }, dryRun: boolean) => {
      let body: unknown = doc;
      if ('file' in doc) {
        // The title goes as a field beside the file; a file's own title is used only when none is typed.
        const form = new FormData();
        if (doc.title) form.append('title', doc.title);
        form.append('file', doc.file);
        body = form;
      }
      return json<IngestAnswer>('POST', '/api/documents', { query: { dryRun }, body });
    },
    /** `part` picks the edges or the nodes file of a CSV export. */
    export: async (format: ExportFormat, nodeIds: string[], relationshipIds: string[], part?: 'nodes' | 'edges'): Promise<Download> => {
      const res = await send('POST', '/api/export', { query: { format, part }, body: { nodeIds, relationshipIds } });
      const disposition = res.headers.get('content-disposition') ?? '';
      const filename = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? `sightline.${format}`;
      return { blob: await res.blob(), filename: decodeURIComponent(filename) };
    },
    review: (relId: string, body: { decision: 'confirm' | 'reject' | 'clear'; version: number; note?: string }) =>
      json<{ change: Change; relationship: string }>('POST', `/api/relationships/${id(relId)}/review`, { body }),
    dispute: (relId: string, body: { evidence: string; disputed: boolean; version: number; note: string }) =>
      json<{ change: Change; relationship: string }>('POST', `/api/relationships/${id(relId)}/evidence/dispute`, { body }),
    correct: (relId: string, body: { type?: string; reverse?: boolean; status?: string | null; years?: number[] | null; version: number; note: string }) =>
      json<{ change: Change; relationship: string }>('POST', `/api/relationships/${id(relId)}/correct`, { body }),
    addFact: (body: { source: string; type: string; target: string; support: { kind: 'quote'; doc: string; start: number; end: number } | { kind: 'source'; url: string; title: string; date?: string; quote: string } | { kind: 'note'; text: string }; note?: string }) =>
      json<{ change: Change; relationship: string }>('POST', '/api/relationships', { body }),
    editEntity: (entityId: string, body: { name?: string; type?: string; country?: string | null; aliases?: string[]; version: number; note?: string }) =>
      json<{ change: Change; entity: string }>('PATCH', `/api/entities/${id(entityId)}`, { body }),
    merge: (entityId: string, body: { merge: string; acrossTypes: boolean; version: number; mergedVersion: number; note?: string }) =>
      json<{ change: Change; entity: string }>('POST', `/api/entities/${id(entityId)}/merge`, { body }),
    split: (entityId: string, body: { name: string; type?: string; country?: string; mentions: { doc: string; start: number; end: number }[]; version: number; note?: string }) =>
      json<{ change: Change; entity: string }>('POST', `/api/entities/${id(entityId)}/split`, { body }),
    changes: (query: { entity?: string; relationship?: string; limit?: number }) => json<{ changes: Change[] }>('GET', '/api/changes', { query }),
    undo: (changeId: string) => json<{ change: Change }>('POST', `/api/changes/${id(changeId)}/undo`, { body: {} }),
    reviewQueue: (skip: number, limit: number) => json<ReviewQueue>('GET', '/api/review-queue', { query: { skip, limit } }),
    investigations: () => json<{ investigations: InvestigationSummary[] }>('GET', '/api/investigations'),
    investigation: (caseId: string) => json<Investigation>('GET', `/api/investigations/${id(caseId)}`),
    saveInvestigation: (name: string, state: CaseFile) => json<Investigation>('POST', '/api/investigations', { body: { name, state } }),
    updateInvestigation: (caseId: string, body: { name?: string; state?: CaseFile; version: number }) => json<Investigation>('PUT', `/api/investigations/${id(caseId)}`, { body }),
    duplicateInvestigation: (caseId: string) => json<Investigation>('POST', `/api/investigations/${id(caseId)}/duplicate`, { body: {} }),
    deleteInvestigation: (caseId: string) => json<{ deleted: string }>('DELETE', `/api/investigations/${id(caseId)}`),
    importInvestigation: (file: unknown) => json<Investigation>('POST', '/api/investigations/import', { body: file }),
    /** `relationships` narrows the answer to the edges drawn, a fraction of all among their entities on a large view. */
    timeline: (ids: string[], relationships?: string[]) => json<Timeline>('POST', '/api/timeline', { body: { ids, relationships } }),
    geo: (ids: string[]) => json<{ entities: Located[] }>('POST', '/api/geo', { body: { ids } }),
    /** Starts the health poll now, e.g. on first load, so a down API shows at once. */
    probe,
  };
}

export type Api = ReturnType<typeof createApi>;
