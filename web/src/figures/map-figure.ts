/**
 * @module The map picture, offline: country boundaries from Natural Earth (world-atlas's 1:110m
 * TopoJSON, bundled), projected with d3-geo; arcs from each vendor's home country to its customers'
 * countries, coloured as the canvas colours the relationship and as wide as the facts behind it;
 * countries shaded by how many distinct vendors supply them; places, states and vendors where they
 * are, vendors marked as listed or restricted as on the canvas. Drawn into any SVG element from a
 * GeoModel, so the map panel and the report draw one picture; the panel adds clicks and zoom.
 */
import { geoArea, geoCentroid, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { scaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { GeoModel, MapBox } from '../graph/geo-model.ts';
import { entityColor, relationColor, relationDisplay, styleDefaults } from '../style/cy-style.ts';

export const mapFigureDefaults = {
  /** Fill of a country no vendor drawn supplies, and of the most supplied one; shades run between. */
  emptyFill: '#eceff1',
  shadeFrom: '#d6e4f0',
  shadeTo: '#1f4e79',
  /** Arc width in pixels: 1.5 for one fact, growing with the square root of the facts, up to the cap. */
  arcMinWidth: 1.5,
  arcMaxWidth: 9,
  /** Vendors of one country sit on a ring of this radius around its centre, so none hides another. */
  vendorRing: 11,
  /** A country's hover text names up to this many of its vendors. */
  namesListed: 8,
  /** Names are written beside markers while there are at most this many; beyond, hover gives them. */
  labelBelow: 40,
  /** Degrees of margin around what is drawn when the picture is framed to it rather than the world. */
  fitMargin: 6,
};

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }> & { code?: string };

/** The boundaries, keyed by ISO alpha-2 (world-atlas keys them by ISO numeric); built once. */
export const countryShapes: CountryFeature[] = (() => {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topology, topology.objects.countries) as unknown as { features: CountryFeature[] };
  return fc.features.map((f) => ({ ...f, code: f.id !== undefined ? countryCodes.numericToAlpha2(String(f.id)) : undefined }));
})();

/** A country's visual centre: the centroid of its largest part, so the US is not placed in Canada by Alaska. */
export const centres = new Map<string, [number, number]>();
for (const f of countryShapes) {
  if (!f.code) continue;
  const parts = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.map((c): Polygon => ({ type: 'Polygon', coordinates: c })) : [f.geometry];
  const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  centres.set(f.code, geoCentroid(largest));
}

export function countryName(code: string): string {
  return countryShapes.find((f) => f.code === code)?.properties.name ?? code;
}

export interface MapFigureInput {
  model: GeoModel;
  width: number;
  height: number;
  /** An entity's name by id, for hover text. */
  name: (id: string) => string;
  /**
   * 'world' shows the whole globe (the panel, which zooms); 'content' frames the countries with arcs
   * and markers, so a report of Central Asia does not print it as a speck; a box shows that part of
   * the world (the report of a map the analyst zoomed), whole, centred, cut at the picture's edge.
   */
  frame: 'world' | 'content' | MapBox;
}

export interface MapFigure {
  root: Selection<SVGSVGElement, unknown, null, undefined>;
  /** Holds everything drawn: the panel's zoom transforms it. */
  layer: Selection<SVGGElement, unknown, null, undefined>;
  projection: GeoProjection;
  arcs: number;
  marked: number;
  /** Arcs and markers in countries too small for a 1:110m map (Singapore, Bahrain): counted, not guessed. */
  tooSmall: number;
}

/** The frame of what is drawn: the countries of its arcs and markers, with a margin in degrees. */
function contentFrame(model: GeoModel, margin: number): GeoJSON.MultiPoint | null {
  const codes = new Set([...model.arcs.flatMap((a) => [a.from, a.to]), ...model.markers.map((m) => m.country)]);
  const points = countryShapes.filter((f) => f.code && codes.has(f.code)).flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2) as unknown as [number, number][]);
  for (const m of model.markers) if (m.coordinates) points.push(m.coordinates);
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [w, e] = [Math.max(-180, Math.min(...lons) - margin), Math.min(180, Math.max(...lons) + margin)];
  const [s, n] = [Math.max(-89, Math.min(...lats) - margin), Math.min(89, Math.max(...lats) + margin)];
  // Points along the box's edges rather than a polygon (no winding order to get wrong), dense enough
  // that the frame follows the projection's curved parallels.
  const steps = 12;
  const along = (a: number, b: number) => Array.from({ length: steps + 1 }, (_, k) => a + ((b - a) * k) / steps);
  return { type: 'MultiPoint', coordinates: [...along(w, e).flatMap((x): [number, number][] => [[x, s], [x, n]]), ...along(s, n).flatMap((y): [number, number][] => [[w, y], [e, y]])] };
}

/** The projection that shows `box` whole and centred in a picture of this size. */
function boxProjection(box: MapBox, width: number, height: number): GeoProjection {
  const k = Math.min(width / Math.max(box.x1 - box.x0, 1e-9), height / Math.max(box.y1 - box.y0, 1e-9));
  return geoNaturalEarth1().scale(k).translate([width / 2 - (k * (box.x0 + box.x1)) / 2, height / 2 - (k * (box.y0 + box.y1)) / 2]);
}

