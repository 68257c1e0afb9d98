/**
 * @module The map beside the canvas, offline: country boundaries from Natural Earth (world-atlas's
 * 1:110m TopoJSON, bundled), projected with d3-geo, no tile server and no request but our own
 * /api/geo. It draws what the canvas draws (so it follows the filters and the timeline's period):
 * arcs from each vendor's home country to its customers' countries, coloured as the canvas colours
 * the relationship and as wide as the facts behind it; countries shaded by how many distinct vendors
 * supply them; places and states where they are; vendors marked as listed or restricted as on the
 * canvas. Clicking a country selects its entities on the canvas; selecting on the canvas outlines
 * the countries of what is selected.
 */
import { geoArea, geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { EdgeData, Located, NodeData } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { geoModel, type GeoModel } from '../graph/geo-model.ts';
import { entityColor, relationColor, relationDisplay, styleDefaults } from '../style/cy-style.ts';
import { $, h } from '../ui/dom.ts';
import { downloadPng, downloadSvg, stamp } from '../ui/svg-export.ts';

export const mapDefaults = {
  /** Fill of a country no vendor drawn supplies, and of the most supplied one; shades run between. */
  emptyFill: '#eceff1',
  shadeFrom: '#d6e4f0',
  shadeTo: '#1f4e79',
  selectedStroke: styleDefaults.selectColor,
  /** Arc width in pixels: 1.5 for one fact, growing with the square root of the facts, up to the cap. */
  arcMinWidth: 1.5,
  arcMaxWidth: 9,
  /** Vendors of one country sit on a ring of this radius around its centre, so none hides another. */
  vendorRing: 11,
  /** A country's hover text names up to this many of its vendors. */
  namesListed: 8,
  /** Names are written beside markers while there are at most this many; beyond, hover gives them. */
  labelBelow: 40,
};

const SVG_NS = 'http://www.w3.org/2000/svg';

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }> & { code?: string };

/** The boundaries, keyed by ISO alpha-2 (world-atlas keys them by ISO numeric); built once. */
const countryShapes: CountryFeature[] = (() => {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topology, topology.objects.countries) as unknown as { features: CountryFeature[] };
  return fc.features.map((f) => ({ ...f, code: f.id !== undefined ? countryCodes.numericToAlpha2(String(f.id)) : undefined }));
})();

/** A country's visual centre: the centroid of its largest part, so the US is not placed in Canada by Alaska. */
const centres = new Map<string, [number, number]>();
for (const f of countryShapes) {
  if (!f.code) continue;
  const parts = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.map((c): Polygon => ({ type: 'Polygon', coordinates: c })) : [f.geometry];
  const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  centres.set(f.code, geoCentroid(largest));
}

