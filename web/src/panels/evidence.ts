/**
 * @module The evidence of one relationship: every supporting sentence with both entity names marked,
 * its document, publisher and date, the rule that fired, and a link into the document view with the
 * sentence highlighted. This is where an analyst checks a claim against its source.
 */
import { IN_COUNTRY } from '../../../cypher/ontology.ts';
import type { EdgeData, NodeData, RelationshipDetail } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { markNames } from '../graph/quote.ts';
import { relationDisplay } from '../style/cy-style.ts';
import { h } from '../ui/dom.ts';
import { isCurrent, openSide, sideBody } from '../ui/side.ts';
import { relationshipCuration } from './curation.ts';
import { notesSection } from './notes.ts';

export function mountEvidence(x: Explorer): void {
  x.on('select-edge', (id) => void show(x, id));
}

/** A place or body in its country: reference data, with no sentence behind it and nothing to load. */
function showReference(x: Explorer, edge: EdgeData): void {
  const name = (nodeId: string) => (x.cy.getElementById(nodeId).data('label') as string | undefined) ?? nodeId;
  openSide(
    h('span', {}, name(edge.source), ' ', h('em', {}, 'is in'), ' ', name(edge.target)),
    h('p', { class: 'muted' }, `Reference data: the catalog and gazetteer place ${name(edge.source)} in ${name(edge.target)}. No document states it, so there is no quote; supply chains use it to count a city's suppliers as its country's.`),
    h('div', { class: 'button-row' },
      h('button', { onclick: () => x.emit('select-node', edge.source) }, `Inspect ${name(edge.source)}`),
      h('button', { onclick: () => x.emit('select-node', edge.target) }, `Inspect ${name(edge.target)}`)),
  );
}

async function show(x: Explorer, id: string): Promise<void> {
  const edge = x.cy.getElementById(id);
  if (edge.nonempty() && edge.data('type') === IN_COUNTRY) {
    showReference(x, edge.data() as EdgeData);
    return;
  }
  const ticket = openSide('Relationship', h('p', { class: 'muted' }, 'Loading evidence…'));
  let detail: RelationshipDetail;
  try {
    detail = await x.api.relationship(id);
  } catch {
    if (isCurrent(ticket)) sideBody().replaceChildren(h('p', { class: 'muted' }, 'This relationship could not be loaded.'));
    return;
  }
  if (!isCurrent(ticket)) return;
  const r = detail.relationship;
  const aliases = (nodeId: string) => {
    const n = x.cy.getElementById(nodeId);
    return n.nonempty() ? (n.data() as NodeData).aliases ?? [] : [];
  };
  const names = [r.sourceName, r.targetName, ...aliases(r.source), ...aliases(r.target)];
  const onCanvas = () => x.cy.getElementById(id).nonempty();
  const curation = relationshipCuration(x, detail);
  openSide(
    h('span', {}, r.sourceName, ' ', h('em', {}, relationDisplay(r.type)), ' ', r.targetName),
    h('p', { class: 'entity-meta' },
      `Confidence ${r.confidence.toFixed(2)} · ${r.evidenceCount} piece${r.evidenceCount === 1 ? '' : 's'} of evidence`,
      r.years.length ? ` · ${r.years.join(', ')}` : '', r.status ? ` · ${r.status}` : '',
      r.review === 'confirmed' ? ' · ✓ confirmed' : r.review === 'rejected' ? ' · ✗ rejected' : ''),
    h('div', { class: 'button-row' },
      h('button', { onclick: () => x.emit('select-node', r.source) }, `Inspect ${r.sourceName}`),
      h('button', { onclick: () => x.emit('select-node', r.target) }, `Inspect ${r.targetName}`),
      h('button', { onclick: () => (onCanvas() ? x.hide([id]) : undefined) }, 'Hide'),
      h('button', { onclick: () => x.remove([id]) }, 'Remove')),
    notesSection({ kind: 'relationship', id }),
    h('h3', {}, 'Evidence'),
    h('ol', { class: 'evidence' }, detail.evidence.map((ev) => h('li', { class: ev.disputed ? 'disputed' : '' },
      h('blockquote', { class: 'quote' }, markNames(ev.quote, names).map((s) => (s.mark ? h('mark', {}, s.text) : s.text))),
      h('p', { class: 'cite' },
        h('button', { class: 'link doc-link', title: 'Open the document at this sentence', onclick: () => x.emit('open-document', ev.doc, { start: ev.start, end: ev.end, quote: ev.quote }) }, ev.documentTitle || ev.doc),
        // The server's citation (title, publisher, date, URL or file, page), as reports and exports print it.
        h('span', { class: 'citation' }, ` · ${ev.citation}`),
        h('span', { class: 'muted' }, ` · rule ${ev.rule}, confidence ${ev.confidence.toFixed(2)}${ev.status ? `, ${ev.status}` : ''}`),
        ev.disputed ? h('strong', { class: 'disputed-mark' }, ' · does not support it, says a person') : null,
        h('button', { class: 'link dispute', onclick: () => void curation.dispute(ev.key, !ev.disputed) }, ev.disputed ? ' It does support it' : ' Does not support it'))))),
    curation.section,
  );
}
