/**
 * @module The picture for a printed report: what the analyst sees (the visible elements where they
 * stand) redrawn on a canvas of its own, so nothing of the working state — selection, path highlight
 * and fading, pins, hover — is baked in, with every label whole and drawn at any zoom, and scaled so
 * it prints sharp across an A4 page.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { buildStylesheet, type StyleBlock } from '../style/cy-style.ts';

export const printDefaults = {
  /** Width in pixels of the picture: the text width of an A4 page (180 mm) at about 340 dpi. */
  width: 2400,
  /** Tallest picture, for a view much taller than wide: about one page at the same density. */
  height: 3200,
  /** Largest magnification, so a view of three entities does not print as giant shapes. */
  maxScale: 6,
  /** Labels wrap at this width instead of being cut with an ellipsis, as on screen. */
  labelWidth: '220px',
};

/** The screen's stylesheet with whole labels drawn at every zoom: on paper nothing can be hovered to read it. */
export function printStylesheet(): StyleBlock[] {
  return [
    ...buildStylesheet(),
    { selector: 'node', style: { 'text-wrap': 'wrap', 'text-max-width': printDefaults.labelWidth, 'min-zoomed-font-size': 0 } },
    { selector: 'edge', style: { 'min-zoomed-font-size': 0 } },
  ];
}

/** The elements a report shows, as plain data and positions: no classes, so no on-screen state. */
export function printElements(cy: Core): ElementDefinition[] {
  return [
    ...cy.nodes(':visible').map((n): ElementDefinition => ({ group: 'nodes', data: { ...n.data() }, position: { ...n.position() } })),
    ...cy.edges(':visible').map((e): ElementDefinition => ({ group: 'edges', data: { ...e.data() } })),
  ];
}

/** Draws the visible graph on an off-screen canvas and returns it as a PNG data URL with its size. */
export function printPicture(cy: Core): { src: string; width: number; height: number } {
  const container = document.createElement('div');
  // Off screen but laid out: Cytoscape measures labels in a real container.
  container.style.cssText = `position:fixed;left:-20000px;top:0;width:${cy.width()}px;height:${cy.height()}px`;
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  // Preset: the positions the analyst sees. Without it Cytoscape lays the copy out as a grid sized to
  // the container, which changes whenever a panel beside the canvas opens or closes.
  const paper = cytoscape({ container, elements: printElements(cy), layout: { name: 'preset' }, style: printStylesheet() as unknown as StylesheetJson, autoungrabify: true, autounselectify: true });
  try {
    const box = paper.elements().boundingBox();
    const scale = Math.min(printDefaults.width / Math.max(box.w, 1), printDefaults.height / Math.max(box.h, 1), printDefaults.maxScale);
    const src = paper.png({ full: true, scale, bg: '#ffffff' });
    return { src, width: Math.round(box.w * scale), height: Math.round(box.h * scale) };
  } finally {
    paper.destroy();
    container.remove();
  }
}
