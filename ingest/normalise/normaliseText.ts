/**
 * @module Normalises decoded text so rules see one spelling of each thing: straight quotes, single
 * spaces, no Markdown link syntax or footnote marks, and none of the `??` artefacts that mark a lost
 * character in the seed articles. Evidence offsets point into this text, which is what the graph stores.
 */
import { PAGE_BREAK } from '../../cypher/pages.ts';
import { defineStage } from '../stage.ts';

/** Each pair is a pattern and its replacement, applied in order; kept as data so a new artefact is one line. */
const REPLACEMENTS: readonly [RegExp, string][] = [
  [/\r\n?/g, '\n'],
  [/[\u2018\u2019\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u2033\u00AB\u00BB]/g, '"'],
  [/[\u00A0\u2007\u202F\t\f\v]/g, ' '],
  [/[\u200B-\u200D\u2060\u00AD]/g, ''],
  // "the idea of ??replacing": a character lost in an earlier conversion, always before a word.
  [/\?\?(?=\p{L})/gu, ''],
  // Markdown links from converted PDFs ("[stated](#)") keep their words and lose the syntax.
  [/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1'],
  [/\\([$()[\]])/g, '$1'],
  // Markdown headings and emphasis (.md files): the words stay, the markup goes.
  [/^#{1,6}[ \t]+/gm, ''],
  [/(\*\*|__)(?=\S)([^*_\n]+?)\1/g, '$2'],
  // Footnote marks after names ("Paul Goode¹") and after sentences ("... in 2019.[12]") are not text.
  [/[\u00B9\u00B2\u00B3\u2070-\u2079]/g, ''],
  [/\[\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\]/g, ''],
  [/ {2,}/g, ' '],
  [/^ +| +$/gm, ''],
  [/\n{3,}/g, '\n\n'],
];

/** A line that stands alone: a list item, an infobox line ("Founded: 2011") or a heading. */
const STANDALONE = /^(?:[-*\u2022\u2013]\s|\d{1,2}[.)]\s|[\p{Lu}][\p{L} ()/-]{0,40}:\s)/u;

/**
 * Joins hard-wrapped prose into one line (a newline becomes a space, so no offset moves): every line
 * is then its own sentence to the parser, which keeps list items, infobox lines and titles apart.
 */
export function unwrapLines(text: string): string {
  const lines = text.split('\n');
  return lines.map((line, i) => {
    const next = lines[i + 1];
    const wrapped = next !== undefined && line.length >= 40 && next.trim() !== '' && !/[.!?:;"')\]]$/.test(line.trimEnd()) && !STANDALONE.test(next);
    return line + (i < lines.length - 1 ? (wrapped ? ' ' : '\n') : '');
  }).join('');
}

export function normalise(raw: string): string {
  let text = raw.normalize('NFC');
  for (const [pattern, replacement] of REPLACEMENTS) text = text.replace(pattern, replacement);
  return unwrapLines(text.trim());
}

/**
 * Each page is normalised on its own and the pages are joined by a page break (cypher/pages.ts), so
 * a quote's page is known from its offset; a page a PDF leaves blank keeps its place in the count.
 */
export function normalisePages(pages: readonly string[]): string {
  return pages.map(normalise).join(PAGE_BREAK);
}

export const normaliseText = defineStage({
  name: 'normaliseText',
  requires: ['raw'],
  assigns: 'text',
  run: (w) => normalisePages(w.raw.pages),
});
