/**
 * @module The text reader (.txt, .md, and the bytes of a web page before the HTML reader): decodes
 * bytes to text, refusing what is not an article: empty files, binary data, invalid UTF-8 and
 * anything over the size limit. Refusing here keeps a stray image from becoming thousands of junk
 * "sentences".
 */
import type { DocumentInput } from '../types.ts';
import { UnreadableDocumentError } from './errors.ts';

/** Share of control characters above which text is taken for binary data. */
const MAX_CONTROL_RATIO = 0.02;

export function decode(input: DocumentInput, maxBytes: number): string {
  const bytes = typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : input.data;
  if (bytes.byteLength > maxBytes) {
    throw new UnreadableDocumentError('too-large', `${bytes.byteLength} bytes is over the ${maxBytes}-byte limit (INGEST_MAX_BYTES)`);
  }
  if (bytes.indexOf(0) >= 0) throw new UnreadableDocumentError('binary', 'contains NUL bytes: binary data, not text');
  let text: string;
  try {
    text = typeof input.data === 'string' ? input.data : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableDocumentError('invalid-utf8', 'is not valid UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new UnreadableDocumentError('empty', 'is empty');
  const controls = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls / text.length > MAX_CONTROL_RATIO) {
    throw new UnreadableDocumentError('binary', `${controls} control characters: binary data, not text`);
  }
  return text;
}