/** The part of the world a picture drawn with `projection` shows at `width`×`height` under a zoom of scale k, moved by x, y. */
export function visibleBox(projection: GeoProjection, zoom: { x: number; y: number; k: number }, width: number, height: number): MapBox {
  const s = projection.scale();
  const [tx, ty] = projection.translate();
  const unit = (px: number, py: number) => [((px - zoom.x) / zoom.k - tx) / s, ((py - zoom.y) / zoom.k - ty) / s] as const;
  const [x0, y0] = unit(0, 0);
  const [x1, y1] = unit(width, height);
  return { x0, y0, x1, y1 };
}

/**
 * The other way round: the pan that shows the middle of `box` (in the projection's own units, which do
 * not change with the map's size) at the middle of a map of this size at zoom `k`, so a map narrowed or
 * widened keeps the part of the world the analyst zoomed to.
 */
export function zoomShowing(box: MapBox, k: number, projection: GeoProjection, width: number, height: number): [number, number] {
  const s = projection.scale();
  const [tx, ty] = projection.translate();
  return [width / 2 - k * (((box.x0 + box.x1) / 2) * s + tx), height / 2 - k * (((box.y0 + box.y1) / 2) * s + ty)];
}

/** Draws the model into `svg`, replacing what it held. */
export function drawMapFigure(svg: SVGSVGElement, input: MapFigureInput): MapFigure {
  const o = mapFigureDefaults;
  const { model: m, width, height, name } = input;
  const fitted = input.frame === 'content' ? contentFrame(m, o.fitMargin) : null;
  const projection = typeof input.frame === 'object' ? boxProjection(input.frame, width, height) : geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], fitted ?? { type: 'Sphere' });
  const framed = fitted !== null || typeof input.frame === 'object';
  const path = geoPath(projection);
  const at = (code: string) => projection(centres.get(code) ?? [0, 0]) ?? [0, 0];
  const maxVendors = Math.max(1, ...[...m.vendorsByCountry.values()].map((v) => v.length));
  const shade = scaleLinear<string>().domain([1, maxVendors]).range([o.shadeFrom, o.shadeTo]);
  const maxFacts = Math.max(1, ...m.arcs.map((a) => a.facts));
  const arcWidth = (facts: number) => Math.min(o.arcMaxWidth, o.arcMinWidth + ((o.arcMaxWidth - o.arcMinWidth) * Math.sqrt(facts - 1)) / Math.sqrt(Math.max(1, maxFacts - 1)));

  const root = select(svg).attr('width', width).attr('height', height).attr('aria-label', `Map of ${m.arcs.length} supply arcs`);
  root.selectAll('*').remove();
  // A framed picture shows only its frame: the rest of the world is cut at the picture's edge.
  if (framed) root.append('defs').append('clipPath').attr('id', 'map-frame').append('rect').attr('width', width).attr('height', height);
  const layer = root.append('g').attr('class', 'map-layer').attr('clip-path', framed ? 'url(#map-frame)' : null);
  layer.append('path').datum({ type: 'Sphere' }).attr('d', path as never).attr('fill', '#f4f8fb').attr('stroke', '#c9d3dc').attr('vector-effect', 'non-scaling-stroke');
  const countriesG = layer.append('g').attr('class', 'countries');
  for (const f of countryShapes) {
    const vendors = (f.code ? m.vendorsByCountry.get(f.code) : undefined) ?? [];
    const names = vendors.map(name);
    const listed = names.length > o.namesListed ? `${names.slice(0, o.namesListed).join(', ')} and ${names.length - o.namesListed} more` : names.join(', ');
    countriesG.append('path').datum(f).attr('d', path)
      .attr('class', 'country').attr('data-code', f.code ?? '').attr('data-name', f.properties.name).attr('data-vendors', vendors.length)
      .attr('fill', vendors.length ? shade(vendors.length) : o.emptyFill).attr('stroke', '#ffffff').attr('stroke-width', 0.5).attr('vector-effect', 'non-scaling-stroke')
      .append('title').text(`${f.properties.name}${vendors.length ? `: ${vendors.length} vendor${vendors.length === 1 ? '' : 's'} supplying it (${listed})` : ''}`);
  }

  // Arcs between the same two countries fan out, so each vendor's stays visible and clickable.
  const drawable = m.arcs.filter((a) => centres.has(a.from) && centres.has(a.to));
  const fan = new Map<string, number>();
  const arcsG = layer.append('g').attr('class', 'arcs').attr('fill', 'none');
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
      .attr('stroke', relationColor(a.type)).attr('stroke-width', arcWidth(a.facts)).attr('stroke-opacity', 0.8).attr('stroke-linecap', 'round').attr('vector-effect', 'non-scaling-stroke')
      .append('title').text(`${a.vendorName} ${relationDisplay(a.type)} ${customers} (${countryName(a.from)} → ${countryName(a.to)}): ${a.facts} fact${a.facts === 1 ? '' : 's'}`);
  }

  const markersG = layer.append('g').attr('class', 'markers');
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
      .attr('data-x', px).attr('data-y', py).attr('transform', `translate(${px},${py})`);
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
  return { root, layer, projection, arcs: drawable.length, marked: placed.length, tooSmall: m.arcs.length - drawable.length + m.markers.length - placed.length };
}
