/**
 * @module The source of a document that comes with no path of its own: a text pasted into the API
 * or a file uploaded through it (the add-document dialog). The source is what a later version must
 * name to replace a document, so it is made from the content: the same bytes sent again are the same
 * document, and another file that happens to share the name never replaces the first one's evidence.
 * A caller who means to replace names the source itself.
 */
import { createHash } from 'node:crypto';

const hash12 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 12);

/** `pasted-<hash>.txt`: one paste never replaces another. */
export function pastedSource(text: string): string {
  return `pasted-${hash12(text)}.txt`;
}

/**
 * `upload:<hash>/<file name>`: the file name stays the last part, so it is still what the document's
 * `fileName` and citation show. A client that sends a whole path ('C:\\x\\notes.txt') is cut to its name.
 */
export function uploadSource(fileName: string, data: Uint8Array): string {
  const name = fileName.split(/[\\/]/).pop()?.trim() || 'upload.txt';
  return `upload:${hash12(data)}/${name}`;
}
