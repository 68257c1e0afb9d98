/**
 * @module The canvas stylesheet as data keyed by the ontology's types: one shape and colour per entity
 * type from cypher/ontology.ts, one hue and dash pattern per relationship type from ./palette.ts. Listed or sanctioned entities get a thick red border and a ⚠ label; entities
 * restricted or blocked in a country, a different thing, a dashed amber border and a ⊘ label.
 */
import { IN_COUNTRY, ONTOLOGY } from '../../../cypher/ontology.ts';
import { dashStyle, REFERENCE_LOOK, relationLook, type Dash } from './palette.ts';

export const styleDefaults = {
  /** Labels smaller than this on screen are not drawn, which keeps a zoomed-out graph legible. */
  minZoomedFontSize: 7,
  nodeSize: 28,
  /** Border of a listed or sanctioned entity; red is the convention analysts read at a glance. */
  flagColor: '#d0021b',
  /** Border of an entity restricted in a country: a warning, not a sanction. */
  restrictedColor: '#b9770e',
  /** Paths that justify a supply-chain or connection view. */
  pathColor: '#f39c12',
  selectColor: '#1a73e8',
  /** The keyboard walk's focus ring: near black, 17:1 on the white canvas. */
  keyboardColor: '#1b1b1b',
  /**
   * Large views (see canvas.ts) drop curved edges, arrows, edge labels and text outlines: in software
   * rendering those cost most of each frame, and at the zoom a large view needs they are unreadable anyway.
   */
  bulk: false,
};

/** Relationship types drawn without an arrow because their meaning is symmetric. */
export function relationDisplay(type: string): string {
  if (type === IN_COUNTRY) return 'in (reference)';
  return ONTOLOGY.relationTypes.find((r) => r.name === type)?.display ?? type.toLowerCase().replace(/_/g, ' ');
}

export function entityColor(type: string): string {
  return ONTOLOGY.entityTypes.find((t) => t.name === type)?.color ?? '#888888';
}

/** The colour a relationship type is drawn in, on the canvas and in the views beside it (timeline, map). */
export function relationColor(type: string): string {
  return type === IN_COUNTRY ? REFERENCE_LOOK.color : relationLook(type).color;
}

/** Cytoscape's own style typings reject data mappers such as `mapData(...)`, so the sheet is typed as plain data. */
export interface StyleBlock { selector: string; style: Record<string, string | number | number[]> }

