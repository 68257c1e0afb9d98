/** @module The one error a document that cannot be read raises; `reason` is a line a user can act on. */

export type UnreadableReason =
  | 'empty' | 'binary' | 'invalid-utf8' | 'too-large'
  /** Text that declares a character set no decoder knows. */
  | 'unknown-charset'
  /** A PDF that asks for a password to open. */
  | 'encrypted'
  /** A PDF with pages but no text layer (scanned images): it needs OCR first. */
  | 'no-text'
  /** A file whose format it claims is broken (a truncated PDF, a .docx that is not a Word package). */
  | 'damaged'
  /** A web page that asks for a login (a password form) instead of showing an article. */
  | 'login-page'
  /** A URL that could not be fetched: an HTTP error, no answer in time, a refused connection. */
  | 'fetch-failed'
  /** A URL on a loopback, private or link-local address, which the API does not fetch. */
  | 'private-address'
  /** A sidecar NAME.meta.json that is not the JSON it should be. */
  | 'bad-metadata';

export class UnreadableDocumentError extends Error {
  override name = 'UnreadableDocumentError';
  constructor(readonly reason: UnreadableReason, message: string) {
    super(message);
  }
}
