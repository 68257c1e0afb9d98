/**
 * @module readDocument: the first stage, bytes to the text of each page and what the file says about
 * itself. The format is told by the bytes where they say it (a PDF's `%PDF-`, a Word package's zip
 * header) and by the name otherwise; each format has its reader in this folder (readPdf, readHtml,
 * readDocx, and decodeDocument for text), all of them refusing bad input with UnreadableDocumentError.
 */
import { extname } from 'node:path';
import { defineStage, type IngestOptions } from '../stage.ts';
import type { DocumentFormat, DocumentInput, RawDocument } from '../types.ts';
import { decode } from './decodeDocument.ts';
import { UnreadableDocumentError } from './errors.ts';
import { readDocx } from './readDocx.ts';
import { readHtml } from './readHtml.ts';
import { readPdf } from './readPdf.ts';

export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'];
const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const startsWith = (bytes: Uint8Array, magic: string) => bytes.length >= magic.length && [...magic].every((c, i) => bytes[i] === c.charCodeAt(0));

/** A page saved without its extension (or fetched) is still HTML when it opens like one. */
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>])/i;

export function formatOf(input: DocumentInput): DocumentFormat {
  if (typeof input.data !== 'string') {
    if (startsWith(input.data, '%PDF-')) return 'pdf';
    if (startsWith(input.data, 'PK\u0003\u0004') && (extname(input.source).toLowerCase() === '.docx' || input.mediaType === DOCX_MEDIA_TYPE)) return 'docx';
  }
  const ext = extname(input.source.replace(/[?#].*$/, '')).toLowerCase();
  if (ext === '.pdf' || input.mediaType === 'application/pdf') return 'pdf';
  if (ext === '.docx' || input.mediaType === DOCX_MEDIA_TYPE) return 'docx';
  if (HTML_EXTENSIONS.includes(ext) || input.mediaType === 'text/html' || input.mediaType === 'application/xhtml+xml') return 'html';
  const head = typeof input.data === 'string' ? input.data.slice(0, 512) : Buffer.from(input.data.subarray(0, 512)).toString('latin1');
  return HTML_START.test(head) ? 'html' : 'text';
}

function bytesOf(input: DocumentInput, max: number): Uint8Array {
  const bytes = typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : input.data;
  if (bytes.byteLength > max) throw new UnreadableDocumentError('too-large', `${bytes.byteLength} bytes is over the ${max}-byte limit (INGEST_MAX_FILE_BYTES)`);
  return bytes;
}

/** The text read from a PDF, Word file or web page is held to the text limit too: it is what gets parsed. */
function checkText(raw: RawDocument, maxBytes: number): RawDocument {
  const bytes = raw.pages.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0);
  if (bytes > maxBytes) throw new UnreadableDocumentError('too-large', `its text is ${bytes} bytes, over the ${maxBytes}-byte limit (INGEST_MAX_BYTES)`);
  return raw;
}

export async function read(input: DocumentInput, options: Pick<IngestOptions, 'maxBytes' | 'maxFileBytes'>): Promise<RawDocument> {
  const format = formatOf(input);
  switch (format) {
    case 'pdf':
      return checkText({ format, ...await readPdf(bytesOf(input, options.maxFileBytes), { maxChars: options.maxBytes }) }, options.maxBytes);
    case 'docx':
      return checkText({ format, ...await readDocx(bytesOf(input, options.maxFileBytes)) }, options.maxBytes);
    case 'html':
      return checkText({ format, ...readHtml(decode({ ...input, data: bytesOf(input, options.maxFileBytes) }, options.maxFileBytes, 'html')) }, options.maxBytes);
    case 'text':
      return { format, pages: [decode(input, options.maxBytes)], meta: {} };
  }
}

export const readDocument = defineStage({
  name: 'readDocument',
  requires: ['input'],
  assigns: 'raw',
  run: (w, o) => read(w.input, o),
});
