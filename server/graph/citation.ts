/**
 * @module The one citation style, used by every answer that cites a source (the evidence of a
 * relationship, exports, search results) and so by the explorer's evidence panel and reports, which
 * show the string the server made: title, publisher, date, URL (or, for a file, its name), page.
 * One function, so a report and the panel an analyst checked it against never cite differently.
 */

export interface CitedSource {
  title?: string | null;
  publisher?: string | null;
  date?: unknown;
  url?: string | null;
  /** The file name, shown when there is no URL; else the source it was read from. */
  fileName?: string | null;
  source?: string | null;
}

/** `"Title", Publisher, 2021-06-01, https://… , p. 3` with absent parts left out. */
export function formatCitation(doc: CitedSource | undefined, page?: number | null, fallbackTitle = 'Unknown document'): string {
  const title = doc?.title?.trim() || fallbackTitle;
  const where = doc?.url || doc?.fileName || doc?.source;
  return [
    `"${title}"`,
    doc?.publisher || undefined,
    doc?.date != null && String(doc.date) ? String(doc.date) : undefined,
    where || undefined,
    page ? `p. ${page}` : undefined,
  ].filter((part): part is string => Boolean(part)).join(', ');
}
