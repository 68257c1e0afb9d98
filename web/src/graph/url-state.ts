/**
 * @module The view in the URL hash, so a copied link reopens the same entities, edges, filters and
 * layout. URLSearchParams with comma-separated lists (`n=a,b,c`) rather than JSON: links stay
 * readable in a report or a chat.
 */
import { noFilters, type Filters } from './filters.ts';

export const LAYOUTS = ['fcose', 'dagre'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface ViewState {
  nodes: string[];
  edges: string[];
  layout: LayoutName;
  filters: Filters;
  selected?: string;
}

/**
 * Links longer than this drop the edge list; the view then reopens with every edge among its nodes.
 * Browsers and chat tools truncate long URLs well before the 64k some browsers accept.
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
  if (view.selected) parts.push(['sel', view.selected]);
  // A comma needs no escape in a fragment; items carry their own commas escaped by `list`.
  const serialise = (p: [string, string][]) => new URLSearchParams(p).toString().replaceAll('%2C', ',');
  const hash = serialise(parts);
  return hash.length > MAX_URL_CHARS ? serialise(parts.filter(([k]) => k !== 'e')) : hash;
}

/** Reads a hash (with or without '#'); null when it names no entities, so the default view loads. */
export function decodeView(hash: string): ViewState | null {
  const pairs = new URLSearchParams(hash.replace(/^#/, ''));
  const nodes = unlist(pairs.get('n'));
  if (nodes.length === 0) return null;
  const layout = LAYOUTS.find((l) => l === pairs.get('layout')) ?? 'fcose';
  const minc = Number(pairs.get('minc'));
  const years = /^(\d{1,4})-(\d{1,4})$/.exec(pairs.get('years') ?? '');
  const sel = pairs.get('sel');
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
    },
    ...(sel ? { selected: sel } : {}),
  };
}
