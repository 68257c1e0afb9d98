/**
 * @module The timeline and the map of a report: the same pictures as the panels, drawn off screen from
 * what the canvas shows (so they follow the filters, the analyst's hiding and the timeline's period;
 * the map, the part of the world the map panel is zoomed to), at a size made for an A4 page. Each
 * comes as a standalone SVG document, which the HTML report inlines so it prints as sharp vector
 * lines with searchable text, and as a PNG the Markdown embeds.
 */
import type { Api } from '../api/client.ts';
import type { EdgeData, NodeData } from '../api/types.ts';
import { geoModel, type MapBox } from '../graph/geo-model.ts';
import type { Period } from '../graph/period.ts';
import type { ReportFigure } from '../graph/report.ts';
import { pngDataUrl, svgDocument } from '../ui/svg-export.ts';
import { countryName, drawMapFigure } from './map-figure.ts';
import { drawTimelineFigure } from './timeline-figure.ts';

export const reportFigureDefaults = {
  /** Drawing width in SVG units, near an A4 page's text width in CSS pixels, so labels print at about their drawn size. */
  width: 760,
  mapHeight: 440,
};

export interface ReportFiguresInput {
  api: Pick<Api, 'timeline' | 'geo'>;
  nodes: readonly NodeData[];
  edges: readonly EdgeData[];
  period: Period | null;
  /** The part of the world the map panel is zoomed to; null frames the countries of what is drawn. */
  mapView: MapBox | null;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function periodText(p: Period): string {
  return `${p.from === p.to ? p.from : `${p.from}–${p.to}`}${p.undated ? ', relationships without a year kept' : ', relationships without a year left out'}`;
}

async function finish(svg: SVGSVGElement, width: number, height: number, caption: string): Promise<ReportFigure> {
  const text = svgDocument(svg, { width, height });
  return { svg: text, png: await pngDataUrl(text, { width, height }), width, height, caption };
}

/** The timeline of the evidence of the edges shown, lanes by relationship type, the period shaded. */
export async function timelineFigure(input: ReportFiguresInput): Promise<ReportFigure | undefined> {
  if (input.edges.length === 0) return undefined;
  const names = new Map(input.nodes.map((n) => [n.id, n.label]));
  const { items, truncated, omitted } = await input.api.timeline(input.nodes.map((n) => n.id), input.edges.map((e) => e.id));
  const shown = new Set(input.edges.map((e) => e.id));
  const svg = document.createElementNS(SVG_NS, 'svg');
  const width = reportFigureDefaults.width;
  const figure = drawTimelineFigure(svg, { items: items.filter((i) => shown.has(i.relationship)), mode: 'type', period: input.period, width, label: (id) => names.get(id) ?? id, markPeriod: true });
  const caption = `Timeline: each dot is a cited sentence of a relationship above, at the year it states (hollow: only the document's date gives one), in lanes by relationship type; ${figure.undated} state no year.`
    + (input.period ? ` Period chosen on the timeline: ${periodText(input.period)} (shaded).` : '')
    + (truncated ? ' Too many relationships to place: only the first, in id order, are shown.' : '')
    + (omitted ? ` ${omitted} more cited sentences of these relationships are not placed.` : '');
  return finish(svg, width, figure.height, caption);
}

/** The map of the entities shown: supply arcs between countries, countries shaded by their vendors. */
export async function mapFigure(input: ReportFiguresInput): Promise<ReportFigure | undefined> {
  if (input.nodes.length === 0) return undefined;
  const { entities } = await input.api.geo(input.nodes.map((n) => n.id));
  const model = geoModel(input.nodes, input.edges, entities);
  if (model.arcs.length === 0 && model.markers.length === 0) return undefined;
  const names = new Map(input.nodes.map((n) => [n.id, n.label]));
  const svg = document.createElementNS(SVG_NS, 'svg');
  const { width, mapHeight: height } = reportFigureDefaults;
  const figure = drawMapFigure(svg, { model, width, height, name: (id) => names.get(id) ?? id, frame: input.mapView ?? 'content' });
  const routes = [...new Set(model.arcs.map((a) => `${countryName(a.from)} → ${countryName(a.to)}`))];
  const caption = `Map: ${figure.arcs} supply arc${figure.arcs === 1 ? '' : 's'} from a vendor's country to its customers' (${routes.join('; ') || 'none'}), coloured by relationship type and as wide as the facts behind them; countries shaded by the number of distinct vendors supplying them; squares are vendors (red border: listed or sanctioned, dashed amber: restricted in a country).`
    + (input.period ? ` Period: ${periodText(input.period)}.` : '')
    + (input.mapView ? ' Shown as zoomed on the map panel: arcs may run past the frame.' : '');
  return finish(svg, width, height, caption);
}
