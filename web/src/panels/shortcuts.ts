/**
 * @module Toolbar buttons and keyboard shortcuts, and the help dialog that lists them. One table of
 * shortcuts drives both the key handler and the help text, so they cannot disagree.
 */
import { CANVAS_KEYS } from '../canvas/keyboard.ts';
import type { Explorer } from '../explorer.ts';
import type { LayoutName } from '../graph/url-state.ts';
import { $, fill, h } from '../ui/dom.ts';
import { togglePanel } from '../ui/panel-toggle.ts';
import { closeSide } from '../ui/side.ts';
import { TIMELINE_KEYS } from './timeline-keys.ts';

interface Shortcut { keys: string; label: string; match(e: KeyboardEvent): boolean; run(): void }

export function mountShortcuts(x: Explorer): void {
  const help = h('dialog', { id: 'help-dialog', 'aria-labelledby': 'help-title' });
  document.body.append(help);
  const selectedNodes = () => x.cy.nodes(':selected').map((n) => n.id());
  const ctrl = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
  const shortcuts: Shortcut[] = [
    { keys: '/', label: 'Search', match: (e) => e.key === '/', run: () => ($('#search') as HTMLInputElement).focus() },
    { keys: 'f', label: 'Fit the graph to the window', match: (e) => e.key === 'f' && !ctrl(e), run: () => x.cy.fit(x.cy.elements(':visible'), 30) },
    { keys: 'e', label: 'Expand the selected entity', match: (e) => e.key === 'e' && !ctrl(e), run: () => selectedNodes().slice(0, 1).forEach((id) => x.emit('expand-request', id, false)) },
    { keys: 'h', label: 'Hide the selection', match: (e) => e.key === 'h' && !ctrl(e), run: () => x.hide(x.selectedIds()) },
    { keys: 't', label: 'Show or hide the table of what is drawn (focus goes to it; Esc there closes it)', match: (e) => e.key === 't' && !ctrl(e), run: () => togglePanel('table') },
    { keys: 'm', label: 'Show or hide the map (focus goes to it; Esc there closes it)', match: (e) => e.key === 'm' && !ctrl(e), run: () => togglePanel('map') },
    { keys: 'l', label: 'Show or hide the timeline (focus goes to it; Esc there closes it and drops its period)', match: (e) => e.key === 'l' && !ctrl(e), run: () => togglePanel('timeline') },
    { keys: 'p', label: 'Pin or unpin the selected entities', match: (e) => e.key === 'p' && !ctrl(e), run: () => x.togglePin(selectedNodes()) },
    { keys: 'Delete', label: 'Remove the selection from the view', match: (e) => e.key === 'Delete' || e.key === 'Backspace', run: () => x.remove(x.selectedIds()) },
    { keys: 'Ctrl+Z', label: 'Undo', match: (e) => ctrl(e) && !e.shiftKey && e.key.toLowerCase() === 'z', run: () => x.undo() },
    { keys: 'Ctrl+Shift+Z', label: 'Redo', match: (e) => ctrl(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key === 'y'), run: () => x.redo() },
    { keys: 'Esc', label: 'Close the panel, clear highlights', match: (e) => e.key === 'Escape', run: () => { closeSide(); x.clearHighlight(); } },
    { keys: '?', label: 'This help', match: (e) => e.key === '?', run: () => help.showModal() },
  ];
  fill(help,
    h('div', { class: 'doc-head' }, h('h2', { id: 'help-title' }, 'Keyboard shortcuts and tips'),
      h('button', { class: 'close', 'aria-label': 'Close help', onclick: () => help.close() }, '×')),
    h('table', { class: 'shortcuts' }, [...shortcuts, ...CANVAS_KEYS, ...TIMELINE_KEYS].map((s) => h('tr', {}, h('td', {}, h('kbd', {}, s.keys)), h('td', {}, s.label)))),
    h('ul', {},
      h('li', {}, 'Click an entity to inspect it; click an edge to read the sentences behind it.'),
      h('li', {}, 'Double-click an entity to expand its neighbours; drag on the background with Shift (or Ctrl) to box-select.'),
      h('li', {}, 'Shift+R opens the review queue: j/k (or ↓/↑) move, c confirms, x rejects with a reason, e edits, o opens the document.'),
      h('li', {}, 'Select a sentence in a document to add the fact it states; "Investigations" saves the case on the server.'),
      h('li', {}, 'The address bar always holds a link to the current view.'),
      h('li', {}, 'Power users: window.__sightline exposes the Cytoscape instance (cy) and the explorer.')));

  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    // Text fields keep their keys; a checkbox or slider that merely has focus does not.
    const typing = t.closest('input:not([type=checkbox]):not([type=radio]):not([type=range]), textarea, select, [contenteditable]') !== null;
    if (typing && e.key !== 'Escape') return;
    // A modal dialog owns the keyboard; it closes itself on Escape.
    if (document.querySelector('dialog[open]:modal')) return;
    const s = shortcuts.find((sc) => sc.match(e));
    if (!s) return;
    if (typing) (t as HTMLInputElement).blur();
    e.preventDefault();
    s.run();
  });

  const layout = $('#layout') as HTMLSelectElement;
  layout.addEventListener('change', () => void x.relayout(layout.value as LayoutName));
  x.on('changed', () => {
    layout.value = x.layout;
    ($('#undo') as HTMLButtonElement).disabled = !x.history.canUndo;
    ($('#redo') as HTMLButtonElement).disabled = !x.history.canRedo;
  });
  $('#fit').addEventListener('click', () => x.cy.fit(x.cy.elements(':visible'), 30));
  $('#undo').addEventListener('click', () => x.undo());
  $('#redo').addEventListener('click', () => x.redo());
  $('#show-hidden').addEventListener('click', () => x.showHidden());
  $('#clear-highlight').addEventListener('click', () => x.clearHighlight());
  $('#help').addEventListener('click', () => help.showModal());
}
