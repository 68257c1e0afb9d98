/**
 * @module Splitting a quote or a document into plain and highlighted runs. Returns segments, never
 * markup, so the panels build DOM text nodes from them and a hostile name stays inert text.
 */

export interface Segment { text: string; mark: boolean }

/** Marks every case-insensitive occurrence of any of `names` in `text`, longest names first, without overlaps. */
export function markNames(text: string, names: readonly string[]): Segment[] {
  const wanted = [...new Set(names.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const taken: [number, number][] = [];
  for (const name of wanted) {
    const needle = name.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let pos = 0;
  for (const [s, e] of taken) {
    if (s > pos) out.push({ text: text.slice(pos, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    pos = e;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
  return out;
}

/**
 * Where a quoted sentence sits in its document: the stored offsets when they point at the quote,
 * otherwise the first place the quote occurs (offsets can drift if a document was normalised).
 */
export function locateQuote(text: string, quote: string, start: number, end: number): [number, number] | null {
  if (start >= 0 && end <= text.length && end > start && (text.slice(start, end) === quote || !quote)) return [start, end];
  const at = quote ? text.indexOf(quote) : -1;
  return at >= 0 ? [at, at + quote.length] : start >= 0 && end > start && end <= text.length ? [start, end] : null;
}

export interface Range { start: number; end: number; cls: string }
export interface Run { text: string; classes: string[] }

/**
 * Cuts `text` into runs at every range boundary; each run lists the classes of the ranges covering it.
 * Overlapping ranges (a mention inside the highlighted sentence) both apply, so nothing is lost.
 */
export function annotate(text: string, ranges: readonly Range[]): Run[] {
  const valid = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.end > r.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const classes = [...new Set(valid.filter((r) => r.start <= a && r.end >= b).map((r) => r.cls))];
    const last = runs[runs.length - 1];
    if (last && last.classes.join() === classes.join()) last.text += text.slice(a, b);
    else runs.push({ text: text.slice(a, b), classes });
  }
  return runs;
}

/**
 * A search snippet as plain and marked segments, from the offsets the server gives (never from
 * markup), overlapping or unordered ranges merged; ranges outside the text are cut to it.
 */
export function snippetSegments(text: string, highlights: readonly { start: number; end: number }[]): Segment[] {
  const merged: [number, number][] = [];
  for (const [s, e] of highlights
    .map((r) => [Math.max(0, r.start), Math.min(text.length, r.end)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: Segment[] = [];
  let pos = 0;
  for (const [s, e] of merged) {
    if (s > pos) out.push({ text: text.slice(pos, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    pos = e;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
  return out;
}
