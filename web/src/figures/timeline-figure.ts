/**
 * @module The timeline picture: evidence items at the year their sentence states (filled) or their
 * document's date (hollow), in lanes by relationship type or by vendor, with an undated lane, and
 * the items outside a chosen period faded. Drawn into any SVG element with d3's scale, axis and
 * selection modules, so the timeline panel and the report draw one picture; the panel adds its brush
 * and clicks on top.
 */
import { axisTop } from 'd3-axis';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { TimelineItem } from '../api/types.ts';
import { laneKey, lanes, type LaneMode, type Period } from '../graph/period.ts';
import { relationColor, relationDisplay } from '../style/cy-style.ts';

export const timelineFigureDefaults = {
  laneHeight: 18,
  labelWidth: 140,
  axisHeight: 24,
  itemRadius: 3.5,
  /** Room right of the last year for its label. */
  rightMargin: 24,
  /** Lane names longer than this are cut with an ellipsis; the item's hover text names it whole. */
  laneLabelChars: 22,
  periodFill: '#fff3c4',
};

export interface TimelineFigureInput {
  items: readonly TimelineItem[];
  mode: LaneMode;
  period: Period | null;
  width: number;
  /** An entity's name by id, for vendor lanes and hover text. */
  label: (id: string) => string;
  /** Shades the chosen period behind the lanes: on paper there is no brush to show it. */
  markPeriod?: boolean;
}

export interface TimelineFigure {
  root: Selection<SVGSVGElement, unknown, null, undefined>;
  xs: ScaleLinear<number, number>;
  /** First and last year stated, or null when no item is dated. */
  span: { from: number; to: number } | null;
  /** Height of the dated lanes below the axis: where a brush belongs. */
  datedBottom: number;
  height: number;
  undated: number;
}

/** Draws the items into `svg`, replacing what it held. */
export function drawTimelineFigure(svg: SVGSVGElement, input: TimelineFigureInput): TimelineFigure {
  const o = timelineFigureDefaults;
  const { items, mode, period, width, label } = input;
  const dated = items.filter((i) => i.year !== undefined);
  const undated = items.filter((i) => i.year === undefined);
  const allYears = dated.map((i) => i.year!);
  const span = allYears.length ? { from: Math.min(...allYears), to: Math.max(...allYears) } : null;

  const { keys, others } = lanes(items, mode);
  const laneIndex = new Map(keys.map((k, i) => [k, i]));
  const datedRows = keys.length + (others ? 1 : 0);
  const undatedRow = datedRows;
  const height = o.axisHeight + (datedRows + 1) * o.laneHeight + 6;
  const xs = scaleLinear().domain(span ? [span.from, span.to + 1] : [0, 1]).range([o.labelWidth, width - o.rightMargin]);
  const rowY = (row: number) => o.axisHeight + row * o.laneHeight + o.laneHeight / 2;
  const rowOf = (i: TimelineItem) => (i.year === undefined ? undatedRow : laneIndex.get(laneKey(i, mode)) ?? keys.length);

  const root = select(svg).attr('width', width).attr('height', height).attr('aria-label', `Timeline of ${items.length} evidence items`);
  root.selectAll('*').remove();

  // Lanes: a band and a label each, the undated lane last and set apart.
  const laneNames = [...keys.map((k) => (mode === 'type' ? relationDisplay(k) : label(k))), ...(others ? ['others'] : []), `undated (${undated.length})`];
  const laneG = root.append('g').attr('class', 'lanes');
  laneNames.forEach((name, row) => {
    const isUndated = row === undatedRow;
    laneG.append('rect').attr('x', 0).attr('y', o.axisHeight + row * o.laneHeight).attr('width', width).attr('height', o.laneHeight)
      .attr('fill', isUndated ? '#f3f0e8' : row % 2 ? '#f7f9fb' : '#ffffff').attr('data-lane', isUndated ? 'undated' : name);
    laneG.append('text').attr('class', 'lane-label').attr('x', 6).attr('y', rowY(row) + 4).attr('font-size', 11).attr('fill', '#333')
      .text(name.length > o.laneLabelChars ? `${name.slice(0, o.laneLabelChars - 1)}…` : name);
  });

  if (span && period && input.markPeriod) {
    const [x0, x1] = [xs(Math.max(period.from, span.from)), xs(Math.min(period.to, span.to) + 1)];
    if (x1 > x0) root.append('rect').attr('class', 'period').attr('x', x0).attr('y', o.axisHeight).attr('width', x1 - x0)
      .attr('height', datedRows * o.laneHeight).attr('fill', o.periodFill).attr('fill-opacity', 0.6);
  }

  if (span) {
    const count = span.to - span.from + 1;
    const axis = axisTop(xs).tickFormat((d) => String(d)).tickSizeOuter(0);
    // Every year labelled while they fit; d3's ticks otherwise. A tick marks the start of its year.
    if (count <= (width - o.labelWidth) / 34) axis.tickValues(Array.from({ length: count + 1 }, (_, k) => span.from + k));
    else axis.ticks(Math.floor((width - o.labelWidth) / 50));
    root.append('g').attr('class', 'axis').attr('transform', `translate(0,${o.axisHeight - 2})`).call(axis);
  } else {
    root.append('text').attr('x', o.labelWidth).attr('y', o.axisHeight - 8).attr('font-size', 11).attr('fill', '#666').text(items.length ? 'No evidence drawn states a year' : 'Nothing drawn has evidence to place');
  }

  // Items: spread within their year's band in their lane, so a busy year stays clickable.
  const slots = new Map<string, TimelineItem[]>();
  for (const i of items) {
    const key = `${rowOf(i)}|${i.year ?? ''}`;
    slots.set(key, [...(slots.get(key) ?? []), i]);
  }
  const itemsG = root.append('g').attr('class', 'items');
  for (const [key, group] of slots) {
    const [row, year] = key.split('|');
    const [x0, x1] = year ? [xs(Number(year)), xs(Number(year) + 1)] : [o.labelWidth, width - o.rightMargin];
    group.forEach((i, k) => {
      const color = relationColor(i.type);
      const out = period !== null && (i.year === undefined ? !period.undated : i.year < period.from || i.year > period.to);
      const title = `${i.year ?? 'undated'}${i.dated === 'document' ? ' (document date)' : i.dated === 'corrected' ? ' (set on review)' : ''}: ${label(i.source)} ${relationDisplay(i.type)} ${label(i.target)}. “${i.quote}” — ${i.documentTitle}`;
      itemsG.append('circle')
        .attr('cx', x0 + ((x1 - x0) * (k + 0.5)) / group.length).attr('cy', rowY(Number(row)))
        .attr('r', o.itemRadius)
        .attr('fill', i.dated === 'document' ? '#ffffff' : color).attr('stroke', color).attr('stroke-width', 1.5)
        .attr('opacity', out ? 0.2 : 0.9)
        .attr('class', 'timeline-item').attr('data-edge', i.relationship).attr('data-year', i.year ?? '').attr('data-dated', i.dated)
        .append('title').text(title);
    });
  }
  return { root, xs, span, datedBottom: o.axisHeight + datedRows * o.laneHeight, height, undated: undated.length };
}
