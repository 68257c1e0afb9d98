/**
 * @module The Word reader: a .docx file's text through mammoth (paragraphs kept as paragraphs), and
 * its title, author, date and language from the package's core properties (docProps/core.xml, the
 * Office Open XML metadata part), read with JSZip and linkedom's XML parser. A file that is not a
 * Word package (an old binary .doc, an encrypted .docx, a truncated download) is refused as damaged.
 */
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import mammoth from 'mammoth';
import type { MetaOverrides } from '../types.ts';
import { UnreadableDocumentError } from './errors.ts';

/** Core property element (namespace prefix and name) for each field. */
const CORE_PROPERTIES: [keyof MetaOverrides, string][] = [
  ['title', 'dc:title'], ['author', 'dc:creator'], ['date', 'dcterms:created'], ['language', 'dc:language'],
];

async function coreProperties(zip: JSZip): Promise<MetaOverrides> {
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (!xml) return {};
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const meta: MetaOverrides = {};
  for (const [field, tag] of CORE_PROPERTIES) {
    const value = doc.getElementsByTagName(tag)[0]?.textContent?.trim();
    if (value) meta[field] = field === 'date' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
  }
  return meta;
}

export async function readDocx(data: Uint8Array): Promise<{ pages: string[]; meta: MetaOverrides }> {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new UnreadableDocumentError('damaged', 'is not a Word .docx package (an old .doc, an encrypted or a truncated file?): save it as .docx again');
  }
  if (!zip.file('word/document.xml')) throw new UnreadableDocumentError('damaged', 'is a zip file without word/document.xml: not a Word document');
  const { value } = await mammoth.extractRawText({ buffer });
  const text = value.replace(/\n{3,}/g, '\n\n').trim();
  if (!text) throw new UnreadableDocumentError('empty', 'is a Word document without text');
  return { pages: [text], meta: await coreProperties(zip) };
}
