/**
 * @module Normalises decoded text so rules see one spelling of each thing: straight quotes, single
 * spaces, no Markdown link syntax or footnote marks, and none of the `??` artefacts that mark a lost
 * character in the seed articles. Evidence offsets point into this text, which is what the graph stores.
 */
import { createHash } from 'node:crypto';
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
  // Footnote marks after names ("Paul Goode¹") are not part of the name.
  [/[\u00B9\u00B2\u00B3\u2070-\u2079]/g, ''],
  [/ {2,}/g, ' '],
  [/^ +| +$/gm, ''],
  [/\n{3,}/g, '\n\n'],
];

export function normaliseText(raw: string): string {
  let text = raw.normalize('NFC');
  for (const [pattern, replacement] of REPLACEMENTS) text = text.replace(pattern, replacement);
  return text.trim();
}

/** Document id: the same normalised content always gets the same id, whatever the file is called. */
export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export const normalise = defineStage({
  name: 'NormaliseText',
  requires: ['raw'],
  assigns: 'text',
  run: (w) => normaliseText(w.raw),
});

export const identify = defineStage({
  name: 'IdentifyDocument',
  requires: ['text'],
  assigns: 'docId',
  run: (w) => documentId(w.text),
});
