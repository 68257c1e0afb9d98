/**
 * @module The explorer's core: the canvas, the API client, undo history, filters, layout and the URL.
 * Every panel receives this object and acts through it; panels never import one another, they meet
 * through its events (`select-node`, `select-edge`, `changed`...).
 */
import type { Core, ElementDefinition, EventObject, NodeCollection, NodeSingular } from 'cytoscape';
import type { Api } from './api/client.ts';
import type { EdgeData, Graph, GraphEdge, GraphNode, NodeData, PathRef } from './api/types.ts';
import { runLayout } from './canvas/canvas.ts';
import { edgeElementData, mergeGraph, nodeElementData, pathElementIds } from './graph/elements.ts';
import { applyFilters, docsByEdgeFrom, noFilters, type Filters } from './graph/filters.ts';
import type { MapBox } from './graph/geo-model.ts';
import { createHistory } from './graph/history.ts';
import type { Period } from './graph/period.ts';
import { encodeView, type LayoutName, type ViewState } from './graph/url-state.ts';

export const explorerDefaults = {
  /** The address bar follows selection, drags, zoom and pan this long after they settle, not every frame. */
  urlSettleMs: 250,
};

/** Everything needed to put the canvas back as it was; the unit of undo. */
export interface Snapshot {
  nodes: { data: NodeData; position: { x: number; y: number } }[];
  edges: EdgeData[];
  hidden: string[];
  pinned: string[];
  layout: LayoutName;
}

type Events = {
  'select-node': (id: string) => void;
  'select-edge': (id: string) => void;
  /** Several elements are selected (Shift/Ctrl-click, box selection): the panel shows that set. */
  'select-many': (ids: string[]) => void;
  'clear-selection': () => void;
  /** Elements, filters or layout changed: panels that summarise the view refresh. */
  changed: () => void;
  /** Asks the expand panel to expand a node (double-click, `e`, inspector button). */
  'expand-request': (id: string, ask: boolean) => void;
  busy: (busy: boolean) => void;
  /** One-click analyst views, asked for by the inspector and run by the views panel. */
  'supply-chain': (id: string, direction: 'upstream' | 'downstream') => void;
  paths: (from: string, to: string) => void;
  /** Opens the document view, optionally with one sentence highlighted and scrolled into view. */
  'open-document': (docId: string, highlight?: { start: number; end: number; quote: string }) => void;
  /** A document was added or replaced: lists of documents reload. */
  'documents-changed': () => void;
  /** A reopened link or Back/Forward set the time period: the timeline takes it up. */
  period: (period: Period | null) => void;
  /** A reopened link, a saved investigation or Back/Forward said which of the map and the timeline are open, and where the map is zoomed: they follow `mapOpen`, `mapView` and `timelineOpen`. */
  panels: () => void;
};

/** Node data as the API gave it: the group box a node sits in is drawing, not data to keep. */
function withoutParent(data: NodeData & { parent?: string }): NodeData {
  const { parent: _parent, ...rest } = data;
  return rest;
}

