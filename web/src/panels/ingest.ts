/**
 * @module Adding a document from the explorer: paste text, give a URL or upload a file, preview what the pipeline
 * extracts (POST /api/documents?dryRun=true) as a list and as dashed elements on the canvas, then
 * "Add to graph" posts it for real. The preview is non-modal so the canvas stays visible beside it.
 */
import type { IngestAnswer } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { previewElements, previewLines } from '../graph/ingest-preview.ts';
import { relationDisplay } from '../style/cy-style.ts';
import { $, fill, h } from '../ui/dom.ts';
import { closeOnEscape, showNonModal } from '../ui/dialogs.ts';
import { showError } from '../ui/notify.ts';

export function mountIngest(x: Explorer): void {
  const dialog = h('dialog', { id: 'ingest-dialog', class: 'side-dialog', 'aria-labelledby': 'ingest-title' });
  document.body.append(dialog);
  const title = h('input', { type: 'text', placeholder: 'Title (optional)', 'aria-label': 'Document title' });
  const text = h('textarea', { rows: 10, placeholder: 'Paste the article text here…', 'aria-label': 'Document text' });
  const url = h('input', { type: 'url', id: 'ingest-url', placeholder: 'https://… (fetched by the server)', 'aria-label': 'Address of a web page, PDF or Word file to fetch' });
  const file = h('input', { type: 'file', accept: '.txt,.md,.html,.htm,.xhtml,.pdf,.docx,text/*', 'aria-label': 'Upload a document' });
  const result = h('div', { class: 'ingest-result', 'aria-live': 'polite' });
  const addButton = h('button', { class: 'primary', disabled: true }, 'Add to graph');
  let previewIds: string[] = [];

  const body = () => {
    const typed = title.value.trim() || undefined;
    const chosen = file.files?.[0];
    if (chosen) return { title: typed, file: chosen };
    return url.value.trim() ? { title: typed, fetch: url.value.trim() } : { title: typed, text: text.value };
  };
  const clearPreview = () => {
    x.cy.batch(() => previewIds.forEach((id) => x.cy.getElementById(id).remove()));
    previewIds = [];
    x.applyFilters();
    x.emit('changed');
  };
  const show = (answer: IngestAnswer) => {
    const { nodes, edges } = previewElements(answer.entities, answer.relations);
    const lines = previewLines(nodes, edges, relationDisplay);
    fill(result,
      h('p', {}, h('strong', {}, answer.status === 'preview' ? 'Preview' : `Document ${answer.status}`), ` — ${answer.document.title ?? ''}`),
      h('h3', {}, `${nodes.length} entities`),
      h('ul', { class: 'preview-list' }, nodes.map((n) => h('li', {}, n.data.label, h('span', { class: 'muted' }, ` ${n.data.type}`)))),
      h('h3', {}, `${lines.length} relationships`),
      h('ul', { class: 'preview-list' }, lines.map((l) => h('li', {}, l))));
    return { nodes, edges };
  };

  const preview = async () => {
    if (!file.files?.[0] && !text.value.trim() && !url.value.trim()) { showError('Paste some text, give an address or choose a file first.', 'info'); return; }
    clearPreview();
    const answer = await x.api.ingest(body(), true).catch(() => null);
    if (!answer) return;
    const added = x.add(show(answer), { classes: 'preview' });
    previewIds = [...added.edges, ...added.nodes];
    addButton.disabled = false;
    if (added.nodes.length) await x.relayout(x.layout, true);
  };
  const commit = async () => {
    addButton.disabled = true;
    const answer = await x.api.ingest(body(), false).catch(() => null);
    if (!answer) { addButton.disabled = false; return; }
    clearPreview();
    const added = x.add(show(answer));
    x.docsByEdge = undefined;
    x.emit('documents-changed');
    showError(`Document ${answer.status}: ${added.nodes.length} entities and ${added.edges.length} relationships added to the view.`, 'info');
    if (added.nodes.length) await x.relayout(x.layout, true);
  };

  fill(dialog,
    h('div', { class: 'doc-head' }, h('h2', { id: 'ingest-title' }, 'Add a document'),
      h('button', { class: 'close', 'aria-label': 'Close', onclick: () => { clearPreview(); dialog.close(); } }, '×')),
    h('p', { class: 'muted' }, 'Entities and relationships are extracted from the text, each with the sentence it came from. Preview first; nothing is stored until you add it.'),
    title, text, h('label', {}, 'or fetch ', url), h('label', {}, 'or upload a file ', file),
    h('div', { class: 'button-row' }, h('button', { onclick: () => void preview() }, 'Preview'), addButton),
    result);
  addButton.addEventListener('click', () => void commit());
  closeOnEscape(dialog);
  $('#open-ingest').addEventListener('click', () => showNonModal(dialog, title));
}
