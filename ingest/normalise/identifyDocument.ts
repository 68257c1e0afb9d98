/**
 * @module identifyDocument: the document's id, a hash of its normalised text, so the same content
 * always gets the same id whatever the file is called.
 */
import { createHash } from 'node:crypto';
import { defineStage } from '../stage.ts';

/** Document id: the same normalised content always gets the same id, whatever the file is called. */
export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export const identifyDocument = defineStage({
  name: 'identifyDocument',
  requires: ['text'],
  assigns: 'docId',
  run: (w) => documentId(w.text),
});
