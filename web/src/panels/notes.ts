/**
 * @module The notes of the investigation being worked on, on entities, relationships or the case:
 * kept here so that the investigations dialog edits them while the inspector and the evidence view
 * show the ones about what they show, and opening an investigation shows those on the case. Notes
 * are the analyst's text and are shown as text (ui/dom.ts), never as markup.
 */
import type { CaseFile } from '../api/types.ts';
import { h } from '../ui/dom.ts';

export type CaseNote = CaseFile['notes'][number];
export type NoteTarget = CaseNote['target'];

let notes: CaseNote[] = [];

export const caseNotes = (): CaseNote[] => notes;

export function setCaseNotes(next: CaseNote[]): void {
  notes = next;
}

const about = (n: CaseNote, target: NoteTarget) =>
  n.target.kind === target.kind && (target.kind === 'case' || (n.target.kind !== 'case' && n.target.id === target.id));

/** The notes on one element, or on the case, as a section of the side panel; nothing when it has none. */
export function notesSection(target: NoteTarget): HTMLElement | null {
  const on = notes.filter((n) => about(n, target));
  if (!on.length) return null;
  return h('section', { class: 'element-notes' },
    h('h3', {}, target.kind === 'case' ? 'Notes on the case' : 'Notes in this investigation'),
    h('ul', {}, on.map((n) => h('li', {}, n.text,
      n.by || n.at ? h('span', { class: 'muted' }, ` — ${[n.by, n.at?.slice(0, 10)].filter(Boolean).join(', ')}`) : null))));
}
