/** @module The one error a document that cannot be read raises; `reason` is a line a user can act on. */

export type UnreadableReason = 'empty' | 'binary' | 'invalid-utf8' | 'too-large';

export class UnreadableDocumentError extends Error {
  override name = 'UnreadableDocumentError';
  constructor(readonly reason: UnreadableReason, message: string) {
    super(message);
  }
}
