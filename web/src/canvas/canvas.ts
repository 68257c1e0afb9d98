/**
 * @module The Cytoscape canvas: extensions, interaction options and the two layouts analysts use —
 * fcose (force-directed, the default for exploring) and dagre left-to-right (supply chains read from
 * supplier to customer).
 */
import cytoscape, { type Core, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { buildStylesheet } from '../style/cy-style.ts';
import type { LayoutName } from '../graph/url-state.ts';

declare module 'cytoscape' {
  interface Core {
    /** Added by cytoscape-svg: the graph as an SVG document. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}

cytoscape.use(fcose);

/** The hierarchical layout's code is fetched when first asked for: the first view is force-directed. */
let dagreLoaded: Promise<void> | undefined;
function loadDagre(): Promise<void> {
  return dagreLoaded ??= import('cytoscape-dagre').then((m) => { cytoscape.use(m.default); });
}

/** The SVG exporter's code is fetched when an SVG is first asked for. */
let svgLoaded: Promise<void> | undefined;
export function loadSvgExport(): Promise<void> {
  return svgLoaded ??= import('cytoscape-svg').then((m) => { cytoscape.use(m.default as cytoscape.Ext); });
}

export const canvasDefaults = {
  minZoom: 0.05,
  maxZoom: 4,
  /** Above this many nodes incremental layouts jump to the result instead of animating, which would stutter. */
  animateBelow: 150,
  /** Above this many nodes fcose uses its draft pass only; its polishing pass is quadratic. */
  draftAbove: 1500,
  /** Fitting a small view never zooms in past this, so a three-node answer does not fill the screen with giant labels. */
  maxFitZoom: 1.3,
  /** Above this many elements the lighter "bulk" stylesheet is used (see cy-style.ts). */
  bulkAbove: 3000,
};

export function createCanvas(container: HTMLElement): Core {
  return cytoscape({
    container,
    style: buildStylesheet() as unknown as StylesheetJson,
    minZoom: canvasDefaults.minZoom,
    maxZoom: canvasDefaults.maxZoom,
    boxSelectionEnabled: true,
    // A plain click replaces the selection; Shift, Ctrl or Cmd adds to it (Cytoscape reads those keys).
    selectionType: 'single',
    // While the analyst drags or zooms, move a snapshot of the canvas instead of redrawing every element.
    textureOnViewport: true,
    pixelRatio: 'auto',
  });
}

export function layoutOptions(name: LayoutName, nodeCount: number, fixed: { nodeId: string; position: { x: number; y: number } }[] = [], incremental = false): LayoutOptions {
  // Only an incremental layout animates: there nodes move from where the analyst saw them, while a fresh
  // layout would only show nodes flying out of one point.
  const animate = incremental && nodeCount < canvasDefaults.animateBelow;
  if (name === 'dagre') {
    return { name: 'dagre', rankDir: 'LR', nodeSep: 25, rankSep: 110, edgeSep: 10, animate, animationDuration: 400, fit: true, padding: 30, nodeDimensionsIncludeLabels: true } as LayoutOptions;
  }
  const draft = nodeCount > canvasDefaults.draftAbove;
  return {
    name: 'fcose',
    quality: draft ? 'draft' : 'default',
    randomize: !incremental,
    animate,
    animationDuration: 500,
    fit: true,
    padding: 30,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    // The draft (spectral) pass scales its result by this; growing it with the node count keeps a
    // large graph from collapsing into one overlapping blob.
    nodeSeparation: draft ? 6 * Math.sqrt(nodeCount) : 80,
    numIter: 2500,
    // Packing components costs seconds on thousands of nodes and helps only small views read well.
    packComponents: !draft,
    // Entities without edges are packed side by side; counting their labels keeps names from overlapping.
    nodeDimensionsIncludeLabels: true,
    fixedNodeConstraint: fixed.length ? fixed : undefined,
  } as LayoutOptions;
}

/** Switches between the full and the bulk stylesheet when the view crosses the size threshold. */
export function fitStyleToSize(cy: Core): void {
  const bulk = cy.elements().length > canvasDefaults.bulkAbove;
  if (cy.scratch('bulk') === bulk) return;
  cy.scratch('bulk', bulk);
  cy.style(buildStylesheet({ bulk }) as unknown as StylesheetJson);
}

/** Lays out the visible elements (pinned nodes stay put) and resolves with the time it took in ms. */
export async function runLayout(cy: Core, name: LayoutName, incremental = false): Promise<number> {
  if (name === 'dagre') await loadDagre();
  fitStyleToSize(cy);
  const eles = cy.elements(':visible');
  const nodes = eles.nodes();
  if (nodes.length === 0) return 0;
  const pinned = cy.nodes('.pinned:visible').map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  const started = performance.now();
  return new Promise((resolve) => {
    const layout = eles.layout(layoutOptions(name, nodes.length, pinned, incremental));
    layout.one('layoutstop', () => {
      if (cy.zoom() > canvasDefaults.maxFitZoom) {
        cy.zoom(canvasDefaults.maxFitZoom);
        cy.center(eles);
      }
      resolve(performance.now() - started);
    });
    layout.run();
  });
}
