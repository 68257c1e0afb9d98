/**
 * @module The side panel the inspector and the evidence view share. Each opening takes a ticket, so an
 * answer that arrives after the analyst clicked something else is dropped instead of overwriting.
 */
import { $, fill, h } from './dom.ts';

let ticket = 0;
/** What had focus when the panel opened from closed: focus goes back there when it closes. */
let opener: HTMLElement | null = null;

/**
 * Fills the panel. Focus that was in the panel (on a button its new content replaces) or lost to the
 * page goes to the new heading, so a keyboard or screen-reader user lands on what opened instead of
 * the top of the page; focus elsewhere (the canvas, the search box) stays where it is.
 */
export function openSide(title: string | Node, ...content: (Node | string | null)[]): number {
  const side = $('#side');
  const focused = document.activeElement;
  const takeFocus = !focused || focused === document.body || side.contains(focused);
  if (side.hidden) opener = focused instanceof HTMLElement && focused !== document.body ? focused : null;
  const heading = h('h2', { id: 'side-title', tabindex: -1 }, title);
  fill(side,
    h('div', { class: 'side-head' },
      heading,
      h('button', { class: 'close', title: 'Close (Esc)', 'aria-label': 'Close panel', onclick: closeSide }, '×')),
    h('div', { class: 'side-body' }, content));
  side.hidden = false;
  if (takeFocus) heading.focus();
  return ++ticket;
}

export function sideBody(): HTMLElement {
  return $('#side .side-body');
}

export function isCurrent(t: number): boolean {
  return t === ticket && !$('#side').hidden;
}

/**
 * Focus inside the closing panel goes back to what opened it (the canvas, a toolbar button, a table
 * row) while that is still on the page, else to the graph it was about, never to the top of the page.
 */
export function closeSide(): void {
  ticket++;
  const side = $('#side');
  const hadFocus = side.contains(document.activeElement);
  side.hidden = true;
  if (!hadFocus) return;
  if (opener?.isConnected && opener.getClientRects().length > 0) opener.focus();
  else document.getElementById('graph')?.focus();
}
