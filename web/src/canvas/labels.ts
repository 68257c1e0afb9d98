/**
 * @module Label collision handling: after every change of what is drawn or where, labels that would
 * overlap a more important one are hidden (class `label-collides`), and come back in full while the
 * analyst points at the element or selects it. Importance: selected, then on the highlighted path,
 * then by degree, entities before relationships. Label boxes are in model coordinates, where a
 * label's size scales with the zoom like its distance to others, so zooming needs no new pass.
 */
import type { Core, SingularElementArgument } from 'cytoscape';

export const labelDefaults = {
  /** Grid cell of the spatial index, in model px; about one label wide. */
  cell: 120,
  /** Above this many shown elements no pass runs: such a view is read zoomed out, where labels are not drawn. */
  maxElements: 3000,
};

interface Box { x1: number; y1: number; x2: number; y2: number }

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Marks the labels to hide; returns how many were hidden. */
export function declutterLabels(cy: Core): number {
  const shown = cy.elements().not('.filtered, .hidden');
  cy.batch(() => cy.elements('.label-collides').removeClass('label-collides'));
  if (shown.length > labelDefaults.maxElements) return 0;
  const rank = (el: SingularElementArgument) => (el.selected() ? 2e6 : 0) + (el.hasClass('path') ? 1e6 : 0) + (el.isNode() ? el.degree(false) * 10 + 1e5 : 0);
  const order = shown.toArray().sort((a, b) => rank(b) - rank(a) || a.id().localeCompare(b.id()));
  const grid = new Map<string, Box[]>();
  const cells = (b: Box) => {
    const out: string[] = [];
    for (let i = Math.floor(b.x1 / labelDefaults.cell); i <= Math.floor(b.x2 / labelDefaults.cell); i++) {
      for (let j = Math.floor(b.y1 / labelDefaults.cell); j <= Math.floor(b.y2 / labelDefaults.cell); j++) out.push(`${i},${j}`);
    }
    return out;
  };
  const hidden: SingularElementArgument[] = [];
  for (const el of order) {
    const b = el.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeSourceLabels: false, includeTargetLabels: false } as never);
    if (!(b.w > 0 && b.h > 0)) continue;
    const keys = cells(b);
    if (keys.some((k) => grid.get(k)?.some((o) => overlaps(o, b)))) {
      hidden.push(el);
      continue;
    }
    for (const k of keys) (grid.get(k) ?? grid.set(k, []).get(k)!).push(b);
  }
  cy.batch(() => { for (const el of hidden) el.addClass('label-collides'); });
  return hidden.length;
}

/**
 * Runs the pass once per frame after `changed` (elements, filters, layouts) and after a drag, and
 * shows a hidden label in full while the pointer is on its element.
 */
export function watchLabels(cy: Core, onChanged: (fn: () => void) => void): void {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      declutterLabels(cy);
    });
  };
  onChanged(schedule);
  cy.on('dragfree layoutstop select unselect', schedule);
  cy.on('mouseover', 'node, edge', (e) => { e.target.addClass('label-full'); });
  cy.on('mouseout', 'node, edge', (e) => { e.target.removeClass('label-full'); });
  // Cytoscape sends no mouseout when the pointer leaves the canvas straight from an element.
  cy.container()?.addEventListener('mouseleave', () => cy.elements('.label-full').removeClass('label-full'));
}
