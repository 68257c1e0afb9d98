/**
 * @module The canvas for people who do not use a mouse: Tab reaches it, arrow keys walk from an
 * entity to its neighbours with a focus mark of their own (not the selection, which h, p and Delete
 * act on), Enter opens the inspector of the entity in focus and Escape there comes back, and a live
 * region tells a screen reader each entity and how it is linked to the one the walk stands on.
 */
import type { NodeSingular } from 'cytoscape';
import type { EdgeData, NodeData } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { describeCentre, describeStep, neighboursOf, startOf, type Neighbour } from '../graph/walk.ts';
import { $, h } from '../ui/dom.ts';

/** Keys and what they do, shown in the help dialog and read to screen readers as the canvas's description. */
export const CANVAS_KEYS = [
  { keys: '→ / ←', label: 'On the graph: next or previous neighbour of the entity the walk stands on' },
  { keys: '↓', label: 'On the graph: walk on from the neighbour in focus (it becomes the centre)' },
  { keys: '↑', label: 'On the graph: back to the entity the walk came from' },
  { keys: 'Home', label: 'On the graph: back to the centre of the walk' },
  { keys: 'Enter', label: 'On the graph: inspect the entity in focus (Esc comes back)' },
  { keys: 'Space', label: 'On the graph: select the entity in focus, for h, p and Delete' },
] as const;

interface Walk {
  /** The entity whose neighbours the arrows walk. */
  centre: string;
  /** The entity in focus: the centre itself, or one of its neighbours. */
  at: string;
  /** Centres walked from, so ↑ goes back the way the walk came. */
  trail: string[];
}

export function mountCanvasKeyboard(x: Explorer): void {
  const container = x.cy.container()!;
  const announcer = h('div', { id: 'canvas-announcer', class: 'sr-only', role: 'status' });
  const instructions = h('p', { id: 'canvas-keys', class: 'sr-only' }, CANVAS_KEYS.map((k) => `${k.keys}: ${k.label.replace('On the graph: ', '')}.`).join(' '));
  container.after(announcer, instructions);
  container.tabIndex = 0;
  // The canvas answers arrow keys itself, so screen readers must pass them through rather than read the page.
  container.setAttribute('role', 'application');
  container.setAttribute('aria-roledescription', 'graph');
  container.setAttribute('aria-label', 'Graph of the entities drawn');
  container.setAttribute('aria-describedby', 'canvas-keys');
  // A skip link or a closing panel that hands focus to the graph's region hands it to the walkable canvas.
  $('#graph').addEventListener('focus', () => container.focus());

  let walk: Walk | undefined;

  const drawn = () => {
    const { nodes, edges } = x.visible();
    return { nodes: nodes.map((n) => n.data() as NodeData), edges: edges.map((e) => e.data() as EdgeData) };
  };
  const dataOf = (id: string) => x.cy.getElementById(id).data() as NodeData;
  const neighbours = (id: string): Neighbour[] => {
    const { nodes, edges } = drawn();
    return neighboursOf(id, nodes, edges);
  };

  const unmark = () => x.cy.elements('.kbd-focus, .kbd-link').removeClass('kbd-focus kbd-link');
  const mark = () => {
    unmark();
    if (!walk) return;
    const at = x.cy.getElementById(walk.at) as NodeSingular;
    at.addClass('kbd-focus');
    if (walk.at !== walk.centre) at.edgesWith(x.cy.getElementById(walk.centre)).not('.filtered, .hidden').addClass('kbd-link');
    // Keep the entity in focus on screen: a walk may lead off the edge of the view.
    const box = at.renderedBoundingBox({});
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > x.cy.width() || box.y2 > x.cy.height()) x.cy.center(at);
  };

  const announce = () => {
    if (!walk) {
      announcer.textContent = 'The graph is empty.';
      return;
    }
    const around = neighbours(walk.centre);
    const index = around.findIndex((n) => n.node.id === walk!.at);
    const centre = dataOf(walk.centre);
    announcer.textContent = index < 0 ? describeCentre(centre, around.length) : describeStep(centre, around[index]!, index, around.length);
  };

  const begin = (id: string | undefined) => {
    walk = id ? { centre: id, at: id, trail: [] } : undefined;
  };

  /** Whether the walk's entities are still drawn; filters, hiding and undo can take them away. */
  const stillDrawn = () => {
    if (!walk) return;
    const shown = new Set(x.visible().nodes.map((n) => n.id()));
    if (!shown.has(walk.centre)) begin(shown.has(walk.at) ? walk.at : undefined);
    else if (!shown.has(walk.at)) walk.at = walk.centre;
    if (walk) walk.trail = walk.trail.filter((id) => shown.has(id));
  };

  const start = () => {
    stillDrawn();
    if (!walk) {
      const { nodes, edges } = drawn();
      const selected = x.cy.nodes(':selected').not('.group');
      begin(startOf(nodes, edges, selected.length === 1 ? selected.id() : undefined));
    }
  };

  const step = (by: number) => {
    const around = neighbours(walk!.centre);
    if (around.length === 0) return;
    const index = around.findIndex((n) => n.node.id === walk!.at);
    // From the centre, → lands on the first neighbour and ← on the last.
    const next = index < 0 ? (by > 0 ? 0 : around.length - 1) : (index + by + around.length) % around.length;
    walk!.at = around[next]!.node.id;
  };

  const actions: Record<string, () => void> = {
    ArrowRight: () => step(1),
    ArrowLeft: () => step(-1),
    ArrowDown: () => {
      if (walk!.at === walk!.centre) step(1);
      else walk = { centre: walk!.at, at: walk!.at, trail: [...walk!.trail, walk!.centre] };
    },
    ArrowUp: () => {
      const back = walk!.trail.at(-1);
      if (back) walk = { centre: back, at: back, trail: walk!.trail.slice(0, -1) };
      else walk!.at = walk!.centre;
    },
    Home: () => { walk!.at = walk!.centre; },
    ' ': () => {
      x.cy.elements(':selected').unselect();
      x.cy.getElementById(walk!.at).select();
    },
    Enter: () => {
      const id = walk!.at;
      x.cy.elements(':selected').unselect();
      x.cy.getElementById(id).select();
      x.emit('select-node', id);
      // The inspector opened beside the canvas; a keyboard user goes with it, and Esc brings them back.
      const side = $('#side');
      if (!side.hidden) side.querySelector<HTMLElement>('#side-title')?.focus();
    },
  };

  container.addEventListener('keydown', (e) => {
    const act = actions[e.key];
    if (!act || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    start();
    if (!walk) {
      announce();
      return;
    }
    act();
    if (document.activeElement !== container) return;
    mark();
    announce();
  });

  container.addEventListener('focus', () => {
    // A click focuses the canvas too; only a keyboard arrival shows the walk's mark and speaks.
    if (!container.matches(':focus-visible')) return;
    start();
    mark();
    announce();
  });
  container.addEventListener('blur', unmark);

  // A click on an entity moves the walk there, so the keyboard goes on from what the mouse chose.
  x.on('select-node', (id) => {
    if (walk?.at !== id) begin(id);
  });
  x.on('changed', () => {
    stillDrawn();
    if (document.activeElement === container && container.matches(':focus-visible')) mark();
  });
}
