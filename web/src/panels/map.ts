/**
 * @module The map beside the canvas (drawn by figures/map-figure.ts, offline, no request but our own
 * /api/geo). It draws what the canvas draws, so it follows the filters and the timeline's period.
 * Clicking a country selects its entities on the canvas; selecting on the canvas outlines the
 * countries of what is selected. Zoom and pan with the wheel and a drag (d3-zoom) or with the +, -
 * and reset buttons, which the keyboard reaches; markers and lines keep their size while zoomed. The
 * part of the world it is zoomed to is kept on the explorer (`mapView`, and `mapOpen`) for the report's
 * map, the share link and a saved investigation, which reopen the map on it.
 */
import type { GeoProjection } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { EdgeData, Located, NodeData } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { drawMapFigure, visibleBox, zoomShowing } from '../figures/map-figure.ts';
import { geoModel, type GeoModel, type MapBox } from '../graph/geo-model.ts';
import { styleDefaults } from '../style/cy-style.ts';
import { $, h } from '../ui/dom.ts';
import { mountPanelToggle } from '../ui/panel-toggle.ts';
import { downloadPng, downloadSvg, stamp } from '../ui/svg-export.ts';

export const mapDefaults = {
  selectedStroke: styleDefaults.selectColor,
  /** Zoom range: the whole world down to a region the size of Central Asia's cities. */
  minZoom: 1,
  maxZoom: 24,
  /** Factor of one press of + or -. */
  zoomStep: 1.6,
};

const SVG_NS = 'http://www.w3.org/2000/svg';

const isWhole = (t: ZoomTransform) => t.k === 1 && t.x === 0 && t.y === 0;
const sameBox = (a: MapBox | null, b: MapBox | null) => (a && b ? a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1 : a === b);

