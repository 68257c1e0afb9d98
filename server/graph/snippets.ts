/**
 * @module Where in a document's text a search matched, cut into short snippets with the matched
 * words marked as offset ranges (never as HTML: the explorer builds the marks from text nodes), the
 * page each starts on, and the entities the text names inside it. The words are matched as the
 * full-text index matched them: the same cutting, lower-cased, prefix and edit distance.
 */
import { distance } from 'fastest-levenshtein';
import { PAGE_BREAK, pageAt } from '../../cypher/pages.ts';
import type { DocumentTerm } from './lucene.ts';

/** Characters of context on each side of a match. */
const CONTEXT = 90;
/** Snippets per document. */
const MAX_SNIPPETS = 3;

export interface Snippet {
  start: number;
  end: number;
  page: number;
  text: string;
  highlights: { start: number; end: number }[];
  entities: { id: string; name: string; type: string }[];
}

interface Hit { start: number; end: number; term: number }

function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

function hitsOf(text: string, terms: readonly DocumentTerm[]): Hit[] {
  const words = wordsOf(text);
  const hits: Hit[] = [];
  terms.forEach((t, term) => {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (t.kind === 'phrase') {
        if (t.words.every((p, k) => words[i + k]?.word === p)) hits.push({ start: w.start, end: words[i + t.words.length - 1]!.end, term });
      } else if (t.kind === 'word' ? w.word === t.word
        : t.kind === 'prefix' ? w.word.startsWith(t.word)
          : Math.abs(w.word.length - t.word.length) <= t.edits && distance(w.word, t.word) <= t.edits) {
        hits.push({ start: w.start, end: w.end, term });
      }
    }
  });
  return hits.sort((a, b) => a.start - b.start);
}

/** Widens [start, end) by the context and moves each end to a word boundary, within the hit's page. */
function window(text: string, start: number, end: number): [number, number] {
  const pageStart = text.lastIndexOf(PAGE_BREAK, start - 1) + 1;
  const nextBreak = text.indexOf(PAGE_BREAK, end);
  const pageEnd = nextBreak < 0 ? text.length : nextBreak;
  let from = Math.max(pageStart, start - CONTEXT);
  let to = Math.min(pageEnd, end + CONTEXT);
  if (from > pageStart) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < pageEnd) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return [from, to];
}

/** Mention spans as stored (`[[entityId, start, end], ...]`), malformed data read as none. */
function spansOf(stored: string | null | undefined): [string, number, number][] {
  try {
    const parsed: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((t): t is [string, number, number] => Array.isArray(t) && typeof t[0] === 'string' && typeof t[1] === 'number' && typeof t[2] === 'number') : [];
  } catch {
    return [];
  }
}

/**
 * Up to three snippets, those matching the most different terms first (then the earliest), shown in
 * text order; each match lies in exactly one snippet.
 */
export function snippetsOf(
  text: string, terms: readonly DocumentTerm[], mentionSpans: string | null | undefined, mentioned: readonly { id: string; name: string; type: string }[],
): Snippet[] {
  const hits = hitsOf(text, terms);
  const windows: { from: number; to: number; hits: Hit[] }[] = [];
  for (const hit of hits) {
    const last = windows[windows.length - 1];
    if (last && hit.end <= last.to && !text.slice(last.from, hit.end).includes(PAGE_BREAK)) {
      last.hits.push(hit);
      continue;
    }
    const [from, to] = window(text, hit.start, hit.end);
    windows.push({ from, to, hits: [hit] });
  }
  const chosen = windows
    .map((w, i) => ({ w, i, terms: new Set(w.hits.map((h) => h.term)).size }))
    .sort((a, b) => b.terms - a.terms || a.i - b.i)
    .slice(0, MAX_SNIPPETS)
    .sort((a, b) => a.i - b.i)
    .map((c) => c.w);
  const spans = spansOf(mentionSpans);
  const entities = new Map(mentioned.map((e) => [e.id, e]));
  return chosen.map(({ from, to, hits: inside }) => {
    const named = new Map<string, { id: string; name: string; type: string }>();
    for (const [id, s, e] of spans) {
      const entity = entities.get(id);
      if (entity && s >= from && e <= to) named.set(id, entity);
    }
    return {
      start: from,
      end: to,
      page: pageAt(text, inside[0]!.start),
      text: text.slice(from, to),
      highlights: inside.map((h) => ({ start: h.start - from, end: h.end - from })),
      entities: [...named.values()],
    };
  });
}
