/**
 * @module The PDF reader: the text of each page through pdf.js (Mozilla's PDF engine, pdfjs-dist),
 * and the title, author, date and language from the document's info dictionary. Pages are read one
 * at a time and released, so a 300-page report never holds more than one page's objects at once.
 * A PDF that needs a password, is broken, or has no text layer (a scan) is refused with that reason.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { MetaOverrides } from '../types.ts';
import { UnreadableDocumentError } from './errors.ts';

/** pdf.js looks up the 14 standard fonts' metrics here; without it every page warns on stderr. */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** Fewer letters than this in the whole file means there is no text layer to speak of (a scan with a page number). */
const MIN_LETTERS = 20;

export interface PdfOptions {
  /** Most characters of text accepted from the whole file (the text limit, INGEST_MAX_BYTES). */
  maxChars: number;
  /** Called after each page, for progress on long reports. */
  onPage?: (page: number, pages: number) => void;
}

/** "D:20200315120000+01'00'" (PDF date) to "2020-03-15", or as much of it as is there. */
export function pdfDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^D?:?(\d{4})(\d{2})?(\d{2})?/.exec(value) : null;
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

/** Titles that are a file name or a word processor's label ("Microsoft Word - draft3.docx") say nothing about the document. */
function usefulTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const title = value.trim();
  if (!title || /^(?:Microsoft Word - |untitled\b)/i.test(title) || /\.(?:docx?|pdf|odt|rtf|txt|indd)$/i.test(title)) return undefined;
  return title;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** One page's text: pdf.js marks where a line ends; runs on one line come with their own spaces. */
function pageText(items: readonly (TextItem | { type: string })[]): string {
  let out = '';
  for (const item of items) {
    if (!('str' in item)) continue;
    out += item.str;
    if (item.hasEOL) out += '\n';
  }
  return out.trim();
}

async function open(data: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
    return await getDocument({ data: new Uint8Array(data), isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS, verbosity: 0 }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new UnreadableDocumentError('encrypted', 'is a password-protected PDF: open it with its password and save an unprotected copy');
    throw new UnreadableDocumentError('damaged', `is not a readable PDF (${(e as Error).message})`);
  }
}

export async function readPdf(data: Uint8Array, options: PdfOptions): Promise<{ pages: string[]; meta: MetaOverrides }> {
  const pdf = await open(data);
  try {
    const pages: string[] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = pageText((await page.getTextContent()).items);
      page.cleanup();
      chars += content.length;
      if (chars > options.maxChars) {
        throw new UnreadableDocumentError('too-large', `its text passes the ${options.maxChars}-character limit (INGEST_MAX_BYTES) on page ${n} of ${pdf.numPages}`);
      }
      pages.push(content);
      options.onPage?.(n, pdf.numPages);
    }
    const letters = pages.join('').match(/\p{L}/gu)?.length ?? 0;
    if (letters < MIN_LETTERS) {
      throw new UnreadableDocumentError('no-text', `has ${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'} but no text layer (a scanned PDF?): run OCR on it first`);
    }
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    const meta: MetaOverrides = {};
    const title = usefulTitle(info.Title);
    if (title) meta.title = title;
    const author = text(info.Author);
    if (author) meta.author = author;
    const date = pdfDate(info.CreationDate) ?? pdfDate(info.ModDate);
    if (date) meta.date = date;
    const language = text(info.Language);
    if (language) meta.language = language;
    return { pages, meta };
  } finally {
    await pdf.destroy();
  }
}