export function buildStylesheet(options: Partial<typeof styleDefaults> = {}): StyleBlock[] {
  const o = { ...styleDefaults, ...options } satisfies typeof styleDefaults;
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        width: o.nodeSize,
        height: o.nodeSize,
        'background-color': '#888',
        'border-width': 1,
        'border-color': '#fff',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1b1b1b',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // A white outline keeps labels readable where they cross edges.
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'min-zoomed-font-size': o.minZoomedFontSize,
      },
    },
    // Set by the size switch (graph/sizing.ts): the same for all, or by degree or evidence.
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    ...ONTOLOGY.entityTypes.map((t) => ({
      selector: `node[type = "${t.name}"]`,
      style: { shape: t.shape, 'background-color': t.color },
    })),
    {
      // A group box (panels/grouping.ts): a faint frame named at the top, behind its entities.
      selector: 'node.group',
      style: {
        shape: 'round-rectangle', 'background-color': '#5d6d7e', 'background-opacity': 0.06, 'border-width': 1, 'border-style': 'dashed',
        'border-color': '#5d6d7e', 'text-valign': 'top', 'text-margin-y': -4, 'font-weight': 'bold', 'text-max-width': '400px', padding: 14,
      },
    },
    {
      // Entities found in text but absent from the catalog: a lighter fill says "less certain identity".
      selector: 'node[origin = "discovered"]',
      style: { 'background-opacity': 0.65 },
    },
    {
      selector: 'node[?restricted]',
      style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': o.restrictedColor },
    },
    {
      selector: 'node[?flagged]',
      style: { 'border-width': 5, 'border-style': 'solid', 'border-color': o.flagColor, color: o.flagColor, 'font-weight': 'bold' },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(evidenceCount, 1, 6, 1.5, 7)',
        'line-color': '#999',
        'target-arrow-color': '#999',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        opacity: 'mapData(confidence, 0, 1, 0.35, 0.95)',
        label: '',
        'font-size': 9,
        'text-rotation': 'autorotate',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': o.minZoomedFontSize + 3,
      },
    },
    ...ONTOLOGY.relationTypes.map((r) => {
      const look = relationLook(r.name);
      return {
        selector: `edge[type = "${r.name}"]`,
        style: {
          'line-color': look.color,
          'target-arrow-color': look.color,
          'source-arrow-color': look.color,
          'mid-target-arrow-color': look.color,
          ...dashStyle(look.dash),
          'target-arrow-shape': !r.directed || o.bulk ? 'none' : 'triangle',
          label: o.bulk ? '' : r.display,
        },
      };
    }),
    {
      // Reference data, not a claim: thin, grey, dotted, named as such.
      selector: `edge[type = "${IN_COUNTRY}"]`,
      style: { 'line-color': REFERENCE_LOOK.color, 'target-arrow-color': REFERENCE_LOOK.color, ...dashStyle(REFERENCE_LOOK.dash), width: 1.5, label: o.bulk ? '' : 'in (reference)' },
    },
    ...(o.bulk ? [
      { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.6 } },
      { selector: 'node', style: { 'text-outline-width': 0 } },
    ] : []),
    // The dash belongs to the type, so status and dating are marked at the edge's ends and middle:
    // a hollow diamond mid-edge for planned or cancelled, a bar at the target for banned, a hollow
    // circle at the source for a link no evidence dates (which a year filter leaves out unless asked).
    { selector: 'edge[status = "cancelled"], edge[status = "planned"]', style: { 'mid-target-arrow-shape': 'diamond', 'mid-target-arrow-fill': 'hollow' } },
    { selector: 'edge[status = "banned"]', style: { 'target-arrow-shape': 'tee' } },
    { selector: 'edge[?undated]', style: { 'source-arrow-shape': 'circle', 'source-arrow-fill': 'hollow' } },
    // A person's verdict: confirmed drawn with a check, rejected (shown only when asked for) faded and struck.
    { selector: 'edge[review = "confirmed"]', style: { 'source-label': '✓', 'source-text-offset': 14, 'font-size': 12 } },
    { selector: 'edge[review = "rejected"]', style: { 'line-style': 'dotted', opacity: 0.45, label: '✗ rejected', 'font-size': 9 } },
    { selector: 'node:selected', style: { 'overlay-color': o.selectColor, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    // The keyboard walk's focus (canvas/keyboard.ts): a dark dashed ring, unlike the selection's blue
    // veil and the path's orange glow, so "where I am" and "what I chose" are never confused.
    { selector: 'node.kbd-focus', style: { 'outline-width': 3, 'outline-style': 'dashed', 'outline-color': o.keyboardColor, 'outline-offset': 5, 'text-opacity': 1, 'z-index': 30 } },
    { selector: 'edge.kbd-link', style: { 'underlay-color': o.keyboardColor, 'underlay-opacity': 0.3, 'underlay-padding': 4 } },
    { selector: 'edge:selected', style: { 'overlay-color': o.selectColor, 'overlay-opacity': 0.25, width: 6 } },
    { selector: '.pinned', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#333' } },
    { selector: '.path', style: { 'z-index': 10 } },
    { selector: 'edge.path', style: { 'line-color': o.pathColor, 'target-arrow-color': o.pathColor, width: 7, opacity: 1 } },
    { selector: 'node.path', style: { 'underlay-color': o.pathColor, 'underlay-opacity': 0.5, 'underlay-padding': 8 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    // Label collisions (canvas/labels.ts): a label that would overlap a more important one waits
    // until the analyst points at its element or selects it, then shows in full above the rest.
    { selector: '.label-collides', style: { 'text-opacity': 0 } },
    { selector: '.label-full, :selected', style: { 'text-opacity': 1, 'z-index': 20 } },
    { selector: 'node.label-full, node:selected', style: { 'text-max-width': '480px' } },
    { selector: '.preview', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#555', 'line-style': 'dashed' } },
    // Filters and "hide" both remove from display but keep the element, so undo and un-filter are cheap.
    { selector: '.filtered, .hidden', style: { display: 'none' } },
  ];
}

export interface LegendEntry { kind: 'entity' | 'relation'; name: string; label: string; color: string; shape?: string; dash?: Dash }

export function legendEntries(): LegendEntry[] {
  return [
    ...ONTOLOGY.entityTypes.map((t): LegendEntry => ({ kind: 'entity', name: t.name, label: t.plural, color: t.color, shape: t.shape })),
    ...ONTOLOGY.relationTypes.map((r): LegendEntry => ({ kind: 'relation', name: r.name, label: r.display, ...relationLook(r.name) })),
  ];
}
