/**
 * @module Searching the sources themselves: a query over every document's text (words, "phrases",
 * prefix*, fuzzy~) with year and publisher filters; each result shows its citation and snippets
 * with the matched words marked (built from text nodes, never markup), the page of each, a button
 * that opens the document at the hit, and one that adds the entities named there to the canvas.
 */
import type { DocumentSearchAnswer, DocumentSearchHit } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { snippetSegments } from '../graph/quote.ts';
import { $, fill, h } from '../ui/dom.ts';
import { closeOnEscape, showNonModal } from '../ui/dialogs.ts';
import { addEntities } from './search.ts';

export function mountDocumentSearch(x: Explorer): void {
  const dialog = h('dialog', { id: 'doc-search', class: 'side-dialog', 'aria-labelledby': 'doc-search-title' });
  document.body.append(dialog);
  const query = h('input', { type: 'search', id: 'doc-search-q', placeholder: 'words, "a phrase", prefix*, misspelt~', 'aria-label': 'Search the documents\' text' });
  const year = h('input', { type: 'number', id: 'doc-search-year', min: 1900, max: 2100, placeholder: 'Year', 'aria-label': 'Only documents of this year' });
  const publisher = h('input', { type: 'text', id: 'doc-search-publisher', placeholder: 'Publisher', 'aria-label': 'Only documents of this publisher' });
  const results = h('div', { class: 'doc-search-results', 'aria-live': 'polite' });
  let controller: AbortController | undefined;

  const run = async () => {
    const q = query.value.trim();
    if (!q) return;
    controller?.abort();
    controller = new AbortController();
    let answer: DocumentSearchAnswer;
    try {
      answer = await x.api.searchDocuments(q, {
        ...(year.value ? { year: Number(year.value) } : {}),
        ...(publisher.value.trim() ? { publisher: publisher.value.trim() } : {}),
        limit: 20,
      }, controller.signal);
    } catch {
      return;
    }
    fill(results,
      h('p', { class: 'muted' }, answer.total === 0 ? 'No document matches.' : `${answer.total} document${answer.total === 1 ? '' : 's'} match${answer.total === 1 ? 'es' : ''}.`),
      h('ol', { class: 'doc-results' }, answer.results.map((hit) => result(x, hit))));
  };

  fill(dialog,
    h('div', { class: 'doc-head' }, h('h2', { id: 'doc-search-title' }, 'Search documents'),
      h('button', { class: 'close', 'aria-label': 'Close', onclick: () => dialog.close() }, '×')),
    h('form', { class: 'doc-search-form', onsubmit: (e: Event) => { e.preventDefault(); void run(); } },
      query, h('div', { class: 'button-row' }, year, publisher, h('button', { type: 'submit', class: 'primary' }, 'Search'))),
    results);
  closeOnEscape(dialog);
  $('#open-doc-search').addEventListener('click', () => showNonModal(dialog, query));
}

function result(x: Explorer, hit: DocumentSearchHit): HTMLElement {
  const d = hit.document;
  return h('li', { class: 'doc-result' },
    h('p', { class: 'cite' }, h('button', { class: 'link doc-link', onclick: () => x.emit('open-document', d.id) }, d.citation)),
    hit.snippets.map((s) => h('div', { class: 'snippet' },
      h('p', { class: 'snippet-text' },
        d.pages > 1 ? h('span', { class: 'muted page' }, `p. ${s.page} · `) : null,
        snippetSegments(s.text, s.highlights).map((seg) => (seg.mark ? h('mark', {}, seg.text) : seg.text))),
      h('div', { class: 'button-row' },
        h('button', { class: 'open-hit', onclick: () => x.emit('open-document', d.id, { start: s.start + (s.highlights[0]?.start ?? 0), end: s.start + (s.highlights[0]?.end ?? 0), quote: '' }) }, 'Open at this hit'),
        s.entities.length
          ? h('button', { class: 'add-entities', title: s.entities.map((e) => e.name).join(', '), onclick: () => void addEntities(x, s.entities.map((e) => e.id)) }, `Add ${s.entities.length} entit${s.entities.length === 1 ? 'y' : 'ies'} to the canvas`)
          : null))));
}