export function mountMap(x: Explorer): void {
  const o = mapDefaults;
  let located = new Map<string, Located>();
  let asked = '';
  let model: GeoModel | null = null;

  const wrap = $('.canvas-wrap');
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'map-chart');
  svg.setAttribute('role', 'img');
  // The picture's words for a screen reader; the status line beside it says what is drawn.
  svg.setAttribute('aria-label', 'World map: arcs from each vendor\'s country to its customers\' countries, countries shaded by how many vendors supply them');
  const status = h('span', { class: 'muted map-status' });
  const body = h('div', { class: 'map-body' });
  body.appendChild(svg);
  const panel = h('section', { id: 'map-view', class: 'map-view', 'aria-label': 'Map', hidden: true },
    h('div', { class: 'map-head' },
      h('strong', {}, 'Map'), status, h('span', { class: 'spacer' }),
      h('button', { class: 'map-png', onclick: () => void downloadPng(svg, `sightline-map-${stamp()}.png`) }, 'PNG'),
      h('button', { class: 'map-svg', onclick: () => downloadSvg(svg, `sightline-map-${stamp()}.svg`) }, 'SVG')),
    body,
    h('p', { class: 'map-legend muted' }, 'Shade: distinct vendors supplying the country. Arc: vendor\'s country to customer\'s, coloured by relationship, width by facts. Square: vendor (red border listed or sanctioned, dashed amber restricted).'));
  wrap.appendChild(panel);

  const toggle = h('button', { id: 'toggle-map', 'aria-pressed': 'false', title: 'Show or hide the map', onclick: () => setOpen(panel.hidden) }, 'Map');
  $('#topbar .toolbar').insertBefore(toggle, $('#help'));

  function setOpen(open: boolean): void {
    panel.hidden = !open;
    toggle.setAttribute('aria-pressed', String(open));
    wrap.classList.toggle('with-map', open);
    x.cy.resize();
    if (open) {
      void load();
      render();
    }
  }

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
    const m = model;
    const width = Math.max(body.clientWidth, 200);
    const height = Math.max(body.clientHeight, 150);
    const projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
    const path = geoPath(projection);
    const at = (code: string) => projection(centres.get(code) ?? [0, 0]) ?? [0, 0];
    const maxVendors = Math.max(1, ...[...m.vendorsByCountry.values()].map((v) => v.length));
    const shade = scaleLinear<string>().domain([1, maxVendors]).range([o.shadeFrom, o.shadeTo]);
    const maxFacts = Math.max(1, ...m.arcs.map((a) => a.facts));
    const arcWidth = (facts: number) => Math.min(o.arcMaxWidth, o.arcMinWidth + ((o.arcMaxWidth - o.arcMinWidth) * Math.sqrt(facts - 1)) / Math.sqrt(Math.max(1, maxFacts - 1)));
    const name = (id: string) => (x.cy.getElementById(id).data('label') as string | undefined) ?? id;

    const root = select(svg).attr('width', width).attr('height', height).attr('aria-label', `Map of ${m.arcs.length} supply arcs`);
    root.selectAll('*').remove();
    root.append('path').datum({ type: 'Sphere' }).attr('d', path as never).attr('fill', '#f4f8fb').attr('stroke', '#c9d3dc');
    const countriesG = root.append('g').attr('class', 'countries');
    for (const f of countryShapes) {
      const vendors = (f.code ? m.vendorsByCountry.get(f.code) : undefined) ?? [];
      const names = vendors.map(name);
      const listed = names.length > o.namesListed ? `${names.slice(0, o.namesListed).join(', ')} and ${names.length - o.namesListed} more` : names.join(', ');
      countriesG.append('path').datum(f).attr('d', path)
        .attr('class', 'country').attr('data-code', f.code ?? '').attr('data-name', f.properties.name).attr('data-vendors', vendors.length)
        .attr('fill', vendors.length ? shade(vendors.length) : o.emptyFill).attr('stroke', '#ffffff').attr('stroke-width', 0.5)
        .style('cursor', f.code ? 'pointer' : 'default')
        .on('click', () => f.code && selectCountry(f.code))
        .append('title').text(`${f.properties.name}${vendors.length ? `: ${vendors.length} vendor${vendors.length === 1 ? '' : 's'} supplying it (${listed})` : ''}`);
    }

    // Arcs between the same two countries fan out, so each vendor's stays visible and clickable.
    // At 1:110m some small countries (Singapore, Bahrain) have no shape: what sits there is counted, not guessed.
    const drawable = m.arcs.filter((a) => centres.has(a.from) && centres.has(a.to));
    const fan = new Map<string, number>();
    const arcsG = root.append('g').attr('class', 'arcs').attr('fill', 'none');
    for (const a of drawable) {
      const pair = `${a.from}|${a.to}`;
      const k = fan.get(pair) ?? 0;
      fan.set(pair, k + 1);
      const [x0, y0] = at(a.from);
      const [x1, y1] = at(a.to);
      const [dx, dy] = [x1 - x0, y1 - y0];
      const bend = 0.2 + 0.12 * k;
      const [cx, cy] = [(x0 + x1) / 2 - dy * bend, (y0 + y1) / 2 + dx * bend];
      const customers = a.customers.map(name).join(', ');
      arcsG.append('path').attr('d', `M${x0},${y0} Q${cx},${cy} ${x1},${y1}`)
        .attr('class', 'arc').attr('data-from', a.from).attr('data-to', a.to).attr('data-vendor', a.vendor).attr('data-type', a.type).attr('data-edges', a.edges.join(' '))
        .attr('stroke', relationColor(a.type)).attr('stroke-width', arcWidth(a.facts)).attr('stroke-opacity', 0.8).attr('stroke-linecap', 'round')
        .style('cursor', 'pointer')
        .on('click', () => {
          x.cy.elements(':selected').unselect();
          const ids = new Set(a.edges);
          x.cy.edges().filter((e) => ids.has(e.id())).select();
          if (a.edges.length === 1) x.emit('select-edge', a.edges[0]!);
        })
        .append('title').text(`${a.vendorName} ${relationDisplay(a.type)} ${customers} (${countryName(a.from)} → ${countryName(a.to)}): ${a.facts} fact${a.facts === 1 ? '' : 's'}`);
    }

    const markersG = root.append('g').attr('class', 'markers');
    const ring = new Map<string, number>();
    const vendorCount = new Map<string, number>();
    for (const mk of m.markers) if (mk.vendor) vendorCount.set(mk.country, (vendorCount.get(mk.country) ?? 0) + 1);
    const placed = m.markers.filter((mk) => mk.coordinates || centres.has(mk.country));
    const label = placed.length <= o.labelBelow;
    for (const mk of placed) {
      let [px, py] = mk.coordinates ? projection(mk.coordinates) ?? at(mk.country) : at(mk.country);
      if (mk.vendor) {
        const k = ring.get(mk.country) ?? 0;
        ring.set(mk.country, k + 1);
        const angle = (2 * Math.PI * k) / (vendorCount.get(mk.country) ?? 1) - Math.PI / 2;
        px += o.vendorRing * Math.cos(angle);
        py += o.vendorRing * Math.sin(angle);
      }
      const g = markersG.append('g').attr('class', 'marker').attr('data-id', mk.id).attr('data-type', mk.type)
        .attr('data-flagged', String(mk.flagged)).attr('data-restricted', String(mk.restricted))
        .attr('transform', `translate(${px},${py})`).style('cursor', 'pointer')
        .on('click', () => {
          x.focus(mk.id);
          x.emit('select-node', mk.id);
        });
      const shape = g.append(mk.vendor ? 'rect' : 'circle');
      if (mk.vendor) shape.attr('x', -4).attr('y', -4).attr('width', 8).attr('height', 8);
      else shape.attr('r', mk.type === 'State' ? 3 : 4);
      shape.attr('fill', entityColor(mk.type))
        .attr('stroke', mk.flagged ? styleDefaults.flagColor : mk.restricted ? styleDefaults.restrictedColor : '#ffffff')
        .attr('stroke-width', mk.flagged || mk.restricted ? 2.5 : 1)
        .attr('stroke-dasharray', !mk.flagged && mk.restricted ? '2,1.5' : null);
      g.append('title').text(`${mk.flagged ? '⚠ ' : mk.restricted ? '⊘ ' : ''}${mk.name} (${mk.type}, ${countryName(mk.country)})`);
      if (label && (mk.vendor || mk.type === 'Place')) {
        g.append('text').attr('x', 6).attr('y', 3).attr('font-size', 9).attr('fill', mk.flagged ? styleDefaults.flagColor : '#222')
          .attr('stroke', '#ffffff').attr('stroke-width', 2).attr('paint-order', 'stroke').text(mk.name);
      }
    }
    outlineSelection();
    const unplaced = nodes.filter((n) => !located.get(n.id())?.countryCode).length;
    const tooSmall = m.arcs.length - drawable.length + m.markers.length - placed.length;
    status.textContent = `${drawable.length} arcs, ${placed.length} marked${unplaced ? `, ${unplaced} without a known country` : ''}${tooSmall ? `, ${tooSmall} in countries too small for this map` : ''}`;
    panel.dataset.renderMs = String(Math.round(performance.now() - started));
    panel.dataset.arcs = String(drawable.length);
    panel.dataset.located = String(located.size);
  }

  function countryName(code: string): string {
    return countryShapes.find((f) => f.code === code)?.properties.name ?? code;
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
  new ResizeObserver(() => render()).observe(body);
}
