/**
 * @module Entry point: builds the canvas and the explorer core, mounts each panel, and opens the first
 * view. `window.__sightline` exposes the canvas and explorer to tests and power users (see README).
 */
import './styles.css';
import type { GraphEdge, GraphNode } from './api/types.ts';
import { createApi } from './api/client.ts';
import { createCanvas } from './canvas/canvas.ts';
import { mountCanvasKeyboard } from './canvas/keyboard.ts';
import { watchLabels } from './canvas/labels.ts';
import { Explorer } from './explorer.ts';
import { decodeView, type LayoutName } from './graph/url-state.ts';
import { mountFilters } from './panels/filters.ts';
import { mountNodeSize } from './panels/node-size.ts';
import { mountGrouping } from './panels/grouping.ts';
import { mountSearch } from './panels/search.ts';
import { mountShortcuts } from './panels/shortcuts.ts';
import { mountStatus } from './panels/status.ts';
import { openOverview, openView } from './start.ts';
import { $ } from './ui/dom.ts';
import { mountSkipLinks } from './ui/skip-links.ts';
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

for (const mount of [mountStatus, mountFilters, mountSearch, mountShortcuts, mountNodeSize, mountGrouping, mountCanvasKeyboard]) mount(explorer);
mountSkipLinks();

/**
 * What the first view does not draw comes as a second script (panels/deferred.ts), fetched while the
 * view's data loads. An event those panels answer, or a click on a button they own, that comes before
 * they are mounted is held and raised again once they are, so nothing the analyst does is lost.
 */
const DEFERRED_EVENTS = ['select-node', 'select-edge', 'select-many', 'expand-request', 'supply-chain', 'paths', 'open-document'] as const;
const DEFERRED_BUTTONS = '#open-doc-search, #open-ingest, #open-review, #open-cases, .menu summary';
const held: (() => void)[] = [];
let deferredMounted = false;
for (const event of DEFERRED_EVENTS) {
  explorer.on(event, ((...args: unknown[]) => {
    if (!deferredMounted) held.push(() => (explorer.emit as (e: string, ...a: unknown[]) => void)(event, ...args));
  }) as never);
}
const holdClick = (e: MouseEvent) => {
  const button = (e.target as Element | null)?.closest<HTMLElement>(DEFERRED_BUTTONS);
  if (!button || deferredMounted) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  held.push(() => button.click());
};
document.addEventListener('click', holdClick, true);
const deferred = import('./panels/deferred.ts').then((m) => {
  m.mountDeferred(explorer);
  deferredMounted = true;
  document.removeEventListener('click', holdClick, true);
  held.splice(0).forEach((raise) => raise());
  return m;
});

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
    if (caseId) await (await deferred).openInvestigation(explorer, caseId);
    else if (view) await openView(explorer, view);
    else await openOverview(explorer);
    // Interactive means every panel answers, not only the canvas drawn.
    await deferred;
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
    void deferred.then((m) => m.openInvestigation(explorer, caseId));
    return;
  }
  const view = decodeView(location.hash);
  if (view && view.nodes.join() !== explorer.viewState().nodes.join()) void openView(explorer, view);
});

void start();
