/**
 * @module Saved investigations: the case an analyst builds, kept on the server with the canvas
 * (elements, positions, hidden elements, pins, highlights, filters, the viewport, the timeline's period,
 * which of the map and the timeline are open and the part of the world the map shows) and notes on
 * entities, relationships or the case itself. Save, list, open, rename, duplicate, delete, export
 * and import, from one dialog; a case opens from its short link `#investigation=<id>`. The view URL
 * still serves quick shares.
 */
import { ApiError } from '../api/client.ts';
import type { CaseFile, Investigation } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { noFilters, type Filters } from '../graph/filters.ts';
import { openView } from '../start.ts';
import { $, download, fill, h } from '../ui/dom.ts';
import { openSide } from '../ui/side.ts';
import { caseNotes, notesSection, setCaseNotes, type CaseNote as Note } from './notes.ts';

/** The case being worked on: saving updates it, at the version it was opened or last saved at. */
let current: { id: string; name: string; version: number } | undefined;

export function caseFileOf(x: Explorer): CaseFile {
  const snap = x.snapshot();
  return {
    nodes: snap.nodes.map((n) => n.data.id),
    edges: snap.edges.map((e) => e.id),
    positions: Object.fromEntries(snap.nodes.map((n) => [n.data.id, n.position])),
    hidden: snap.hidden,
    pinned: snap.pinned,
    highlighted: x.cy.elements('.path').map((e) => e.id()),
    filters: { ...x.filters },
    notes: caseNotes(),
    viewport: { zoom: x.cy.zoom(), pan: { ...x.cy.pan() } },
    ...x.timeAndPlace(),
  };
}

/** Opens a saved investigation: its elements, then exactly its positions, hidden elements, pins, highlights, panels, viewport and period. */
export async function openInvestigation(x: Explorer, id: string): Promise<Investigation> {
  const inv = await x.api.investigation(id);
  const s = inv.state;
  const filters: Filters = { ...noFilters, ...(s.filters as Partial<Filters>) };
  await openView(x, { nodes: s.nodes, edges: s.edges, layout: x.layout, filters });
  x.cy.batch(() => {
    for (const [nodeId, p] of Object.entries(s.positions)) {
      const n = x.cy.getElementById(nodeId);
      if (n.nonempty()) n.unlock().position(p);
    }
    x.cy.elements().removeClass('hidden pinned path');
    for (const el of s.hidden) x.cy.getElementById(el).addClass('hidden');
    for (const el of s.pinned) x.cy.getElementById(el).addClass('pinned').lock();
    for (const el of s.highlighted) x.cy.getElementById(el).addClass('path');
  });
  // One saved before panels were kept has neither: the map closed, the timeline open, as they opened then.
  x.setPanels({ map: s.map, timeline: s.timeline });
  if (s.viewport) x.cy.viewport({ zoom: s.viewport.zoom, pan: s.viewport.pan });
  current = { id: inv.id, name: inv.name, version: inv.version };
  setCaseNotes(s.notes);
  x.setFilters(filters);
  // One saved before periods were kept has none: all years, as it was then.
  x.period = s.period ?? null;
  x.emit('period', x.period);
  // The inspector opens on the case: what it is and the notes on it; notes on an entity or a
  // relationship show when that is inspected.
  openSide(inv.name,
    h('p', { class: 'entity-meta' }, `Investigation · saved ${inv.updatedAt.slice(0, 16).replace('T', ' ')} by ${inv.updatedBy}`),
    notesSection({ kind: 'case' }) ?? h('p', { class: 'muted' }, 'No notes on the case.'));
  return inv;
}

