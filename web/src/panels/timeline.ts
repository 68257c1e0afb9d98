/**
 * @module The timeline under the canvas: every evidence item of the relationships drawn, at the year
 * its sentence states (filled) or its document's date (hollow), in lanes by relationship type or by
 * vendor, with an undated lane. Brushing a period hides the edges outside it on the canvas (and so on
 * the map, which draws what the canvas draws); play steps the period through the years; clicking an
 * item selects its edge. Drawn with d3's scale, axis, brush and selection modules (ISC, bundled).
 */
import { axisTop } from 'd3-axis';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { Timeline, TimelineItem } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { applyFilters } from '../graph/filters.ts';
import { inPeriod, laneKey, lanes, nextWindow, snapPeriod, yearsByEdge, type LaneMode, type Period } from '../graph/period.ts';
import { relationColor, relationDisplay } from '../style/cy-style.ts';
import { $, h } from '../ui/dom.ts';
import { downloadPng, downloadSvg, stamp } from '../ui/svg-export.ts';

export const timelineDefaults = {
  laneHeight: 18,
  labelWidth: 140,
  axisHeight: 24,
  itemRadius: 3.5,
  /** Room right of the last year for its label. */
  rightMargin: 24,
  /** One year a step while playing: slow enough to read which edges appear. */
  playStepMs: 1200,
  /** The name of the canvas condition the brush sets (see Explorer.setEdgeCondition). */
  condition: 'timeline-period',
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The edges the filters and the analyst's own hiding leave drawn, before the period: what the timeline shows. */
function drawnEdges(x: Explorer): Set<string> {
  const { edges } = applyFilters(x.nodeData(), x.edgeData(), x.filters, x.docsByEdge);
  x.cy.edges('.hidden, [review = "rejected"]').union(x.cy.nodes('.hidden').connectedEdges()).forEach((e) => { edges.delete(e.id()); });
  return edges;
}

export function mountTimeline(x: Explorer): void {
  const o = timelineDefaults;
  let data: Timeline | null = null;
  let asked = '';
  let period: Period | null = null;
  let mode: LaneMode = 'type';
  let years = new Map<string, number[]>();
  let playing: ReturnType<typeof setInterval> | undefined;
  let span: { from: number; to: number } | null = null;

  const wrap = $('.canvas-wrap');
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'timeline-chart');
  svg.setAttribute('role', 'img');
  const laneSelect = h('select', { 'aria-label': 'Timeline lanes', onchange: () => { mode = laneSelect.value as LaneMode; render(); } },
    h('option', { value: 'type' }, 'Lanes by relationship type'), h('option', { value: 'vendor' }, 'Lanes by vendor (source)'));
  const playButton = h('button', { class: 'timeline-play', title: 'Step the period through the years', onclick: () => (playing ? stop() : play()) }, 'Play');
  const undatedBox = h('input', { type: 'checkbox', checked: true, class: 'timeline-undated', onchange: () => period && setPeriod({ ...period, undated: undatedBox.checked }) });
  const periodOut = h('output', { class: 'timeline-period' }, 'all years');
  const clearButton = h('button', { class: 'timeline-clear', onclick: () => { stop(); setPeriod(null); } }, 'All years');
  const status = h('span', { class: 'muted timeline-status' });
  // Scrolls when the lanes outgrow it, so a keyboard must be able to reach and scroll it too.
  const body = h('div', { class: 'timeline-body', tabindex: 0, 'aria-label': 'Timeline of the evidence drawn' });
  body.appendChild(svg);
  const panel = h('section', { id: 'timeline', class: 'timeline', 'aria-label': 'Timeline' },
    h('div', { class: 'timeline-head' },
      h('strong', {}, 'Timeline'), laneSelect, playButton, clearButton, periodOut,
      h('label', { title: 'Keep edges whose evidence states no year while a period is chosen' }, undatedBox, ' keep undated'),
      status,
      h('span', { class: 'muted', title: 'A filled dot: the sentence states the year. A hollow dot: only the document\'s date gives one.' }, '● year stated ○ document date'),
      h('span', { class: 'spacer' }),
      h('button', { class: 'timeline-png', onclick: () => void downloadPng(svg, `sightline-timeline-${stamp()}.png`) }, 'PNG'),
      h('button', { class: 'timeline-svg', onclick: () => downloadSvg(svg, `sightline-timeline-${stamp()}.svg`) }, 'SVG')),
    body);
  wrap.appendChild(panel);

  const toggle = h('button', { id: 'toggle-timeline', 'aria-pressed': 'true', title: 'Show or hide the timeline', onclick: () => setOpen(panel.hidden) }, 'Timeline');
  $('#topbar .toolbar').insertBefore(toggle, $('#help'));

  function setOpen(open: boolean): void {
    panel.hidden = !open;
    toggle.setAttribute('aria-pressed', String(open));
    wrap.classList.toggle('with-timeline', open);
    x.cy.resize();
    if (open) {
      void load();
      render();
    } else {
      stop();
      setPeriod(null);
    }
  }

  function setPeriod(p: Period | null): void {
    period = p;
    periodOut.textContent = p ? (p.from === p.to ? String(p.from) : `${p.from}–${p.to}`) : 'all years';
    x.setEdgeCondition(o.condition, p ? (e) => inPeriod(years.get(e.id), p) : null);
    render();
  }

  function play(): void {
    if (!span) return;
    const s = span;
    playButton.textContent = 'Pause';
    // A period at the end starts over from the first year, as a player rewinds.
    if (period && period.to >= s.to) setPeriod(null);
    const step = () => {
      const next = nextWindow(period, s, undatedBox.checked);
      if (next) setPeriod(next);
      else stop();
    };
    step();
    playing = setInterval(step, o.playStepMs);
  }

  function stop(): void {
    clearInterval(playing);
    playing = undefined;
    playButton.textContent = 'Play';
  }

  async function load(): Promise<void> {
    const ids = x.cy.nodes().map((n) => n.id()).sort();
    // Every edge on the canvas, filtered or not, so that changing a filter needs no new answer.
    const edgeIds = x.cy.edges().map((e) => e.id()).sort();
    const key = `${ids.join('\n')}\n\n${edgeIds.join('\n')}`;
    if (panel.hidden || key === asked) return;
    asked = key;
    if (ids.length === 0 || edgeIds.length === 0) {
      data = null;
      years = new Map();
      render();
      return;
    }
    try {
      const answer = await x.api.timeline(ids, edgeIds);
      if (asked !== key) return;
      data = answer;
      years = yearsByEdge(answer.items);
      // The edges drawn changed under the period: apply it again to the new ones.
      if (period) x.setEdgeCondition(o.condition, (e) => inPeriod(years.get(e.id), period!));
      render();
    } catch {
      asked = '';
      status.textContent = 'The timeline could not be loaded.';
    }
  }

  let frame = 0;
  function render(): void {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(draw);
  }

  function draw(): void {
    const started = performance.now();
    const drawn = drawnEdges(x);
    const items = (data?.items ?? []).filter((i) => drawn.has(i.relationship));
    const dated = items.filter((i) => i.year !== undefined);
    const undated = items.filter((i) => i.year === undefined);
    const allYears = dated.map((i) => i.year!);
    span = allYears.length ? { from: Math.min(...allYears), to: Math.max(...allYears) } : null;
    playButton.disabled = !span;
    status.textContent = `${items.length} evidence items, ${undated.length} undated`;

    const { keys, others } = lanes(items, mode);
    const laneIndex = new Map(keys.map((k, i) => [k, i]));
    const datedRows = keys.length + (others ? 1 : 0);
    const undatedRow = datedRows;
    const width = Math.max(body.clientWidth, 320);
    const height = o.axisHeight + (datedRows + 1) * o.laneHeight + 6;
    const xs = scaleLinear().domain(span ? [span.from, span.to + 1] : [0, 1]).range([o.labelWidth, width - o.rightMargin]);
    const rowY = (row: number) => o.axisHeight + row * o.laneHeight + o.laneHeight / 2;
    const rowOf = (i: TimelineItem) => (i.year === undefined ? undatedRow : laneIndex.get(laneKey(i, mode)) ?? keys.length);
    const label = (id: string) => (x.cy.getElementById(id).data('label') as string | undefined) ?? id;

    const root = select(svg).attr('width', width).attr('height', height).attr('aria-label', `Timeline of ${items.length} evidence items`);
    root.selectAll('*').remove();

    // Lanes: a band and a label each, the undated lane last and set apart.
    const laneNames = [...keys.map((k) => (mode === 'type' ? relationDisplay(k) : label(k))), ...(others ? ['others'] : []), `undated (${undated.length})`];
    const laneG = root.append('g').attr('class', 'lanes');
    laneNames.forEach((name, row) => {
      const isUndated = row === undatedRow;
      laneG.append('rect').attr('x', 0).attr('y', o.axisHeight + row * o.laneHeight).attr('width', width).attr('height', o.laneHeight)
        .attr('fill', isUndated ? '#f3f0e8' : row % 2 ? '#f7f9fb' : '#ffffff').attr('data-lane', isUndated ? 'undated' : name);
      laneG.append('text').attr('x', 6).attr('y', rowY(row) + 4).attr('font-size', 11).attr('fill', '#333').text(name.length > 22 ? `${name.slice(0, 21)}…` : name);
    });

    if (span) {
      const count = span.to - span.from + 1;
      const axis = axisTop(xs).tickFormat((d) => String(d)).tickSizeOuter(0);
      // Every year labelled while they fit; d3's ticks otherwise. A tick marks the start of its year.
      if (count <= (width - o.labelWidth) / 34) axis.tickValues(Array.from({ length: count + 1 }, (_, k) => span!.from + k));
      else axis.ticks(Math.floor((width - o.labelWidth) / 50));
      root.append('g').attr('class', 'axis').attr('transform', `translate(0,${o.axisHeight - 2})`).call(axis);

      const brush = brushX().extent([[o.labelWidth, 0], [width - o.rightMargin, o.axisHeight + datedRows * o.laneHeight]])
        .on('end', (event: D3BrushEvent<unknown>) => {
          if (!event.sourceEvent) return;
          stop();
          const sel = event.selection as [number, number] | null;
          setPeriod(sel ? snapPeriod(xs.invert(sel[0]), xs.invert(sel[1]), undatedBox.checked) : null);
        });
      const brushG = root.append('g').attr('class', 'brush').attr('data-export', 'skip').call(brush);
      if (period) brush.move(brushG, [xs(period.from), xs(period.to + 1)]);
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
          .style('cursor', 'pointer')
          .on('click', () => {
            x.focus(i.relationship);
            x.emit('select-edge', i.relationship);
          })
          .append('title').text(title);
      });
    }
    panel.dataset.renderMs = String(Math.round(performance.now() - started));
    panel.dataset.items = String(items.length);
  }

  x.on('changed', () => {
    if (panel.hidden) return;
    void load();
    render();
  });
  new ResizeObserver(() => { if (!panel.hidden) render(); }).observe(body);
  setOpen(true);
}
