/**
 * @module The toolbar toggle of a panel that shares the graph's area (the map, the timeline, the table
 * view): one button before Help whose `aria-pressed` says whether its panel shows, a class on the
 * canvas's wrap that gives the panel its room, the canvas resized so what was in view stays in view,
 * focus moved into the panel when the analyst opens it and back to the button when it closes (Escape
 * inside the panel closes it), and a name a keyboard shortcut toggles it by.
 */
import type { Core } from 'cytoscape';
import { $, h } from './dom.ts';

export const panelToggleDefaults = {
  /** Pixels kept free around what was in view when the canvas is narrowed under it, as the `f` key's fit keeps. */
  padding: 30,
};

export interface PanelToggleOptions {
  /** What a shortcut calls it by (`togglePanel('table')`). */
  name: string;
  panel: HTMLElement;
  /** Where focus goes when the analyst opens the panel: its heading, which a screen reader reads out. */
  focusTarget: HTMLElement;
  /** The class on `.canvas-wrap` that gives the panel its room (the stylesheet narrows the canvas by it). */
  wrapClass: string;
  button: { id: string; label: string; title: string };
  cy: Core;
  /** Open when mounted; the first state moves neither focus nor the view, and runs no `onOpen` (the panel draws itself once built). */
  open: boolean;
  onOpen?(): void;
  onClose?(): void;
}

export interface PanelToggle {
  isOpen(): boolean;
  /** `focus` false opens a panel without taking focus from the analyst, for a panel opened by what a view brings rather than by them. */
  setOpen(open: boolean, focus?: boolean): void;
}

const toggles = new Map<string, PanelToggle>();

/** Opens or closes a mounted panel by name; nothing while its module has not mounted it yet. */
export function togglePanel(name: string): void {
  const t = toggles.get(name);
  t?.setOpen(!t.isOpen());
}

/**
 * Narrows or widens the canvas (by `change`) and keeps the part of the graph that was on screen on
 * screen: centred in the new area, zoomed out just enough to fit it and never zoomed in, so a view the
 * analyst zoomed into stays theirs and a whole graph stays whole.
 */
function resizeKeepingView(cy: Core, change: () => void): void {
  const shown = cy.elements(':visible').boundingBox({});
  const ext = cy.extent();
  const box = { x1: Math.max(shown.x1, ext.x1), y1: Math.max(shown.y1, ext.y1), x2: Math.min(shown.x2, ext.x2), y2: Math.min(shown.y2, ext.y2) };
  change();
  cy.resize();
  if (cy.elements(':visible').empty() || box.x2 < box.x1 || box.y2 < box.y1) return;
  const pad = panelToggleDefaults.padding;
  const fits = Math.min((cy.width() - 2 * pad) / Math.max(box.x2 - box.x1, 1), (cy.height() - 2 * pad) / Math.max(box.y2 - box.y1, 1));
  const zoom = Math.max(cy.minZoom(), Math.min(cy.zoom(), fits));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - (zoom * (box.x1 + box.x2)) / 2, y: cy.height() / 2 - (zoom * (box.y1 + box.y2)) / 2 } });
}

export function mountPanelToggle(o: PanelToggleOptions): PanelToggle {
  const wrap = $('.canvas-wrap');
  const button = h('button', { id: o.button.id, 'aria-pressed': String(o.open), 'aria-controls': o.panel.id, title: o.button.title }, o.button.label);
  $('#topbar .toolbar').insertBefore(button, $('#help'));

  const show = (open: boolean) => {
    o.panel.hidden = !open;
    button.setAttribute('aria-pressed', String(open));
    wrap.classList.toggle(o.wrapClass, open);
  };
  const toggle: PanelToggle = {
    isOpen: () => !o.panel.hidden,
    setOpen(open, focus = true) {
      if (open === toggle.isOpen()) return;
      resizeKeepingView(o.cy, () => show(open));
      if (open) {
        o.onOpen?.();
        if (focus) o.focusTarget.focus();
      } else {
        o.onClose?.();
        // Focus inside the panel would fall to the page; focus elsewhere (the canvas, after the shortcut) stays put.
        if (o.panel.contains(document.activeElement) || document.activeElement === document.body) button.focus();
      }
    },
  };
  button.addEventListener('click', () => toggle.setOpen(!toggle.isOpen()));
  o.panel.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    // The explorer's own Escape (close the side panel, clear highlights) is not meant here.
    e.stopPropagation();
    toggle.setOpen(false);
  });
  show(o.open);
  o.cy.resize();
  toggles.set(o.name, toggle);
  return toggle;
}
