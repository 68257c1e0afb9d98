/**
 * @module The text reader (.txt, .md, and the bytes of a web page before the HTML reader): decodes
 * bytes to text, refusing what is not an article: empty files, binary data, undecodable text and
 * anything over the size limit. Refusing here keeps a stray image from becoming thousands of junk
 * "sentences". Text is UTF-8 unless it says otherwise: a byte-order mark, the charset the server
 * sent, or, for a web page, its `<meta charset>` (Russian and Chinese sites still serve
 * windows-1251, KOI8-R, GBK and Big5 pages).
 */
import type { DocumentInput } from '../types.ts';
import { UnreadableDocumentError } from './errors.ts';

/** Share of control characters above which text is taken for binary data. */
const MAX_CONTROL_RATIO = 0.02;

/** How far into a page a `<meta charset>` is looked for, as browsers do. */
const PRESCAN_BYTES = 1024;

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The character set a web page declares in its head: `<meta charset="...">` or the http-equiv form. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = meta.match(/\bcharset\s*=\s*["']?\s*([\w.:-]+)/i);
    if (direct) return direct[1]!.toLowerCase();
  }
  return undefined;
}

interface Encoding { name: string; from: string; skip: number }

function encodingOf(bytes: Uint8Array, input: DocumentInput, html: boolean): Encoding {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) return { name: bom.encoding, from: 'its byte-order mark', skip: bom.bytes.length };
  if (input.charset) return { name: input.charset, from: 'the server', skip: 0 };
  const declared = html ? declaredCharset(bytes) : undefined;
  if (declared) return { name: declared, from: 'its <meta charset>', skip: 0 };
  return { name: 'utf-8', from: '', skip: 0 };
}

export function decode(input: DocumentInput, maxBytes: number, kind: 'text' | 'html' = 'text'): string {
  const bytes = typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : input.data;
  if (bytes.byteLength > maxBytes) {
    throw new UnreadableDocumentError('too-large', `${bytes.byteLength} bytes is over the ${maxBytes}-byte limit (INGEST_MAX_BYTES)`);
  }
  let text: string;
  if (typeof input.data === 'string') {
    text = input.data;
  } else {
    const encoding = encodingOf(bytes, input, kind === 'html');
    let canonical: string;
    try {
      canonical = new TextDecoder(encoding.name).encoding;
    } catch {
      throw new UnreadableDocumentError('unknown-charset', `says by ${encoding.from} that it is in "${encoding.name}", a character set that cannot be decoded`);
    }
    // UTF-16 text is half NUL bytes; in any other encoding a NUL means binary data.
    if (!canonical.startsWith('utf-16') && bytes.indexOf(0) >= 0) throw new UnreadableDocumentError('binary', 'contains NUL bytes: binary data, not text');
    // Only UTF-8 can be told wrong; a legacy single-byte set decodes any bytes.
    const decoder = new TextDecoder(canonical, { fatal: canonical === 'utf-8' });
    try {
      text = decoder.decode(bytes.subarray(encoding.skip));
    } catch {
      throw new UnreadableDocumentError('invalid-utf8', encoding.from
        ? `is not valid UTF-8 text although ${encoding.from} says so`
        : 'is not valid UTF-8 text and does not say which character set it uses: save it as UTF-8');
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new UnreadableDocumentError('empty', 'is empty');
  const controls = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls / text.length > MAX_CONTROL_RATIO) {
    throw new UnreadableDocumentError('binary', `${controls} control characters: binary data, not text`);
  }
  return text;
}
