/**
 * @module How a stored document's text marks its pages: a PDF's pages are joined by a form feed
 * (U+000C, the page-break character of plain text, as pdftotext writes it), so every offset into
 * the text still points at the same character and a page is found by counting breaks before it.
 * Ingest writes it, the server and the explorer read it; it lives here, with the stored graph.
 */

export const PAGE_BREAK = '\f';

/** The 1-based page an offset of the text falls on. */
export function pageAt(text: string, offset: number): number {
  let page = 1;
  for (let i = text.indexOf(PAGE_BREAK); i >= 0 && i < offset; i = text.indexOf(PAGE_BREAK, i + 1)) page += 1;
  return page;
}

