/**
 * @module The document view: the full source text, page by page for a PDF, with its entity mentions
 * underlined and, when opened from a piece of evidence or a search hit, that passage highlighted
 * and scrolled into view. Selecting text offers to add the fact it states, the selection as its
 * quote, when the extractor missed it.
 */
import type { DocumentDetail } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { annotate, locateQuote, type Range, type Run } from '../graph/quote.ts';
import { entityColor } from '../style/cy-style.ts';
import { append, fill, h } from '../ui/dom.ts';
import { attachSuggest } from '../ui/suggest.ts';
import { ONTOLOGY } from '../../../cypher/ontology.ts';
import { PAGE_BREAK } from '../../../cypher/pages.ts';

export function mountDocumentView(x: Explorer): void {
  const dialog = h('dialog', { id: 'doc-dialog', class: 'doc-dialog', 'aria-labelledby': 'doc-title' });
  document.body.append(dialog);
  x.on('open-document', (docId, highlight) => void open(x, dialog, docId, highlight));
}

async function open(x: Explorer, dialog: HTMLDialogElement, docId: string, highlight?: { start: number; end: number; quote: string }): Promise<void> {
  fill(dialog, h('p', { class: 'muted' }, 'Loading document…'));
  if (!dialog.open) dialog.showModal();
  let detail: DocumentDetail;
  try {
    detail = await x.api.document(docId);
  } catch {
    fill(dialog, h('p', {}, 'This document could not be loaded.'), h('button', { onclick: () => dialog.close() }, 'Close'));
    return;
  }
  const d = detail.document;
  const ranges: Range[] = detail.mentions.map((m) => ({ start: m.start, end: m.end, cls: `mention:${m.entityId}` }));
  const hit = highlight ? locateQuote(d.text, highlight.quote, highlight.start, highlight.end) : null;
  if (hit) ranges.push({ start: hit[0], end: hit[1], cls: 'hit' });
  const types = new Map(detail.mentions.map((m) => [m.entityId, m]));
  // A PDF's pages are separated by a form feed (cypher/pages.ts): each becomes a page heading.
  let page = 1;
  const pageHeading = (n: number) => h('span', { class: 'page-break', 'data-page': n }, `Page ${n}`);
  const withPages = (text: string): (Node | string)[] => text.split(PAGE_BREAK).flatMap((part, i) => (i === 0 ? [part] : [pageHeading(++page), part]));
  const runNode = (run: Run): (Node | string)[] => {
    const mention = run.classes.find((c) => c.startsWith('mention:'))?.slice('mention:'.length);
    const m = mention ? types.get(mention) : undefined;
    return m ? [h('span', { class: 'mention', style: `text-decoration-color:${entityColor(m.type)}`, title: `${m.name} (${m.type})` }, withPages(run.text))] : withPages(run.text);
  };
  // The highlighted sentence is one <mark> around its runs, so mentions inside it stay marked too.
  const body = h('div', { class: 'doc-text' }, d.pages > 1 ? pageHeading(1) : null);
  let hitMark: HTMLElement | null = null;
  for (const run of annotate(d.text, ranges)) {
    if (run.classes.includes('hit')) {
      hitMark ??= body.appendChild(h('mark', { class: 'hit' }));
      append(hitMark, runNode(run));
    } else {
      append(body, runNode(run));
    }
  }
  // The dialog took focus while it was loading; the reader starts at the document's title once it is there.
  const heading = h('h2', { id: 'doc-title', tabindex: -1 }, d.title || d.source);
  const focusWasHere = dialog.contains(document.activeElement) || document.activeElement === document.body;
  fill(dialog,
    h('div', { class: 'doc-head' },
      heading,
      h('button', { class: 'close', 'aria-label': 'Close document', onclick: () => dialog.close() }, '×')),
    h('p', { class: 'entity-meta doc-citation' }, d.citation, d.author ? ` · ${d.author}` : '', d.pages > 1 ? ` · ${d.pages} pages` : ''),
    addFact(x, d.id, body),
    body);
  if (focusWasHere && dialog.open) heading.focus();
  // Scroll once the dialog has laid out, otherwise the target has no position yet.
  requestAnimationFrame(() => body.querySelector('.hit')?.scrollIntoView({ block: 'center' }));
}

/** Where a selection starts and ends in the document's text: the body holds that text exactly, run by run. */
function selectionOffsets(body: HTMLElement): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(body, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** The form that adds a fact with the selected sentence as its quote; shown once text is selected. */
function addFact(x: Explorer, docId: string, body: HTMLElement): HTMLElement {
  const ends: { source?: string; target?: string } = {};
  const input = (which: 'source' | 'target', label: string) => {
    const el = h('input', { type: 'search', class: `fact-${which}`, placeholder: label, 'aria-label': label });
    return attachSuggest(el, x.api, (r) => { ends[which] = r.id; el.value = r.name; });
  };
  const type = h('select', { class: 'fact-type', 'aria-label': 'Relationship type' }, ONTOLOGY.relationTypes.map((t) => h('option', { value: t.name }, t.display)));
  const quote = h('blockquote', { class: 'quote fact-quote' });
  const out = h('p', { class: 'outcome' });
  let selected: { start: number; end: number } | null = null;
  const form = h('section', { class: 'add-fact', hidden: true },
    h('h3', {}, 'Add the fact this text states'), quote,
    h('div', { class: 'fact-row' }, input('source', 'Who (source entity)'), type, input('target', 'Whom (target entity)')),
    h('button', {
      class: 'apply-fact',
      onclick: async () => {
        if (!selected || !ends.source || !ends.target) {
          out.replaceChildren(h('span', { class: 'error-text' }, 'Choose both entities from the suggestions'));
          return;
        }
        try {
          const { relationship } = await x.api.addFact({ source: ends.source, type: type.value, target: ends.target, support: { kind: 'quote', doc: docId, ...selected } });
          out.replaceChildren(`Added ${relationship}.`);
          const around = await x.api.neighbors(ends.source, { depth: 1, limit: 300 });
          const edge = around.edges.filter((e) => e.data.id === relationship);
          x.add({ nodes: around.nodes.filter((n) => n.data.id === ends.source || n.data.id === ends.target), edges: edge });
          await x.relayout(x.layout, true);
        } catch (e) {
          out.replaceChildren(h('span', { class: 'error-text' }, (e as Error).message));
        }
      },
    }, 'Add the fact'),
    out);
  body.addEventListener('mouseup', () => {
    const offsets = selectionOffsets(body);
    if (!offsets) return;
    selected = offsets;
    quote.textContent = body.textContent!.slice(offsets.start, offsets.end);
    form.hidden = false;
  });
  return form;
}
