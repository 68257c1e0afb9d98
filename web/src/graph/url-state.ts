/**
 * @module The view in the URL hash, so a copied link reopens the same picture: entities, edges,
 * filters, layout, selection, hidden and pinned elements, positions, zoom and pan, the path
 * highlight, the timeline's period, and which of the map and the timeline are open (and where the map is zoomed). URLSearchParams with comma-separated lists (`n=a,b,c`) rather than JSON: links stay
 * readable in a report or a chat.
 */
import { noFilters, type Filters } from './filters.ts';
import type { MapBox } from './geo-model.ts';
import type { Period } from './period.ts';

export const LAYOUTS = ['fcose', 'dagre'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface Point { x: number; y: number }

export interface ViewState {
  nodes: string[];
  edges: string[];
  layout: LayoutName;
  filters: Filters;
  selected?: string;
  hidden?: string[];
  pinned?: string[];
  /** Model positions, rounded to whole pixels; a view with them reopens without a layout. */
  positions?: Record<string, Point>;
  highlight?: { nodes: string[]; edges: string[] };
  viewport?: { zoom: number; pan: Point };
  /** The timeline's brushed period (`tp=2017-2019`; `tpu=0` when undated edges are left out). */
  period?: Period;
  /**
   * The map panel, when open: the part of the world it shows (`map=x0,y0,x1,y1`, a MapBox), or null
   * for the whole world (`map=world`). Absent: the map is closed, as in links made before it was kept.
   */
  map?: { box: MapBox | null };
  /** The timeline panel is open unless this says otherwise (`tl=0`). */
  timeline?: false;
}

/**
 * Links longer than this drop the edge list (the view then reopens with every edge among its nodes),
 * then the positions (it is then laid out again). Browsers and chat tools truncate long URLs well
 * before the 64k some browsers accept.
 */
export const MAX_URL_CHARS = 8_000;

const list = (values: readonly string[]) => values.map(encodeURIComponent).join(',');
const unlist = (value: string | null | undefined) => (value ? value.split(',').filter(Boolean).map(decodeURIComponent) : []);

export function encodeView(view: ViewState): string {
  const parts: [string, string][] = [['n', list(view.nodes)], ['e', list(view.edges)]];
  if (view.layout !== 'fcose') parts.push(['layout', view.layout]);
  const f = view.filters;
  if (f.hiddenEntityTypes.length) parts.push(['hide', list(f.hiddenEntityTypes)]);
  if (f.hiddenRelTypes.length) parts.push(['hiderel', list(f.hiddenRelTypes)]);
  if (f.minConfidence > 0) parts.push(['minc', String(f.minConfidence)]);
  if (f.documents) parts.push(['docs', list(f.documents)]);
  if (f.years) parts.push(['years', `${f.years[0]}-${f.years[1]}`]);
  if (f.includeUndated) parts.push(['undated', '1']);
  if (view.selected) parts.push(['sel', view.selected]);
  if (view.hidden?.length) parts.push(['hid', list(view.hidden)]);
  if (view.pinned?.length) parts.push(['pin', list(view.pinned)]);
  if (view.highlight?.nodes.length) parts.push(['hln', list(view.highlight.nodes)], ['hle', list(view.highlight.edges)]);
  if (view.period) parts.push(['tp', `${view.period.from}-${view.period.to}`], ...(view.period.undated ? [] : [['tpu', '0'] as [string, string]]));
  if (view.map) parts.push(['map', view.map.box ? [view.map.box.x0, view.map.box.y0, view.map.box.x1, view.map.box.y1].map((v) => round(v, 4)).join(',') : 'world']);
  if (view.timeline === false) parts.push(['tl', '0']);
  if (view.viewport) parts.push(['z', String(round(view.viewport.zoom, 4))], ['pan', `${round(view.viewport.pan.x, 1)},${round(view.viewport.pan.y, 1)}`]);
  // `id:x:y`: an encoded id holds no raw ':' (encodeURIComponent escapes it).
  if (view.positions) parts.push(['pos', Object.entries(view.positions).map(([id, p]) => `${encodeURIComponent(id)}:${Math.round(p.x)}:${Math.round(p.y)}`).join(',')]);
  // A comma needs no escape in a fragment; items carry their own commas escaped by `list`.
  const serialise = (p: [string, string][]) => new URLSearchParams(p).toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  let hash = serialise(parts);
  for (const drop of ['e', 'pos']) {
    if (hash.length <= MAX_URL_CHARS) break;
    parts.splice(parts.findIndex(([k]) => k === drop), 1);
    hash = serialise(parts);
  }
  return hash;
}

/** True when the link gives a position to every entity it names, so it reopens without a layout. */
export function hasAllPositions(view: ViewState): boolean {
  return view.nodes.every((id) => view.positions?.[id]);
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function decodePositions(value: string | null): Record<string, Point> | undefined {
  if (!value) return undefined;
  const out: Record<string, Point> = {};
  for (const item of value.split(',')) {
    const [id, x, y] = item.split(':');
    if (!id || !Number.isFinite(Number(x)) || !Number.isFinite(Number(y)) || x === '' || y === '') continue;
    out[decodeURIComponent(id)] = { x: Number(x), y: Number(y) };
  }
  return Object.keys(out).length ? out : undefined;
}

/** `world`, or four numbers making a box of some width and height; anything else is no map. */
function decodeMap(value: string | null): { box: MapBox | null } | undefined {
  if (value === 'world') return { box: null };
  const v = (value ?? '').split(',').map((n) => (n.trim() === '' ? NaN : Number(n)));
  if (v.length !== 4 || !v.every(Number.isFinite)) return undefined;
  const [x0, y0, x1, y1] = v as [number, number, number, number];
  return x0 < x1 && y0 < y1 ? { box: { x0, y0, x1, y1 } } : undefined;
}

/** Reads a hash (with or without '#'); null when it names no entities, so the default view loads. */
export function decodeView(hash: string): ViewState | null {
  const pairs = new URLSearchParams(hash.replace(/^#/, ''));
  const nodes = unlist(pairs.get('n'));
  if (nodes.length === 0) return null;
  const layout = LAYOUTS.find((l) => l === pairs.get('layout')) ?? 'fcose';
  const minc = Number(pairs.get('minc'));
  const years = /^(\d{1,4})-(\d{1,4})$/.exec(pairs.get('years') ?? '');
  const period = /^(\d{1,4})-(\d{1,4})$/.exec(pairs.get('tp') ?? '');
  const sel = pairs.get('sel');
  const zoom = Number(pairs.get('z'));
  const pan = (pairs.get('pan') ?? '').split(',').map(Number);
  const positions = decodePositions(pairs.get('pos'));
  const hidden = unlist(pairs.get('hid'));
  const pinned = unlist(pairs.get('pin'));
  const hln = unlist(pairs.get('hln'));
  const map = decodeMap(pairs.get('map'));
  return {
    nodes,
    edges: unlist(pairs.get('e')),
    layout,
    filters: {
      ...noFilters,
      hiddenEntityTypes: unlist(pairs.get('hide')),
      hiddenRelTypes: unlist(pairs.get('hiderel')),
      minConfidence: Number.isFinite(minc) && minc > 0 && minc <= 1 ? minc : 0,
      documents: pairs.has('docs') ? unlist(pairs.get('docs')) : null,
      years: years ? [Number(years[1]), Number(years[2])] : null,
      includeUndated: pairs.get('undated') === '1',
    },
    ...(sel ? { selected: sel } : {}),
    ...(hidden.length ? { hidden } : {}),
    ...(pinned.length ? { pinned } : {}),
    ...(positions ? { positions } : {}),
    ...(hln.length ? { highlight: { nodes: hln, edges: unlist(pairs.get('hle')) } } : {}),
    ...(period && Number(period[1]) <= Number(period[2]) ? { period: { from: Number(period[1]), to: Number(period[2]), undated: pairs.get('tpu') !== '0' } } : {}),
    ...(map ? { map } : {}),
    ...(pairs.get('tl') === '0' ? { timeline: false as const } : {}),
    ...(zoom > 0 && pan.length === 2 && pan.every(Number.isFinite) ? { viewport: { zoom, pan: { x: pan[0]!, y: pan[1]! } } } : {}),
  };
}
