/**
 * @module Title, publisher, author, date, language and URL. From the text itself: the first line is
 * the title; "Written by", "©" and "Policy Memo" lines name the publisher; a name-shaped line near the
 * top or a "Name – Role" signature at the end names the author; a month-and-year line dates it. What
 * the file says about itself (HTML meta tags, PDF info, DOCX core properties) wins over the text, and
 * what the user says (a sidecar NAME.meta.json, CLI or API fields) wins over both.
 */
import { defineStage } from '../stage.ts';
import type { Catalog } from '../catalog.ts';
import { nameKey } from '../names.ts';
import type { DocumentMeta, MetaOverrides } from '../types.ts';

/** How many lines from the top count as the header block where bylines and dates appear. */
const HEADER_LINES = 12;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_LINE = new RegExp(`^(?:${MONTH} (?:\\d{1,2}, )?\\d{4}|\\d{1,2} ${MONTH} \\d{4}|\\d{4}-\\d{2}-\\d{2})$`);
const NAME = "[A-Z][a-z'\\-]+(?: [A-Z]\\.)?(?: [A-Z][a-z'\\-]+){1,2}";
const NAMES_LINE = new RegExp(`^${NAME}(?:\\s*(?:&|and|,)\\s*${NAME})*$`);
const SIGNATURE = new RegExp(`^(${NAME}) [–—-] [A-Z]`);
/** Words that make a byline an outlet rather than a person. */
const OUTLET_WORDS = /\b(?:Post|Times|News|Media|Press|Journal|Herald|Tribune|Review|Eurasia|Agency|Institute|Center|Centre)\b|^The /;

export function metadataOf(text: string, catalog: Catalog, title?: string): DocumentMeta {
  const lines = text.split(/[\n\f]/).map((l) => l.trim()).filter(Boolean);
  const meta: DocumentMeta = { title: title?.trim() || lines[0]?.slice(0, 300) || 'Untitled' };
  const header = lines.slice(1, HEADER_LINES);
  const isKnownName = (line: string) => line.split(/\s*(?:&|,|\band\b)\s*|\s+/).some((w) => catalog.byKey.has(nameKey(w)));

  for (const line of lines) {
    const by = /^(?:Written|Posted|Published) by (.+)$/i.exec(line);
    if (by) {
      if (OUTLET_WORDS.test(by[1]!)) meta.publisher ??= by[1];
      else meta.author ??= by[1];
    }
    const copyright = /^©\s*(.+?)\s+(?:\d{4})\b/.exec(line);
    if (copyright) meta.publisher ??= copyright[1];
    const memo = /^(.+?) Policy (?:Memo|Brief|Paper)\b/.exec(line);
    if (memo && header.includes(line)) meta.publisher ??= memo[1];
  }
  for (const line of header) {
    if (!meta.date && DATE_LINE.test(line)) meta.date = line;
    else if (!meta.author && NAMES_LINE.test(line) && !isKnownName(line) && line !== meta.publisher) meta.author = line;
  }
  for (const line of lines.slice(-5)) {
    const signed = SIGNATURE.exec(line);
    if (signed && !meta.author && !isKnownName(signed[1]!)) meta.author = signed[1];
  }
  return meta;
}

/** Later sources win field by field; a blank value says nothing and wins nothing. */
export function mergeMeta(fromText: DocumentMeta, ...overrides: (MetaOverrides | undefined)[]): DocumentMeta {
  const meta = { ...fromText };
  for (const o of overrides) {
    for (const [key, value] of Object.entries(o ?? {}) as [keyof DocumentMeta, string | undefined][]) {
      if (typeof value === 'string' && value.trim()) meta[key] = value.trim();
    }
  }
  return meta;
}

export const extractMetadata = defineStage({
  name: 'extractMetadata',
  requires: ['text', 'raw'],
  assigns: 'meta',
  run: (w, o) => mergeMeta(metadataOf(w.text, o.catalog), w.raw.meta, w.input.meta, { title: w.input.title }),
});
