/**
 * @module The timeline under the canvas: every evidence item of the relationships drawn, at the year
 * its sentence states (filled) or its document's date (hollow), in lanes by relationship type or by
 * vendor, with an undated lane. Brushing a period hides the edges outside it on the canvas (and so on
 * the map, which draws what the canvas draws); play steps the period through the years; clicking an
 * item selects its edge. Drawn with d3's scale, axis, brush and selection modules (ISC, bundled).
 */
import { brushX, type D3BrushEvent } from 'd3-brush';
import type { Timeline } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { drawTimelineFigure } from '../figures/timeline-figure.ts';
import { applyFilters } from '../graph/filters.ts';
import { inPeriod, nextWindow, samePeriod, snapPeriod, yearsByEdge, type LaneMode, type Period } from '../graph/period.ts';
import { $, h } from '../ui/dom.ts';
import { mountPanelToggle } from '../ui/panel-toggle.ts';
import { downloadPng, downloadSvg, stamp } from '../ui/svg-export.ts';
import { mountPeriodKeys, periodText } from './timeline-keys.ts';

export const timelineDefaults = {
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
  // The brush answers the keyboard too, through the same path as the pointer.
  const keys = mountPeriodKeys({ period: () => period, span: () => span, undated: () => undatedBox.checked, choose: brushed });
  body.append(svg, ...keys.elements);
  const heading = h('h2', { id: 'timeline-title', tabindex: -1 }, 'Timeline');
  const panel = h('section', { id: 'timeline', class: 'timeline', 'aria-labelledby': 'timeline-title' },
    h('div', { class: 'timeline-head' },
      heading, laneSelect, playButton, clearButton, periodOut,
      h('label', { title: 'Keep edges whose evidence states no year while a period is chosen' }, undatedBox, ' keep undated'),
      status,
      h('span', { class: 'muted', title: 'A filled dot: the sentence states the year. A hollow dot: only the document\'s date gives one.' }, '● year stated ○ document date'),
      h('span', { class: 'spacer' }),
      h('button', { class: 'timeline-png', onclick: () => void downloadPng(svg, `sightline-timeline-${stamp()}.png`) }, 'PNG'),
      h('button', { class: 'timeline-svg', onclick: () => downloadSvg(svg, `sightline-timeline-${stamp()}.svg`) }, 'SVG')),
    body);
  wrap.appendChild(panel);

  const toggle = mountPanelToggle({
    name: 'timeline', panel, focusTarget: heading, wrapClass: 'with-timeline', cy: x.cy, open: x.timelineOpen,
    button: { id: 'toggle-timeline', label: 'Timeline', title: 'Show or hide the timeline (l)' },
    onOpen: () => {
      x.timelineOpen = true;
      x.panelChanged();
      void load();
      render();
    },
    // Closed, the timeline cannot show why edges are missing: the period goes with it.
    onClose: () => {
      x.timelineOpen = false;
      x.panelChanged();
      stop();
      setPeriod(null);
    },
  });

  /** A period the analyst brushed, with the pointer or the keys: it stops a playback, as taking hold of a player's slider does. */
  function brushed(p: Period | null): void {
    stop();
    setPeriod(p);
  }

  function setPeriod(p: Period | null): void {
    period = p;
    x.period = p;
    if (p) undatedBox.checked = p.undated;
    periodOut.textContent = periodText(p);
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
    const width = Math.max(body.clientWidth, 320);
    const label = (id: string) => (x.cy.getElementById(id).data('label') as string | undefined) ?? id;
    const figure = drawTimelineFigure(svg, { items, mode, period, width, label });
    const { root, xs } = figure;
    span = figure.span;
    playButton.disabled = !span;
    // A bounded answer says so: what is missing is named, not silently dropped.
    const cut = [data?.truncated ? 'too many relationships: the first placed' : '', data?.omitted ? `${data.omitted} more sentences not placed` : ''].filter(Boolean);
    status.textContent = `${items.length} evidence items, ${figure.undated} undated${cut.length ? ` (${cut.join('; ')})` : ''}`;

    if (span) {
      const brush = brushX().extent([[xs.range()[0]!, 0], [xs.range()[1]!, figure.datedBottom]])
        .on('end', (event: D3BrushEvent<unknown>) => {
          if (!event.sourceEvent) return;
          const sel = event.selection as [number, number] | null;
          brushed(sel ? snapPeriod(xs.invert(sel[0]), xs.invert(sel[1]), undatedBox.checked) : null);
        });
      // Under the items, so a dot stays clickable inside a brushed period.
      const brushG = root.insert('g', 'g.items').attr('class', 'brush').attr('data-export', 'skip').call(brush);
      if (period) brush.move(brushG, [xs(period.from), xs(period.to + 1)]);
    }
    const [left, right] = xs.range() as [number, number];
    keys.update(span ? { left, top: 0, width: right - left, height: figure.datedBottom } : null, period);
    root.selectAll<SVGCircleElement, unknown>('circle.timeline-item').style('cursor', 'pointer').on('click', function () {
      const edge = this.dataset.edge!;
      x.focus(edge);
      x.emit('select-edge', edge);
    });
    panel.dataset.renderMs = String(Math.round(performance.now() - started));
    panel.dataset.items = String(items.length);
  }

  x.on('changed', () => {
    if (panel.hidden) return;
    void load();
    render();
  });
  // A reopened link, a saved investigation (or Back/Forward) brings its period: the one it was shared
  // or saved with. The timeline shows it, even if closed, so the analyst sees why edges are missing.
  x.on('panels', () => {
    if (x.timelineOpen !== toggle.isOpen()) toggle.setOpen(x.timelineOpen, false);
  });
  x.on('period', (p) => {
    if (p && !toggle.isOpen()) toggle.setOpen(true, false);
    if (!samePeriod(p, period)) setPeriod(p);
  });
  new ResizeObserver(() => { if (!panel.hidden) render(); }).observe(body);
  void load();
  render();
  if (x.period) setPeriod(x.period);
}