export class Explorer {
  readonly history = createHistory<Snapshot>();
  filters: Filters = noFilters;
  layout: LayoutName = 'fcose';
  /** Relationships a person rejected stay on the canvas, struck through, instead of leaving it. */
  showRejected = false;
  /** Documents each edge's evidence comes from; loaded on first use of the document filter. */
  docsByEdge: Map<string, string[]> | undefined;
  /**
   * Conditions a view puts on which edges the canvas draws, by name (the timeline's period); an edge
   * must meet every one besides the filters. Kept apart from `filters` because a view owns its own.
   */
  private readonly edgeConditions = new Map<string, (edge: EdgeData) => boolean>();
  /**
   * The period brushed on the timeline, held here so the share link carries it and the report names
   * it; the timeline owns what it means for an edge (its condition, by the evidence years it loads).
   */
  period: Period | null = null;
  /** The part of the world the map panel shows while open and zoomed, so the report's map shows it too; null: the whole map. */
  mapView: MapBox | null = null;
  /** Whether the map and the timeline panels are open, kept here by them so the share link and a saved investigation carry it. */
  mapOpen = false;
  timelineOpen = true;
  /** Duration of the last layout in ms, shown to power users and read by the performance test. */
  lastLayoutMs = 0;
  private layoutsRunning = 0;
  private requestsInFlight = 0;
  /** The platform's event target; each event carries its arguments as the CustomEvent's detail. */
  private readonly events = new EventTarget();
  /** Every entity and relationship seen this session, so Back and Forward rebuild a view without the API. */
  private readonly seen = { nodes: new Map<string, NodeData>(), edges: new Map<string, EdgeData>() };
  /** The next address-bar update is a step of its own (a browser history entry), not a correction. */
  private stepPending = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private panelTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly cy: Core, readonly api: Api) {
    // A tap with Shift, Ctrl or Cmd adds to the selection (Cytoscape's 'single' selection type); the
    // panel then shows the set once the selection settles, so it always shows what the keys act on.
    const adds = (e: EventObject) => {
      const o = e.originalEvent as MouseEvent | undefined;
      return Boolean(o && (o.shiftKey || o.ctrlKey || o.metaKey));
    };
    // Group boxes (panels/grouping.ts) are drawing, not entities: no inspector, no expansion.
    cy.on('tap', 'node', (e) => { if (!adds(e) && !e.target.hasClass('group')) this.emit('select-node', e.target.id()); });
    cy.on('tap', 'edge', (e) => { if (!adds(e)) this.emit('select-edge', e.target.id()); });
    cy.on('tap', (e) => { if (e.target === cy) this.emit('clear-selection'); });
    cy.on('dbltap', 'node', (e) => { if (!e.target.hasClass('group')) this.emit('expand-request', e.target.id(), false); });
    cy.on('select unselect', () => this.settle(() => {
      const selected = this.selectedIds();
      if (selected.length > 1) this.emit('select-many', selected);
    }));
    cy.on('viewport dragfree', () => this.settle());
  }

  /** Runs `then` and brings the address bar up to date once the canvas stops changing. */
  private settle(then?: () => void): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      then?.();
      this.syncUrl();
    }, explorerDefaults.urlSettleMs);
  }

  on<K extends keyof Events>(event: K, fn: Events[K]): void {
    this.events.addEventListener(event, (e) => (fn as (...a: Parameters<Events[K]>) => void)(...(e as CustomEvent<Parameters<Events[K]>>).detail));
  }

  emit<K extends keyof Events>(event: K, ...args: Parameters<Events[K]>): void {
    this.events.dispatchEvent(new CustomEvent(event, { detail: args }));
  }

  /** Called by the API client's busy listener; with layouts it decides when the view is idle. */
  setRequestsInFlight(n: number): void {
    this.requestsInFlight = n;
    this.emit('busy', !this.idle);
  }

  get idle(): boolean {
    return this.requestsInFlight === 0 && this.layoutsRunning === 0;
  }

  /** The entities on the canvas: every node but the group boxes drawn around them. */
  entities(): NodeCollection {
    return this.cy.nodes().not('.group') as NodeCollection;
  }

  nodeData(): NodeData[] {
    return this.entities().map((n) => n.data() as NodeData);
  }

  edgeData(): EdgeData[] {
    return this.cy.edges().map((e) => e.data() as EdgeData);
  }

  /**
   * Nodes and edges the analyst can see: not filtered, not hidden, and for an edge both ends shown.
   * Read from the classes the explorer sets rather than from Cytoscape's computed style, which lags
   * behind a class change until the next frame; exports, reports and every count use this.
   */
  visible() {
    const nodes = this.entities().not('.filtered, .hidden');
    const shown = new Set(nodes.map((n) => n.id()));
    const edges = this.cy.edges().not('.filtered, .hidden').filter((e) => shown.has(e.data('source') as string) && shown.has(e.data('target') as string));
    return { nodes, edges };
  }

  snapshot(): Snapshot {
    return {
      nodes: this.entities().map((n) => ({ data: withoutParent(n.data() as NodeData), position: { ...n.position() } })),
      edges: this.edgeData(),
      hidden: this.cy.elements('.hidden').map((e) => e.id()),
      pinned: this.entities().filter('.pinned').map((n) => n.id()),
      layout: this.layout,
    };
  }

  restore(s: Snapshot): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([
        ...s.nodes.map((n): ElementDefinition => ({ group: 'nodes', data: { ...n.data }, position: { ...n.position } })),
        ...s.edges.map((e): ElementDefinition => ({ group: 'edges', data: { ...e } })),
      ]);
      for (const id of s.hidden) this.cy.getElementById(id).addClass('hidden');
      for (const id of s.pinned) this.cy.getElementById(id).addClass('pinned').lock();
    });
    this.layout = s.layout;
    this.refresh();
  }

  /** Records the current view so the change that follows can be undone, and can be gone Back to. */
  record(): void {
    this.history.record(this.snapshot());
    this.stepPending = true;
  }

  undo(): void {
    const prev = this.history.undo(this.snapshot());
    if (prev) this.restore(prev);
  }

  redo(): void {
    const next = this.history.redo(this.snapshot());
    if (next) this.restore(next);
  }

  /**
   * Adds what is new in `graph`; new nodes start next to an existing neighbour so the following layout
   * moves them a short way. Returns the ids added. Records history unless told not to.
   */
  add(graph: Pick<Graph, 'nodes' | 'edges'>, options: { record?: boolean; classes?: string } = {}): { nodes: string[]; edges: string[] } {
    const present = { nodeIds: new Set(this.cy.nodes().map((n) => n.id())), edgeIds: new Set(this.cy.edges().map((e) => e.id())) };
    const { nodes, edges } = mergeGraph(present, graph);
    if (nodes.length + edges.length === 0) return { nodes: [], edges: [] };
    if (options.record !== false) this.record();
    const anchor = new Map<string, { x: number; y: number }>();
    // Only a new node beside one already drawn needs a lookup; a first load of thousands needs none.
    for (const e of graph.edges) {
      for (const [a, b] of [[e.data.source, e.data.target], [e.data.target, e.data.source]] as const) {
        if (!present.nodeIds.has(a) && present.nodeIds.has(b) && !anchor.has(a)) anchor.set(a, (this.cy.getElementById(b) as NodeSingular).position());
      }
    }
    this.cy.batch(() => {
      this.cy.add([
        ...nodes.map((n): ElementDefinition => {
          const at = anchor.get(n.data.id);
          return { group: 'nodes', data: nodeElementData(n.data), classes: options.classes, position: at ? { x: at.x + Math.random() * 120 - 60, y: at.y + Math.random() * 120 - 60 } : undefined };
        }),
        ...edges.map((e): ElementDefinition => ({ group: 'edges', data: edgeElementData(e.data), classes: options.classes })),
      ]);
    });
    for (const n of nodes) this.seen.nodes.set(n.data.id, n.data);
    for (const e of edges) this.seen.edges.set(e.data.id, e.data);
    this.applyFilters();
    this.emit('changed');
    return { nodes: nodes.map((n) => n.data.id), edges: edges.map((e) => e.data.id) };
  }

  /** Replaces the whole view (analyst views, reopened links); undoable like any change. */
  replace(graph: Pick<Graph, 'nodes' | 'edges'>, options: { record?: boolean } = {}): void {
    if (options.record !== false && this.cy.elements().nonempty()) this.record();
    this.cy.elements().remove();
    this.add(graph, { record: false });
  }

  remove(ids: string[]): void {
    if (ids.length === 0) return;
    this.record();
    this.cy.batch(() => ids.forEach((id) => this.cy.getElementById(id).remove()));
    this.refresh();
  }

  hide(ids: string[]): void {
    if (ids.length === 0) return;
    this.record();
    ids.forEach((id) => this.cy.getElementById(id).addClass('hidden').unselect());
    this.refresh();
  }

  showHidden(): void {
    if (this.cy.elements('.hidden').empty()) return;
    this.record();
    this.cy.elements('.hidden').removeClass('hidden');
    this.refresh();
  }

  /** Pinned nodes keep their place through layouts, so an analyst's arrangement survives expansion. */
  togglePin(ids: string[]): void {
    if (ids.length === 0) return;
    this.record();
    for (const id of ids) {
      const n = this.cy.getElementById(id);
      if (n.hasClass('pinned')) n.removeClass('pinned').unlock();
      else n.addClass('pinned').lock();
    }
    this.syncUrl();
  }

  /** Loads which documents each relationship's evidence comes from, which the document filter needs. */
  async ensureDocsByEdge(): Promise<void> {
    if (this.docsByEdge) return;
    const { documents } = await this.api.documents();
    const details = await Promise.all(documents.map((d) => this.api.document(d.id)));
    this.docsByEdge = docsByEdgeFrom(details.map((d) => ({ id: d.document.id, relationshipIds: d.evidence.map((e) => e.relationshipId) })));
  }

  setFilters(filters: Filters): void {
    this.filters = filters;
    this.stepPending = true;
    this.refresh();
  }

  /** Sets or, with null, lifts a named condition on the edges drawn, and redraws. */
  setEdgeCondition(name: string, condition: ((edge: EdgeData) => boolean) | null): void {
    if (condition) this.edgeConditions.set(name, condition);
    else if (!this.edgeConditions.delete(name)) return;
    this.refresh();
  }

  applyFilters(): void {
    const visible = applyFilters(this.nodeData(), this.edgeData(), this.filters, this.docsByEdge);
    if (this.edgeConditions.size) {
      for (const e of this.edgeData()) if (visible.edges.has(e.id) && ![...this.edgeConditions.values()].every((ok) => ok(e))) visible.edges.delete(e.id);
    }
    // Class changes on two collections, not one call per element: each per-element call builds a collection.
    const wrong = this.cy.elements().not('.group').filter((el) => el.hasClass('filtered') === (el.isNode() ? visible.nodes : visible.edges).has(el.id()));
    if (wrong.empty()) return;
    const [shown, hidden] = [wrong.filter('.filtered'), wrong.not('.filtered')];
    this.cy.batch(() => {
      shown.removeClass('filtered');
      hidden.addClass('filtered');
    });
  }

  private refresh(): void {
    this.applyFilters();
    this.emit('changed');
    this.syncUrl();
  }

  /** `incremental` keeps current positions as the start, so an expansion does not reshuffle the view. */
  async relayout(name: LayoutName = this.layout, incremental = false): Promise<number> {
    this.layout = name;
    this.layoutsRunning++;
    this.emit('busy', true);
    try {
      this.lastLayoutMs = await runLayout(this.cy, name, incremental);
      return this.lastLayoutMs;
    } finally {
      this.layoutsRunning--;
      this.emit('busy', !this.idle);
      this.emit('changed');
      this.syncUrl();
    }
  }

  /** Highlights the elements of these paths and fades the rest, so the justification stands out. */
  highlight(paths: readonly PathRef[]): void {
    this.highlightIds(pathElementIds(paths));
  }

  /** A new highlight is a step of its own: Back returns to the view before it. */
  highlightIds(ids: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): void {
    this.markPath(ids);
    this.stepPending = true;
    this.syncUrl();
  }

  private markPath(ids: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): void {
    this.cy.elements('.path, .faded').removeClass('path faded');
    if (ids.nodes.size === 0) return;
    this.cy.batch(() => {
      this.cy.elements().forEach((el) => {
        const on = (el.group() === 'nodes' ? ids.nodes : ids.edges).has(el.id());
        el.toggleClass('path', on).toggleClass('faded', !on);
      });
    });
  }

  clearHighlight(): void {
    if (this.cy.elements('.path').empty()) return;
    this.highlightIds({ nodes: new Set(), edges: new Set() });
  }

  focus(id: string): void {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    this.cy.elements(':selected').unselect();
    el.select();
    this.cy.animate({ center: { eles: el }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 300 });
  }

  selectedIds(): string[] {
    return this.cy.elements(':selected').map((e) => e.id());
  }

  viewState(): ViewState {
    const selected = this.cy.elements(':selected');
    const hidden = this.cy.elements('.hidden').map((e) => e.id());
    const pinned = this.entities().filter('.pinned').map((n) => n.id());
    const path = this.cy.elements('.path');
    return {
      nodes: this.entities().map((n) => n.id()),
      edges: this.cy.edges().map((e) => e.id()),
      layout: this.layout,
      filters: this.filters,
      ...(selected.length === 1 ? { selected: selected.first().id() } : {}),
      ...(hidden.length ? { hidden } : {}),
      ...(pinned.length ? { pinned } : {}),
      ...(path.nonempty() ? { highlight: { nodes: path.nodes().map((n) => n.id()), edges: path.edges().map((e) => e.id()) } } : {}),
      ...this.timeAndPlace(),
      positions: Object.fromEntries(this.entities().map((n) => [n.id(), { ...n.position() }])),
      viewport: { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } },
    };
  }

  /**
   * Keeps the address bar equal to the view. A change of what is shown (elements, filters, highlight)
   * is a browser history entry, so Back and Forward walk the analyst's steps inside the app; selection,
   * drags, zoom and pan only correct the current entry.
   */
  syncUrl(): void {
    const hash = this.cy.nodes().empty() ? '' : `#${encodeView(this.viewState())}`;
    const step = this.stepPending;
    this.stepPending = false;
    if (location.hash === hash) return;
    const url = hash || location.pathname + location.search;
    if (step) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /**
   * Puts a view on the canvas from elements already seen this session, without asking the API; false
   * when some entity of it was never seen (a link from elsewhere), which the caller then loads.
   */
  restoreSeen(view: ViewState): boolean {
    if (!view.nodes.every((id) => this.seen.nodes.has(id))) return false;
    const ids = new Set(view.nodes);
    const wanted = view.edges.length ? new Set(view.edges) : null;
    const edges = [...this.seen.edges.values()].filter((e) => (wanted ? wanted.has(e.id) : ids.has(e.source) && ids.has(e.target)));
    this.filters = view.filters;
    this.cy.elements().remove();
    this.add({ nodes: view.nodes.map((id) => ({ data: this.seen.nodes.get(id)! })), edges: edges.map((data) => ({ data })) }, { record: false });
    this.applyView(view);
    return true;
  }

  /** Applies what a link says beyond its elements: layout name, positions, hidden, pins, highlight, viewport, selection. */
  applyView(view: ViewState): void {
    this.layout = view.layout;
    this.cy.batch(() => {
      if (view.positions) this.cy.nodes().forEach((n) => { const p = view.positions![n.id()]; if (p) n.position(p); });
      for (const id of view.hidden ?? []) this.cy.getElementById(id).addClass('hidden');
      for (const id of view.pinned ?? []) this.cy.getElementById(id).addClass('pinned').lock();
      this.cy.elements(':selected').unselect();
      if (view.selected) this.cy.getElementById(view.selected).select();
    });
    this.markPath({ nodes: new Set(view.highlight?.nodes), edges: new Set(view.highlight?.edges) });
    this.setPanels(view);
    if (view.viewport) this.cy.viewport({ zoom: view.viewport.zoom, pan: view.viewport.pan });
    this.period = view.period ?? null;
    this.emit('period', this.period);
    this.stepPending = false;
    this.refresh();
  }

  /**
   * Opens or closes the map and the timeline as a view says (a view without them: the map closed, the
   * timeline open) and puts the map on its part of the world; before the canvas's viewport is set,
   * since a panel opening or closing resizes the canvas that viewport was saved for.
   */
  setPanels(view: { map?: ViewState['map']; timeline?: boolean }): void {
    this.mapOpen = Boolean(view.map);
    this.mapView = view.map?.box ? { ...view.map.box } : null;
    this.timelineOpen = view.timeline !== false;
    this.emit('panels');
  }

  /** A panel changed what the link says (the map opened, zoomed or panned): the address bar follows once it settles. */
  panelChanged(): void {
    // A timer of its own: the selection's settle carries work (the many-selected event) this must not cancel.
    clearTimeout(this.panelTimer);
    this.panelTimer = setTimeout(() => this.syncUrl(), explorerDefaults.urlSettleMs);
  }

  /** The period and the map and timeline panels as a share link and a saved investigation both keep them (absent parts: all years, map closed, timeline open). */
  timeAndPlace(): Pick<ViewState, 'period' | 'map' | 'timeline'> {
    return {
      ...(this.period ? { period: { ...this.period } } : {}),
      ...(this.mapOpen ? { map: { box: this.mapView ? { ...this.mapView } : null } } : {}),
      ...(this.timelineOpen ? {} : { timeline: false as const }),
    };
  }

  shareUrl(): string {
    return `${location.origin}${location.pathname}#${encodeView(this.viewState())}`;
  }

  /** Loads elements straight into the canvas (used by the performance page and power users). */
  async loadElements(graph: { nodes: GraphNode[]; edges: GraphEdge[] }, layout: LayoutName = 'fcose'): Promise<number> {
    this.replace(graph, { record: false });
    return this.relayout(layout);
  }
}
