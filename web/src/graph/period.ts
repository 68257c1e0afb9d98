/**
 * @module Time over what is drawn: which timeline items belong to the edges shown, the lanes they
 * sit in, and whether an edge falls in a brushed period. Pure, so the rules are tested in Node and
 * the timeline panel only draws them.
 */
import type { TimelineItem } from '../api/types.ts';

/** An inclusive span of whole years; `undated` says whether edges with no dated evidence stay drawn. */
export interface Period { from: number; to: number; undated: boolean }

export type LaneMode = 'type' | 'vendor';

export const periodDefaults = {
  /** Lanes drawn before the rest are gathered into one, so thousands of vendors stay a readable panel. */
  maxLanes: 12,
};

/** The years each edge's evidence is placed at (stated or from its document); an undated-only edge maps to []. */
export function yearsByEdge(items: readonly TimelineItem[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const i of items) {
    const years = map.get(i.relationship) ?? [];
    if (i.year !== undefined && !years.includes(i.year)) years.push(i.year);
    map.set(i.relationship, years);
  }
  return map;
}

/**
 * Whether an edge is drawn during a period: one of its evidence years falls inside it. An edge with
 * only undated evidence follows `period.undated`, since the absence of a date says nothing about when
 * a fact held; one the timeline does not place at all (reference data, `years` undefined) is no fact
 * in time and stays.
 */
export function inPeriod(years: readonly number[] | undefined, period: Period): boolean {
  if (!years) return true;
  if (years.length === 0) return period.undated;
  return years.some((y) => y >= period.from && y <= period.to);
}

/** The lane an item sits in: its relationship type, or its vendor (the relationship's source). */
export function laneKey(item: TimelineItem, mode: LaneMode): string {
  return mode === 'type' ? item.type : item.source;
}

/**
 * The dated lanes, fullest first, at most `maxLanes`; items of the others share one "others" lane
 * (key null). Undated items are not in these lanes: they have their own.
 */
export function lanes(items: readonly TimelineItem[], mode: LaneMode, maxLanes = periodDefaults.maxLanes): { keys: string[]; others: boolean } {
  const counts = new Map<string, number>();
  for (const i of items) if (i.year !== undefined) counts.set(laneKey(i, mode), (counts.get(laneKey(i, mode)) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  return { keys: sorted.slice(0, maxLanes), others: sorted.length > maxLanes };
}

export function samePeriod(a: Period | null, b: Period | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to && a.undated === b.undated);
}

/** A period snapped to whole years from two fractional positions on a year axis (a brush's ends). */
export function snapPeriod(a: number, b: number, undated: boolean): Period {
  const from = Math.round(Math.min(a, b));
  const to = Math.max(from, Math.round(Math.max(a, b)) - 1);
  return { from, to, undated };
}

/** The next window of a playback: the same width, one year on; null once it has passed the last year. */
export function nextWindow(period: Period | null, span: { from: number; to: number }, undated: boolean): Period | null {
  if (!period) return { from: span.from, to: span.from, undated };
  if (period.to >= span.to) return null;
  return { ...period, from: period.from + 1, to: period.to + 1 };
}
