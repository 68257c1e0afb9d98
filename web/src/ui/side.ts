/**
 * @module The side panel the inspector and the evidence view share. Each opening takes a ticket, so an
 * answer that arrives after the analyst clicked something else is dropped instead of overwriting.
 */
import { $, fill, h } from './dom.ts';

let ticket = 0;

export function openSide(title: string | Node, ...content: (Node | string | null)[]): number {
  const side = $('#side');
  fill(side,
    h('div', { class: 'side-head' },
      h('h2', { id: 'side-title' }, title),
      h('button', { class: 'close', title: 'Close (Esc)', 'aria-label': 'Close panel', onclick: closeSide }, '×')),
    h('div', { class: 'side-body' }, content));
  side.hidden = false;
  return ++ticket;
}

export function sideBody(): HTMLElement {
  return $('#side .side-body');
}

export function isCurrent(t: number): boolean {
  return t === ticket && !$('#side').hidden;
}

export function closeSide(): void {
  ticket++;
  $('#side').hidden = true;
}
