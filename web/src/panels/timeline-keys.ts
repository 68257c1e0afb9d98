/**
 * @module The timeline's period brush for people who do not use a pointer: a focusable strip over the
 * brush's area, where arrows move the period a year, Shift+arrows move its end, Home and End send it
 * to the first or last year and Esc or Delete give all years back. It only proposes a period: the
 * timeline sets it by the same path as a pointer brush, so the canvas, the map, the share link, a
 * saved investigation and the report follow it alike.
 */
import type { Period } from '../graph/period.ts';
import { h } from '../ui/dom.ts';

/** Keys and what they do, shown in the help dialog and read to screen readers as the brush's description. */
export const TIMELINE_KEYS = [
  { keys: '← / →', label: 'On the timeline\'s period: move it a year earlier or later (with none, a one-year period at the last or first year)' },
  { keys: 'Shift+← / →', label: 'On the timeline\'s period: end it a year earlier or later' },
  { keys: 'Home / End', label: 'On the timeline\'s period: move it to the first or the last year' },
  { keys: 'Esc / Delete', label: 'On the timeline\'s period: all years again' },
] as const;

/** First and last year the timeline places items at. */
export interface Span { from: number; to: number }

/**
 * The period a key makes of the current one within the years drawn, or undefined when the key sets
 * none (a key the brush does not use, or Esc with no period, which then closes the panel as elsewhere
 * in it). A move keeps the period's width and stops at the first or last year; a period the key cannot
 * change comes back as it was.
 */
export function periodForKey(key: string, shift: boolean, period: Period | null, span: Span, undated: boolean): Period | null | undefined {
  const at = (from: number, to: number): Period => ({ from, to, undated });
  if (key === 'Escape') return period ? null : undefined;
  if (key === 'Delete' || key === 'Backspace') return null;
  if (!period) {
    if (key === 'ArrowRight' || key === 'Home') return at(span.from, span.from);
    if (key === 'ArrowLeft' || key === 'End') return at(span.to, span.to);
    return undefined;
  }
  const width = period.to - period.from;
  switch (key) {
    case 'ArrowLeft':
      if (shift) return period.to > period.from ? at(period.from, period.to - 1) : period;
      return period.from > span.from ? at(period.from - 1, period.to - 1) : period;
    case 'ArrowRight':
      if (shift) return period.to < span.to ? at(period.from, period.to + 1) : period;
      return period.to < span.to ? at(period.from + 1, period.to + 1) : period;
    case 'Home': return at(span.from, Math.min(span.to, span.from + width));
    case 'End': return at(Math.max(span.from, span.to - width), span.to);
    default: return undefined;
  }
}

/** What the period reads as, on the timeline's head and to a screen reader. */
export function periodText(p: Period | null): string {
  return p ? (p.from === p.to ? String(p.from) : `${p.from}–${p.to}`) : 'all years';
}

export interface PeriodKeysInput {
  period(): Period | null;
  span(): Span | null;
  /** Whether a period the keys start keeps undated edges: what "keep undated" says. */
  undated(): boolean;
  /** Sets the period as a pointer brush does. */
  choose(p: Period | null): void;
}

export interface PeriodKeys {
  /** The focusable strip and its description, to place in the timeline's scrolling body. */
  elements: HTMLElement[];
  /** Lays the strip over the brush's area (null: nothing dated, no brush) and says the period. */
  update(area: { left: number; top: number; width: number; height: number } | null, period: Period | null): void;
}

export function mountPeriodKeys(input: PeriodKeysInput): PeriodKeys {
  const description = h('p', { id: 'timeline-keys', class: 'sr-only' }, TIMELINE_KEYS.map((k) => `${k.keys}: ${k.label.replace('On the timeline\'s period: ', '')}.`).join(' '));
  // A slider, so a screen reader in browse mode hands the arrows to it; its value is the period, said whole.
  const strip = h('div', {
    class: 'timeline-brush-keys', tabindex: 0, role: 'slider', 'aria-label': 'Period shown on the canvas and the map',
    'aria-describedby': 'timeline-keys', 'aria-valuetext': 'all years',
  });
  strip.addEventListener('keydown', (e) => {
    // Help, search and Tab lead elsewhere; any other key stays here, so a letter meant for the period
    // does not hide, remove, expand or open something on the canvas out of sight.
    if (e.key === 'Tab' || e.key === '?' || e.key === '/') return;
    const span = input.span();
    const period = input.period();
    const next = span && !e.altKey && !e.ctrlKey && !e.metaKey ? periodForKey(e.key, e.shiftKey, period, span, input.undated()) : undefined;
    if (next === undefined) {
      // Esc with no period is the panel's: it closes the timeline.
      if (e.key !== 'Escape') e.stopPropagation();
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    if (next === period || (next && period && next.from === period.from && next.to === period.to)) return;
    input.choose(next);
  });
  return {
    elements: [strip, description],
    update(area, period) {
      strip.hidden = area === null;
      if (area) Object.assign(strip.style, { left: `${area.left}px`, top: `${area.top}px`, width: `${area.width}px`, height: `${area.height}px` });
      const span = input.span();
      strip.setAttribute('aria-valuetext', periodText(period));
      if (span) {
        strip.setAttribute('aria-valuemin', String(span.from));
        strip.setAttribute('aria-valuemax', String(span.to));
      }
      strip.setAttribute('aria-valuenow', String(period?.from ?? span?.from ?? 0));
    },
  };
}
