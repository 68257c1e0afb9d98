/**
 * @module Filters applied live (entity types, relationship types, minimum confidence, source
 * documents, a time range over the years the evidence carries) and the legend, which doubles as the
 * type switches so the analyst learns the colours where they use them.
 */
import type { Explorer } from '../explorer.ts';
import { filtersActive, noFilters, yearSpan, type Filters } from '../graph/filters.ts';
import { legendEntries } from '../style/cy-style.ts';
import { swatchBackground } from '../style/palette.ts';
import { $, fill, h } from '../ui/dom.ts';

export const rejectedDefaults = {
  /** Entities whose rejected relationships are asked for when the analyst shows them; a canvas is rarely larger. */
  entitiesAsked: 200,
};

export function mountFilters(x: Explorer): void {
  const root = $('#filters');
  const set = (patch: Partial<Filters>) => x.setFilters({ ...x.filters, ...patch });
  const toggle = (list: string[], name: string, on: boolean) => (on ? list.filter((n) => n !== name) : [...list, name]);

  const typeBoxes = new Map<string, { box: HTMLInputElement; count: HTMLElement }>();
  const legendRow = (kind: 'entity' | 'relation', name: string, label: string, swatch: HTMLElement) => {
    const box = h('input', { type: 'checkbox', checked: true, 'data-kind': kind, 'data-name': name, onchange: () => {
      if (kind === 'entity') set({ hiddenEntityTypes: toggle(x.filters.hiddenEntityTypes, name, box.checked) });
      else set({ hiddenRelTypes: toggle(x.filters.hiddenRelTypes, name, box.checked) });
    } });
    const count = h('span', { class: 'count' });
    typeBoxes.set(`${kind}:${name}`, { box, count });
    return h('label', { class: 'legend-row' }, box, swatch, h('span', {}, label), count);
  };
  const entries = legendEntries();

  const confidence = h('input', { type: 'range', min: 0, max: 1, step: 0.05, value: 0, 'aria-label': 'Minimum confidence' });
  const confidenceValue = h('output', {}, '0.00');
  confidence.addEventListener('input', () => set({ minConfidence: Number(confidence.value) }));

  const yearOn = h('input', { type: 'checkbox', 'aria-label': 'Limit to a time range' });
  const yearFrom = h('input', { type: 'range', step: 1, 'aria-label': 'From year' });
  const yearTo = h('input', { type: 'range', step: 1, 'aria-label': 'To year' });
  const yearValue = h('output', {}, 'any year');
  const setYears = () => {
    const a = Number(yearFrom.value);
    const b = Number(yearTo.value);
    set({ years: yearOn.checked ? [Math.min(a, b), Math.max(a, b)] : null });
  };
  for (const el of [yearOn, yearFrom, yearTo]) el.addEventListener('input', setYears);
  const includeUndated = h('input', { type: 'checkbox', id: 'include-undated', onchange: () => set({ includeUndated: includeUndated.checked }) });

  const docList = h('div', { class: 'doc-filter' }, h('p', { class: 'muted' }, 'Loading documents…'));
  const docBoxes = new Map<string, HTMLInputElement>();
  const setDocuments = async () => {
    const chosen = [...docBoxes].filter(([, b]) => b.checked).map(([id]) => id);
    await x.ensureDocsByEdge();
    set({ documents: chosen.length === docBoxes.size ? null : chosen });
  };
  const loadDocuments = async () => {
    try {
      const { documents } = await x.api.documents();
      docBoxes.clear();
      fill(docList, documents.length === 0 ? h('p', { class: 'muted' }, 'No documents yet.') : documents.map((d) => {
        const box = h('input', { type: 'checkbox', checked: !x.filters.documents || x.filters.documents.includes(d.id), 'data-doc': d.id, onchange: () => void setDocuments() });
        docBoxes.set(d.id, box);
        return h('div', { class: 'legend-row' },
          h('label', { class: 'legend-row', title: [d.publisher, d.date].filter(Boolean).join(', ') }, box, h('span', { class: 'doc-title' }, d.title || d.source)),
          h('button', { class: 'link read', title: 'Read the document', onclick: () => x.emit('open-document', d.id) }, 'read'));
      }));
    } catch {
      fill(docList, h('p', { class: 'muted' }, 'Documents could not be loaded.'));
    }
  };

  /** Rejected relationships are left out of graph answers; showing them asks again for those among the entities on the canvas. */
  const showRejected = h('input', { type: 'checkbox', id: 'show-rejected', onchange: () => void toggleRejected(showRejected.checked) });
  const toggleRejected = async (on: boolean) => {
    x.showRejected = on;
    if (!on) {
      x.cy.edges('[review = "rejected"]').remove();
      x.emit('changed');
      return;
    }
    const ids = x.entities().map((n) => n.id());
    const onCanvas = new Set(ids);
    const graphs = await Promise.all(ids.slice(0, rejectedDefaults.entitiesAsked).map((id) => x.api.neighbors(id, { depth: 1, limit: 300, rejected: true })));
    const edges = graphs.flatMap((g) => g.edges).filter((ed) => ed.data.review === 'rejected' && onCanvas.has(ed.data.source) && onCanvas.has(ed.data.target));
    x.add({ nodes: [], edges }, { record: false });
  };
  const reset = h('button', { id: 'reset-filters', hidden: true, onclick: () => x.setFilters(noFilters) }, 'Reset filters');
  fill(root,
    h('div', { class: 'filters-head' }, h('h2', {}, 'Filters and legend'), reset),
    h('details', { open: true }, h('summary', {}, 'Entity types'),
      entries.filter((e) => e.kind === 'entity').map((e) => legendRow('entity', e.name, e.label, h('span', { class: `swatch shape-${e.shape}`, style: `background:${e.color}` })))),
    h('details', { open: true }, h('summary', {}, 'Relationship types'),
      entries.filter((e) => e.kind === 'relation').map((e) => legendRow('relation', e.name, e.label, h('span', { class: 'line-swatch', style: `background:${swatchBackground({ color: e.color, dash: e.dash ?? 'solid' })}` })))),
    h('details', { open: true }, h('summary', {}, 'Confidence and time'),
      h('label', { class: 'slider' }, 'Minimum confidence ', confidenceValue, confidence),
      h('label', { class: 'legend-row' }, yearOn, 'Only years ', yearValue),
      h('div', { class: 'year-sliders' }, yearFrom, yearTo),
      h('label', { class: 'legend-row', title: 'Links whose evidence gives no year (drawn with a hollow circle at their start)' }, includeUndated, 'Include undated links', h('span', { class: 'count', id: 'undated-count' }))),
    h('details', { open: true }, h('summary', {}, 'Review'),
      h('label', { class: 'legend-row' }, showRejected, 'Show rejected relationships (struck through)')),
    h('details', {}, h('summary', {}, 'Source documents'), docList),
    h('details', {}, h('summary', {}, 'How to read the graph'),
      h('ul', { class: 'legend-notes' },
        h('li', {}, h('span', { class: 'flag-sample' }, '⚠ Red border'), ': on a watchlist or sanctioned (see the inspector for which list or by whom).'),
        h('li', {}, h('span', { class: 'restricted-sample' }, '⊘ Dashed amber border'), ': restricted or blocked in a country, per a document; not a sanction.'),
        h('li', {}, 'Edge width: how many sentences support it. Faint edge: low confidence.'),
        h('li', {}, 'Each relationship type has its own colour and dash (see the types above). Hollow diamond mid-edge: planned or cancelled; bar at the end: banned. Pale node: discovered in text, not in the catalog.'),
        h('li', {}, 'Hollow circle at an edge\'s start: no year in its evidence (undated); a year range leaves it out unless "Include undated links" is on.'),
        h('li', {}, 'Names that would overlap another are hidden until you point at the entity or select it.'),
        h('li', {}, '✓ at an edge\'s start: confirmed by a person; "✗ rejected": rejected by one, drawn only with "Show rejected".'),
        h('li', {}, 'Double border: pinned in place. Orange: the path that justifies the current view.'))),
  );
  void loadDocuments();
  x.on('documents-changed', () => void loadDocuments());

  x.on('changed', () => {
    const f = x.filters;
    reset.hidden = !filtersActive(f);
    // The legend counts what is drawn, like the footer: filtered and hidden elements are not.
    const counts = new Map<string, number>();
    const { nodes, edges } = x.visible();
    nodes.forEach((n) => { counts.set(`entity:${n.data('type')}`, (counts.get(`entity:${n.data('type')}`) ?? 0) + 1); });
    edges.forEach((e) => { counts.set(`relation:${e.data('type')}`, (counts.get(`relation:${e.data('type')}`) ?? 0) + 1); });
    for (const [key, { box, count }] of typeBoxes) {
      const [kind, name] = key.split(':');
      box.checked = !(kind === 'entity' ? f.hiddenEntityTypes : f.hiddenRelTypes).includes(name ?? '');
      count.textContent = counts.get(key) ? String(counts.get(key)) : '';
    }
    confidence.value = String(f.minConfidence);
    confidenceValue.textContent = f.minConfidence.toFixed(2);
    const span = yearSpan(x.edgeData());
    for (const el of [yearOn, yearFrom, yearTo]) el.disabled = !span;
    if (span) {
      yearFrom.min = yearTo.min = String(span[0]);
      yearFrom.max = yearTo.max = String(span[1]);
      if (!f.years) { yearFrom.value = String(span[0]); yearTo.value = String(span[1]); }
    }
    yearOn.checked = Boolean(f.years);
    includeUndated.checked = f.includeUndated;
    includeUndated.disabled = !f.years;
    const undated = x.cy.edges('[?undated]').length;
    ($('#undated-count')).textContent = undated ? String(undated) : '';
    if (f.years) { yearFrom.value = String(f.years[0]); yearTo.value = String(f.years[1]); }
    yearValue.textContent = f.years ? `${f.years[0]}–${f.years[1]}` : span ? `(any, ${span[0]}–${span[1]})` : '(no dated evidence shown)';
    for (const [id, box] of docBoxes) box.checked = !f.documents || f.documents.includes(id);
  });
}
