/**
 * @module Entry point: builds the canvas and the explorer core, mounts each panel, and opens the first
 * view. `window.__sightline` exposes the canvas and explorer to tests and power users (see README).
 */
import './styles.css';
import type { GraphEdge, GraphNode } from './api/types.ts';
import { createApi } from './api/client.ts';
import { createCanvas } from './canvas/canvas.ts';
import { watchLabels } from './canvas/labels.ts';
import { Explorer } from './explorer.ts';
import { decodeView, type LayoutName } from './graph/url-state.ts';
import { mountDocumentSearch } from './panels/document-search.ts';
import { mountDocumentView } from './panels/document.ts';
import { mountEvidence } from './panels/evidence.ts';
import { mountExpand } from './panels/expand.ts';
import { mountExport } from './panels/export.ts';
import { mountFilters } from './panels/filters.ts';
import { mountIngest } from './panels/ingest.ts';
import { mountInspector } from './panels/inspector.ts';
import { mountNodeSize } from './panels/node-size.ts';
import { mountGrouping } from './panels/grouping.ts';
import { mountSearch } from './panels/search.ts';
import { mountShortcuts } from './panels/shortcuts.ts';
import { mountStatus } from './panels/status.ts';
import { mountViews } from './panels/views.ts';
import { mountReviewQueue } from './panels/review-queue.ts';
import { mountInvestigations, openInvestigation } from './panels/investigations.ts';
import { openOverview, openView } from './start.ts';
import { $ } from './ui/dom.ts';
import { showDown, showError, showLoading } from './ui/notify.ts';

const startedAt = performance.now();
let explorer: Explorer;
const api = createApi({
  onBusy: (n) => explorer?.setRequestsInFlight(n),
  onError: (e) => showError(e.message),
  onDown: (e) => showDown(e),
  onUp: () => showDown(null),
});
const cy = createCanvas($('#cy'));
explorer = new Explorer(cy, api);
explorer.on('busy', showLoading);
watchLabels(cy, (fn) => explorer.on('changed', fn));

for (const mount of [mountStatus, mountFilters, mountSearch, mountInspector, mountEvidence, mountDocumentView, mountDocumentSearch, mountExpand, mountViews, mountIngest, mountExport, mountShortcuts, mountReviewQueue, mountInvestigations, mountNodeSize, mountGrouping]) mount(explorer);

const sightline = {
  cy,
  explorer,
  /** Milliseconds from script start to the first laid-out view; read by the end-to-end test. */
  firstViewMs: undefined as number | undefined,
  idle: () => explorer.idle,
  loadElements: (graph: { nodes: GraphNode[]; edges: GraphEdge[] }, layout?: LayoutName) => explorer.loadElements(graph, layout),
};
declare global {
  interface Window { __sightline: typeof sightline }
}
window.__sightline = sightline;

/** `#investigation=<id>`: the short link of a saved investigation. */
const investigationLink = (hash: string) => /^#investigation=([0-9a-f]{6,64})$/.exec(hash)?.[1];

async function start(): Promise<void> {
  const view = decodeView(location.hash);
  const caseId = investigationLink(location.hash);
  try {
    if (caseId) await openInvestigation(explorer, caseId);
    else if (view) await openView(explorer, view);
    else await openOverview(explorer);
  } catch {
    // Already on screen through the client's banner; the empty state tells the analyst what to do next.
  }
  explorer.emit('changed');
  sightline.firstViewMs = performance.now() - startedAt;
}

// Back and Forward walk the analyst's steps: a view made of elements seen this session is rebuilt on
// the spot; anything else (a link pasted into the address bar) is loaded by the hashchange below.
window.addEventListener('popstate', () => {
  const view = decodeView(location.hash);
  if (view) explorer.restoreSeen(view);
});

// A link pasted into the address bar of an open explorer should open that view too.
window.addEventListener('hashchange', () => {
  const caseId = investigationLink(location.hash);
  if (caseId) {
    void openInvestigation(explorer, caseId);
    return;
  }
  const view = decodeView(location.hash);
  if (view && view.nodes.join() !== explorer.viewState().nodes.join()) void openView(explorer, view);
});

void start();
