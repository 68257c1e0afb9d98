/**
 * @module The Cytoscape canvas: extensions, interaction options and the two layouts analysts use —
 * fcose (force-directed, the default for exploring) and dagre left-to-right (supply chains read from
 * supplier to customer).
 */
import cytoscape, { type Core, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';
import { buildStylesheet } from '../style/cy-style.ts';
import type { LayoutName } from '../graph/url-state.ts';

declare module 'cytoscape' {
  interface Core {
    /** Added by cytoscape-svg: the graph as an SVG document. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg as cytoscape.Ext);

export const canvasDefaults = {
  minZoom: 0.05,
  maxZoom: 4,
  /** Above this many nodes layouts jump to the result instead of animating, which would stutter. */
  animateBelow: 150,
  /** Above this many nodes fcose uses its draft pass only; its polishing pass is quadratic. */
  draftAbove: 1500,
};

export function createCanvas(container: HTMLElement): Core {
  return cytoscape({
    container,
    style: buildStylesheet() as unknown as StylesheetJson,
    minZoom: canvasDefaults.minZoom,
    maxZoom: canvasDefaults.maxZoom,
    boxSelectionEnabled: true,
    selectionType: 'additive',
    // Drawing edges as plain lines while the view moves keeps big graphs fluid.
    hideEdgesOnViewport: false,
    textureOnViewport: false,
    pixelRatio: 'auto',
  });
}

export function layoutOptions(name: LayoutName, nodeCount: number, fixed: { nodeId: string; position: { x: number; y: number } }[] = [], incremental = false): LayoutOptions {
  const animate = nodeCount < canvasDefaults.animateBelow;
  if (name === 'dagre') {
    return { name: 'dagre', rankDir: 'LR', nodeSep: 25, rankSep: 110, edgeSep: 10, animate, animationDuration: 400, fit: true, padding: 30 } as LayoutOptions;
  }
  return {
    name: 'fcose',
    quality: nodeCount > canvasDefaults.draftAbove ? 'draft' : 'default',
    randomize: !incremental,
    animate,
    animationDuration: 500,
    fit: true,
    padding: 30,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    nodeSeparation: 80,
    numIter: 2500,
    packComponents: true,
    fixedNodeConstraint: fixed.length ? fixed : undefined,
  } as LayoutOptions;
}

/** Lays out the visible elements (pinned nodes stay put) and resolves with the time it took in ms. */
export function runLayout(cy: Core, name: LayoutName, incremental = false): Promise<number> {
  const eles = cy.elements(':visible');
  const nodes = eles.nodes();
  if (nodes.length === 0) return Promise.resolve(0);
  const pinned = cy.nodes('.pinned:visible').map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  const started = performance.now();
  return new Promise((resolve) => {
    const layout = eles.layout(layoutOptions(name, nodes.length, pinned, incremental));
    layout.one('layoutstop', () => resolve(performance.now() - started));
    layout.run();
  });
}