export function mountInvestigations(x: Explorer): void {
  const dialog = h('dialog', { id: 'cases-dialog', class: 'doc-dialog', 'aria-labelledby': 'cases-title' });
  document.body.append(dialog);
  const name = h('input', { type: 'text', class: 'case-name', placeholder: 'Name of the investigation', 'aria-label': 'Name of the investigation' });
  const link = h('p', { class: 'case-link' });
  const out = h('p', { class: 'outcome' });
  const noteText = h('input', { type: 'text', class: 'case-note', placeholder: 'A note', 'aria-label': 'Note text' });
  const noteTarget = h('select', { class: 'case-note-target', 'aria-label': 'What the note is about' });
  const noteList = h('ul', { class: 'case-notes' });
  const list = h('ul', { class: 'cases' });
  const fail = (e: unknown) => out.replaceChildren(h('span', { class: 'error-text' }, e instanceof ApiError && e.status === 409
    ? `Someone else saved this investigation since you opened it: ${e.message}` : (e as Error).message));

  const describe = (n: Note) => (n.target.kind === 'case' ? 'the case'
    : `${n.target.kind} ${(x.cy.getElementById(n.target.id).data('label') as string | undefined) ?? n.target.id}`);
  const renderNotes = () => noteList.replaceChildren(...caseNotes().map((n, i) => h('li', {},
    h('span', { class: 'muted' }, `On ${describe(n)}: `), n.text,
    h('button', { class: 'link', onclick: () => { setCaseNotes(caseNotes().filter((_, k) => k !== i)); renderNotes(); } }, ' remove'))));
  const renderTargets = () => {
    const selected = x.cy.elements(':selected');
    noteTarget.replaceChildren(h('option', { value: 'case' }, 'the case'),
      ...selected.map((el) => h('option', { value: `${el.isNode() ? 'entity' : 'relationship'}:${el.id()}` }, `${el.isNode() ? 'entity' : 'relationship'} ${(el.data('label') as string | undefined) ?? el.id()}`)));
  };
  const renderCurrent = () => {
    name.value = current?.name ?? '';
    fill(link, current ? ['Short link: ', h('a', { href: `#investigation=${current.id}` }, `${location.origin}${location.pathname}#investigation=${current.id}`)] : 'Not saved yet.');
  };
  const renderList = async () => {
    const { investigations } = await x.api.investigations();
    list.replaceChildren(...investigations.map((inv) => h('li', { 'data-case': inv.id },
      h('strong', {}, inv.name), h('span', { class: 'muted' }, ` · ${inv.updatedAt.slice(0, 16).replace('T', ' ')} by ${inv.updatedBy}`),
      h('div', { class: 'button-row' },
        h('button', { class: 'open-case', onclick: () => void act(async () => { await openInvestigation(x, inv.id); dialog.close(); }) }, 'Open'),
        h('button', { onclick: () => void act(async () => { const r = await x.api.updateInvestigation(inv.id, { name: name.value.trim(), version: inv.version }); if (current?.id === r.id) current = { id: r.id, name: r.name, version: r.version }; }) }, 'Rename to the name above'),
        h('button', { onclick: () => void act(() => x.api.duplicateInvestigation(inv.id)) }, 'Duplicate'),
        h('button', { onclick: () => void act(async () => { await x.api.deleteInvestigation(inv.id); if (current?.id === inv.id) current = undefined; }) }, 'Delete'),
        h('button', { onclick: () => void act(async () => {
          const saved = await x.api.investigation(inv.id);
          const file = { format: 'sightline-investigation', version: 1, name: saved.name, exportedAt: new Date().toISOString(), state: saved.state };
          download(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), `${saved.name.replace(/[^\w.-]+/g, '_') || 'investigation'}.sightline.json`);
        }) }, 'Export')))));
  };
  const act = async (work: () => Promise<unknown>) => {
    try {
      out.replaceChildren();
      await work();
      renderCurrent();
      renderNotes();
      await renderList();
    } catch (e) {
      fail(e);
    }
  };
  const save = () => act(async () => {
    const title = name.value.trim();
    const saved = current
      ? await x.api.updateInvestigation(current.id, { name: title || current.name, state: caseFileOf(x), version: current.version })
      : await x.api.saveInvestigation(title, caseFileOf(x));
    current = { id: saved.id, name: saved.name, version: saved.version };
    out.replaceChildren(`Saved "${saved.name}".`);
  });
  const importFile = h('input', { type: 'file', accept: '.json,application/json', class: 'case-import', 'aria-label': 'Import an investigation file' });
  importFile.addEventListener('change', () => void act(async () => {
    const file = importFile.files?.[0];
    if (!file) return;
    await x.api.importInvestigation(JSON.parse(await file.text()));
    importFile.value = '';
  }));

  fill(dialog,
    h('div', { class: 'doc-head' }, h('h2', { id: 'cases-title' }, 'Investigations'),
      h('button', { class: 'close', 'aria-label': 'Close investigations', onclick: () => dialog.close() }, '×')),
    h('section', {}, h('h3', {}, 'This investigation'), name,
      h('div', { class: 'button-row' },
        h('button', { class: 'save-case', onclick: () => void save() }, 'Save'),
        h('button', { class: 'save-case-new', onclick: () => { current = undefined; void save(); } }, 'Save as new')),
      link, out),
    h('section', {}, h('h3', {}, 'Notes'), noteList,
      h('div', { class: 'fact-row' }, noteTarget, noteText,
        h('button', {
          class: 'add-note',
          onclick: () => {
            const text = noteText.value.trim();
            if (!text) return;
            const [kind, ...rest] = noteTarget.value.split(':');
            setCaseNotes([...caseNotes(), { target: kind === 'case' ? { kind: 'case' } : { kind: kind === 'entity' ? 'entity' : 'relationship', id: rest.join(':') }, text, at: new Date().toISOString() }]);
            noteText.value = '';
            renderNotes();
          },
        }, 'Add note'))),
    h('section', {}, h('h3', {}, 'Saved investigations'), list, h('label', {}, 'Import a file: ', importFile)));

  $('#open-cases').addEventListener('click', () => {
    renderCurrent();
    renderNotes();
    renderTargets();
    void renderList();
    dialog.showModal();
  });
}