export function mountMap(x: Explorer): void {
  const o = mapDefaults;
  let located = new Map<string, Located>();
  let asked = '';
  let model: GeoModel | null = null;
  let transform: ZoomTransform = zoomIdentity;
  /** The last drawing's projection and size, by which a zoom is told to the report as a part of the world. */
  let drawn: { projection: GeoProjection; width: number; height: number } | null = null;
  /**
   * The part of the world a reopened view asks for (null: the whole world): fitted at each drawing, so
   * it stays whole as the page settles around the map, until the analyst zooms or pans themselves.
   */
  let wanted: MapBox | null | undefined = x.mapOpen ? x.mapView : undefined;

  const wrap = $('.canvas-wrap');
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'map-chart');
  svg.setAttribute('role', 'img');
  // The picture's words for a screen reader; the status line beside it says what is drawn.
  svg.setAttribute('aria-label', 'World map: arcs from each vendor\'s country to its customers\' countries, countries shaded by how many vendors supply them');
  const status = h('span', { class: 'muted map-status' });
  // Buttons, not only the wheel: zoom must be reachable by keyboard and by a screen reader's user.
  const zoomIn = h('button', { class: 'map-zoom-in', 'aria-label': 'Zoom in on the map', title: 'Zoom in', onclick: () => zoomBy(o.zoomStep) }, '+');
  const zoomOut = h('button', { class: 'map-zoom-out', 'aria-label': 'Zoom out of the map', title: 'Zoom out', onclick: () => zoomBy(1 / o.zoomStep) }, '−');
  const resetButton = h('button', { class: 'map-zoom-reset', title: 'Show the whole world', disabled: true, onclick: () => reset() }, 'Reset');
  const body = h('div', { class: 'map-body' });
  body.appendChild(svg);
  const heading = h('h2', { id: 'map-title', tabindex: -1 }, 'Map');
  const panel = h('section', { id: 'map-view', class: 'map-view', 'aria-labelledby': 'map-title', hidden: true },
    h('div', { class: 'map-head' },
      heading, status, h('span', { class: 'spacer' }),
      h('span', { class: 'map-zoom', role: 'group', 'aria-label': 'Map zoom' }, zoomIn, zoomOut, resetButton),
      h('button', { class: 'map-png', onclick: () => void downloadPng(svg, `sightline-map-${stamp()}.png`) }, 'PNG'),
      h('button', { class: 'map-svg', onclick: () => downloadSvg(svg, `sightline-map-${stamp()}.svg`) }, 'SVG')),
    body,
    h('p', { class: 'map-legend muted' }, 'Shade: distinct vendors supplying the country. Arc: vendor\'s country to customer\'s, coloured by relationship, width by facts. Square: vendor (red border listed or sanctioned, dashed amber restricted).'));
  wrap.appendChild(panel);
  const zoomer = d3zoom<SVGSVGElement, unknown>().scaleExtent([o.minZoom, o.maxZoom])
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      // A wheel or a drag: the view is the analyst's own from now on.
      if (event.sourceEvent) wanted = undefined;
      applyTransform(event.transform);
    });

  const toggle = mountPanelToggle({
    name: 'map', panel, focusTarget: heading, wrapClass: 'with-map', cy: x.cy, open: x.mapOpen,
    button: { id: 'toggle-map', label: 'Map', title: 'Show or hide the map (m)' },
    onOpen: () => {
      x.mapOpen = true;
      x.panelChanged();
      void load();
      render();
    },
    // A closed map is no view the analyst is looking at: the report frames what is drawn.
    onClose: () => {
      x.mapOpen = false;
      x.mapView = null;
      x.panelChanged();
    },
  });

  async function load(): Promise<void> {
    const ids = x.cy.nodes().map((n) => n.id()).sort();
    const key = ids.join('\n');
    if (panel.hidden || key === asked) return;
    asked = key;
    if (ids.length === 0) {
      located = new Map();
      render();
      return;
    }
    try {
      const { entities } = await x.api.geo(ids);
      if (asked !== key) return;
      located = new Map(entities.map((e) => [e.id, e]));
      render();
    } catch {
      asked = '';
      status.textContent = 'Places could not be loaded.';
    }
  }

  let frame = 0;
  function render(): void {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(draw);
  }

  function selectCountry(code: string): void {
    const ids = new Set(model?.entitiesByCountry.get(code) ?? []);
    x.cy.elements(':selected').unselect();
    const nodes = x.cy.nodes(':visible').filter((n) => ids.has(n.id()));
    nodes.select();
    // The country itself, when drawn, is what the inspector shows: its relationships answer "who is here".
    const state = nodes.filter((n) => n.data('type') === 'State' && located.get(n.id())?.countryCode === code);
    if (state.nonempty()) x.emit('select-node', state.first().id());
    outlineSelection();
  }

  function outlineSelection(): void {
    const chosen = new Set(x.cy.nodes(':selected').map((n) => located.get(n.id())?.countryCode).filter((c): c is string => Boolean(c)));
    select(svg).selectAll<SVGPathElement, unknown>('path.country').each(function () {
      const on = chosen.has(this.dataset.code ?? '');
      this.setAttribute('stroke', on ? o.selectedStroke : '#ffffff');
      this.setAttribute('stroke-width', on ? '2' : '0.5');
      this.classList.toggle('selected', on);
    });
  }

  function draw(): void {
    if (panel.hidden) return;
    const started = performance.now();
    const { nodes, edges } = x.visible();
    model = geoModel(nodes.map((n) => n.data() as NodeData), edges.map((e) => e.data() as EdgeData), [...located.values()]);
    const width = Math.max(body.clientWidth, 200);
    const height = Math.max(body.clientHeight, 150);
    const name = (id: string) => (x.cy.getElementById(id).data('label') as string | undefined) ?? id;
    // The part of the world zoomed to, before the map is fitted again to a new size.
    const seen = drawn && (drawn.width !== width || drawn.height !== height) && !isWhole(transform)
      ? visibleBox(drawn.projection, transform, drawn.width, drawn.height) : null;
    const figure = drawMapFigure(svg, { model, width, height, name, frame: 'world' });
    drawn = { projection: figure.projection, width, height };
    let next = transform;
    if (wanted !== undefined) next = wanted ? showing(wanted, figure.projection, width, height) : zoomIdentity;
    else if (seen) next = zoomIdentity.translate(...zoomShowing(seen, transform.k, figure.projection, width, height)).scale(transform.k);
    const root = figure.root;
    root.selectAll<SVGPathElement, unknown>('path.country').each(function () {
      const code = this.dataset.code;
      if (!code) return;
      select(this).style('cursor', 'pointer').on('click', () => selectCountry(code));
    });
    root.selectAll<SVGPathElement, unknown>('path.arc').style('cursor', 'pointer').on('click', function () {
      const ids = new Set((this.dataset.edges ?? '').split(' ').filter(Boolean));
      x.cy.elements(':selected').unselect();
      x.cy.edges().filter((e) => ids.has(e.id())).select();
      if (ids.size === 1) x.emit('select-edge', [...ids][0]!);
    });
    root.selectAll<SVGGElement, unknown>('g.marker').style('cursor', 'pointer').on('click', function () {
      const id = this.dataset.id!;
      x.focus(id);
      x.emit('select-node', id);
    });
    // The world stays in the frame: no panning off into empty space.
    zoomer.extent([[0, 0], [width, height]]).translateExtent([[0, 0], [width, height]]);
    root.call(zoomer).on('dblclick.zoom', null);
    // Through the zoom behaviour, which keeps its own copy of the transform: the next wheel, drag or
    // button goes on from the view drawn, not from the one before a resize or a reopened link.
    zoomer.transform(root, next);
    outlineSelection();
    const unplaced = nodes.filter((n) => !located.get(n.id())?.countryCode).length;
    status.textContent = `${figure.arcs} arcs, ${figure.marked} marked${unplaced ? `, ${unplaced} without a known country` : ''}${figure.tooSmall ? `, ${figure.tooSmall} in countries too small for this map` : ''}`;
    panel.dataset.renderMs = String(Math.round(performance.now() - started));
    panel.dataset.arcs = String(figure.arcs);
    panel.dataset.located = String(located.size);
  }

  /**
   * The zoom that shows `box` whole and centred, within the map's zoom range and the world's frame (a
   * link's box is anyone's text, so it is held to what the analyst could have zoomed to).
   */
  function showing(box: MapBox, projection: GeoProjection, width: number, height: number): ZoomTransform {
    const s = projection.scale();
    const fits = Math.min(width / ((box.x1 - box.x0) * s), height / ((box.y1 - box.y0) * s));
    const k = Math.max(o.minZoom, Math.min(o.maxZoom, fits));
    const frame: [[number, number], [number, number]] = [[0, 0], [width, height]];
    return zoomer.constrain()(zoomIdentity.translate(...zoomShowing(box, k, projection, width, height)).scale(k), frame, frame);
  }

  /** Moves the drawing; markers are scaled back so a zoomed-in city is not drawn as a giant square. */
  function applyTransform(t: ZoomTransform): void {
    transform = t;
    select(svg).select('g.map-layer').attr('transform', t.toString());
    select(svg).selectAll<SVGGElement, unknown>('g.marker').attr('transform', function () {
      return `translate(${this.dataset.x},${this.dataset.y}) scale(${1 / t.k})`;
    });
    panel.dataset.zoom = String(Math.round(t.k * 100) / 100);
    const whole = isWhole(t);
    resetButton.disabled = whole;
    // The report's map shows what the analyst zoomed to; the whole world is no choice, and there it frames what is drawn.
    const view = whole || panel.hidden || !drawn ? null : visibleBox(drawn.projection, t, drawn.width, drawn.height);
    if (sameBox(view, x.mapView)) return;
    x.mapView = view;
    x.panelChanged();
  }

  /** Back to the whole world; focus moves to "+", since Reset is disabled once there and would drop it to the page. */
  function reset(): void {
    wanted = undefined;
    zoomer.transform(select(svg), zoomIdentity);
    zoomIn.focus();
  }

  function zoomBy(factor: number): void {
    wanted = undefined;
    zoomer.scaleBy(select(svg), factor);
  }

  x.on('changed', () => {
    if (panel.hidden) return;
    void load();
    render();
  });
  let selectionFrame = 0;
  x.cy.on('select unselect', () => {
    cancelAnimationFrame(selectionFrame);
    selectionFrame = requestAnimationFrame(outlineSelection);
  });
  // A reopened link, a saved investigation or Back/Forward says whether the map is open and where.
  x.on('panels', () => {
    // A view with the map closed leaves the zoom the analyst had for when they open it again.
    if (x.mapOpen) wanted = x.mapView;
    if (x.mapOpen !== toggle.isOpen()) toggle.setOpen(x.mapOpen, false);
    else render();
  });
  new ResizeObserver(() => render()).observe(body);
  // Mounted open (the view was opened before this module came): what onOpen would have done.
  if (!panel.hidden) {
    void load();
    render();
  }
}
