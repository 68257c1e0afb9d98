/**
 * @module A person's changes, where the analyst meets the thing changed: in the evidence view, the
 * verdict (confirm, reject with a note), corrections, "does not support" per sentence and the
 * relationship's history; in the inspector, edits, merge, split and the entity's history. Every
 * change sends the version the panel was opened with, so a conflicting edit is told, not lost; the
 * panel then reopens on what the server now holds.
 */
import { LINK_STATUSES, ONTOLOGY } from '../../../cypher/ontology.ts';
import { ApiError } from '../api/client.ts';
import type { Change, EdgeData, EntityDetail, RelationshipDetail } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { edgeElementData } from '../graph/elements.ts';
import { h } from '../ui/dom.ts';
import { attachSuggest } from '../ui/suggest.ts';

/** Shows the outcome of a change in the panel: a 409 says someone else changed it first. */
function report(out: HTMLElement, e: unknown): void {
  const message = e instanceof ApiError && e.status === 409 ? `Someone else changed this first: ${e.message}` : (e as Error).message;
  out.replaceChildren(h('span', { class: 'error-text' }, message));
}

/** The edge as a change left it, from the change's after-snapshot, for the canvas. */
function edgeFrom(change: Change, id: string): EdgeData | undefined {
  const r = change.after.relationships.find((rel) => rel.properties.id === id);
  if (!r) return undefined;
  const p = r.properties;
  return {
    id, source: r.from, target: r.to, type: r.type, confidence: Number(p.confidence ?? 0), evidenceCount: Number(p.evidenceCount ?? 0),
    years: (p.years as number[] | undefined) ?? [], ...(p.status ? { status: String(p.status) } : {}),
    ...(p.review === 'confirmed' || p.review === 'rejected' ? { review: p.review } : {}),
  };
}

/** Puts a changed relationship on the canvas as it now is: rejected ones leave unless the analyst shows them. */
export function showEdgeChange(x: Explorer, change: Change, ids: string[]): void {
  for (const id of ids) {
    const data = edgeFrom(change, id);
    const el = x.cy.getElementById(id);
    if (!data) continue;
    if (data.review === 'rejected' && !x.showRejected) {
      if (el.nonempty()) el.remove();
      continue;
    }
    if (el.nonempty()) el.data(edgeElementData(data));
    else if (x.cy.getElementById(data.source).nonempty() && x.cy.getElementById(data.target).nonempty()) x.add({ nodes: [], edges: [{ data }] }, { record: false });
  }
  x.emit('changed');
}

function history(x: Explorer, query: { entity?: string; relationship?: string }, reopen: () => void): HTMLElement {
  const list = h('ul', { class: 'changes' }, h('li', { class: 'muted' }, 'Loading…'));
  void x.api.changes({ ...query, limit: 50 }).then(({ changes }) => {
    list.replaceChildren(...(changes.length ? changes.map((c) => {
      const out = h('span', { class: 'outcome' });
      return h('li', { 'data-change': c.id },
        h('span', { class: 'muted' }, `${c.at.slice(0, 16).replace('T', ' ')} · ${c.user}: `), c.summary,
        c.note ? h('span', { class: 'muted' }, ` — ${c.note}`) : null,
        c.undoneBy ? h('span', { class: 'muted' }, ' (undone)') : h('button', {
          class: 'link undo-change',
          onclick: async () => {
            try {
              await x.api.undo(c.id);
              reopen();
            } catch (e) {
              report(out, e);
            }
          },
        }, ' Undo'), ' ', out);
    }) : [h('li', { class: 'muted' }, 'No changes by people yet.')]));
  }).catch(() => list.replaceChildren(h('li', { class: 'muted' }, 'The history could not be loaded.')));
  return h('details', { class: 'history' }, h('summary', {}, 'History'), list);
}

/** The verdict, corrections and history of one relationship, under its evidence. */
export function relationshipCuration(x: Explorer, detail: RelationshipDetail): { section: HTMLElement; dispute(key: string, disputed: boolean): Promise<void> } {
  const r = detail.relationship;
  const c = detail.curation;
  const reopen = (id = r.id) => x.emit('select-edge', id);
  const note = h('textarea', { class: 'review-note', rows: 2, placeholder: 'Why (needed to reject or correct)', 'aria-label': 'Note for this change' });
  const out = h('p', { class: 'outcome' });
  const act = async (work: () => Promise<{ change: Change; relationship: string }>, ids: (newId: string) => string[]) => {
    try {
      const { change, relationship } = await work();
      showEdgeChange(x, change, ids(relationship));
      reopen(relationship);
    } catch (e) {
      report(out, e);
    }
  };
  const review = (decision: 'confirm' | 'reject' | 'clear') => act(() => x.api.review(r.id, { decision, version: c.version, ...(note.value.trim() ? { note: note.value.trim() } : {}) }), () => [r.id]);

  const type = h('select', { class: 'correct-type', 'aria-label': 'Relationship type' },
    ONTOLOGY.relationTypes.map((t) => h('option', { value: t.name, selected: t.name === r.type }, t.display)));
  const reverse = h('input', { type: 'checkbox', class: 'correct-reverse' });
  const status = h('select', { class: 'correct-status', 'aria-label': 'Status' },
    h('option', { value: '' }, 'as the evidence says'), LINK_STATUSES.map((s) => h('option', { value: s, selected: s === c.correctedStatus }, s)));
  const year = h('input', { type: 'number', class: 'correct-year', min: 1900, max: 2100, placeholder: 'year', value: c.correctedYears?.[0] ?? '' });
  const correct = () => act(() => x.api.correct(r.id, {
    ...(type.value !== r.type ? { type: type.value } : {}),
    ...(reverse.checked ? { reverse: true } : {}),
    ...(status.value !== (c.correctedStatus ?? '') ? { status: status.value || null } : {}),
    ...(year.value !== String(c.correctedYears?.[0] ?? '') ? { years: year.value ? [Number(year.value)] : null } : {}),
    version: c.version, note: note.value.trim(),
  }), (newId) => [r.id, newId]);

  const verdict = r.review
    ? h('p', { class: `verdict ${r.review}` }, r.review === 'confirmed' ? '✓ Confirmed' : '✗ Rejected',
      c.reviewedBy ? ` by ${c.reviewedBy}` : '', c.reviewedAt ? ` on ${c.reviewedAt.slice(0, 10)}` : '', c.reviewNote ? ` — ${c.reviewNote}` : '',
      c.correctedTo ? ` (corrected to ${c.correctedTo})` : '')
    : h('p', { class: 'verdict muted' }, 'Not reviewed yet');
  const section = h('section', { class: 'curation' },
    h('h3', {}, 'Review'),
    verdict,
    note,
    h('div', { class: 'button-row' },
      h('button', { class: 'confirm', onclick: () => void review('confirm') }, 'Confirm'),
      h('button', { class: 'reject', onclick: () => void review('reject') }, 'Reject'),
      r.review ? h('button', { class: 'clear', onclick: () => void review('clear') }, 'Clear verdict') : null),
    h('details', { class: 'correct' }, h('summary', {}, 'Correct…'),
      h('label', {}, 'Type ', type), h('label', {}, reverse, ' reverse the direction'),
      h('label', {}, 'Status ', status), h('label', {}, 'Year ', year),
      h('button', { class: 'apply-correction', onclick: () => void correct() }, 'Apply the correction')),
    out,
    detail.analystEvidence.length ? h('div', {}, h('h3', {}, 'Added by hand'), h('ol', { class: 'evidence analyst' }, detail.analystEvidence.map((a) => h('li', {},
      h('blockquote', { class: `quote ${a.kind}` }, a.quote),
      h('p', { class: 'cite' },
        a.kind === 'quote' && a.doc ? h('button', { class: 'link doc-link', onclick: () => x.emit('open-document', a.doc!, { start: a.start ?? 0, end: a.end ?? 0, quote: a.quote }) }, a.documentTitle ?? a.doc) : null,
        a.kind === 'source' && a.url && /^https?:\/\//i.test(a.url) ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.title ?? a.url) : null,
        a.kind === 'note' ? h('em', {}, 'Analyst note (not a source)') : null,
        h('span', { class: 'muted' }, ` · added by ${a.addedBy} on ${a.addedAt.slice(0, 10)}`)))))) : null,
    history(x, { relationship: r.id }, () => reopen()),
  );
  return {
    section,
    dispute: (key, disputed) => act(() => x.api.dispute(r.id, { evidence: key, disputed, version: c.version, note: note.value.trim() }), () => [r.id]),
  };
}

/** Edits, merge, split and history of one entity, in the inspector. */
export function entityCuration(x: Explorer, detail: EntityDetail): HTMLElement {
  const e = detail.entity;
  const out = h('p', { class: 'outcome' });
  const reopen = (id = e.id) => x.emit('select-node', id);
  const note = h('input', { type: 'text', class: 'entity-note', placeholder: 'Why (optional)', 'aria-label': 'Note for this change' });
  const noted = () => (note.value.trim() ? { note: note.value.trim() } : {});
  /** Redraws the entities a change touched: their data, and the relationships of the one that now holds them. */
  const refresh = async (ids: string[], gone: string[] = []) => {
    for (const g of gone) x.cy.getElementById(g).remove();
    for (const id of ids) {
      const around = await x.api.neighbors(id, { depth: 1, limit: 300 });
      const self = around.nodes.find((n) => n.data.id === id);
      const el = x.cy.getElementById(id);
      if (self && el.nonempty()) el.data(self.data);
      const onCanvas = new Set(x.cy.nodes().map((n) => n.id()));
      const edges = around.edges.filter((ed) => (ed.data.source === id || ed.data.target === id) && (onCanvas.has(ed.data.source) || ed.data.source === id) && (onCanvas.has(ed.data.target) || ed.data.target === id));
      if (el.nonempty()) {
        x.cy.edges().filter((ed) => ed.data('source') === id || ed.data('target') === id).remove();
        x.add({ nodes: [], edges }, { record: false });
      }
    }
    x.emit('changed');
  };
  const act = async (work: () => Promise<{ change: Change; entity: string }>, after: (entity: string) => Promise<void>) => {
    try {
      const { entity } = await work();
      await after(entity);
      reopen(entity);
    } catch (err) {
      report(out, err);
    }
  };

  const name = h('input', { type: 'text', class: 'edit-name', value: e.label, 'aria-label': 'Name' });
  const type = h('select', { class: 'edit-type', 'aria-label': 'Type' }, ONTOLOGY.entityTypes.map((t) => h('option', { value: t.name, selected: t.name === e.type }, t.display)));
  const country = h('input', { type: 'text', class: 'edit-country', value: e.country ?? '', 'aria-label': 'Country' });
  const aliases = h('input', { type: 'text', class: 'edit-aliases', value: e.aliases.join('; '), 'aria-label': 'Aliases, separated by ;' });
  const save = () => act(() => x.api.editEntity(e.id, {
    ...(name.value.trim() !== e.label ? { name: name.value.trim() } : {}),
    ...(type.value !== e.type ? { type: type.value } : {}),
    ...(country.value.trim() !== (e.country ?? '') ? { country: country.value.trim() || null } : {}),
    ...(aliases.value !== e.aliases.join('; ') ? { aliases: aliases.value.split(';').map((a) => a.trim()).filter(Boolean) } : {}),
    version: detail.version, ...noted(),
  }), (id) => refresh([id]));

  let other: { id: string; type: string } | undefined;
  const acrossTypes = h('input', { type: 'checkbox', class: 'merge-across' });
  const pick = h('input', { type: 'search', class: 'merge-pick', placeholder: 'The entity to merge into this one', 'aria-label': 'Entity to merge into this one' });
  const pickBox = attachSuggest(pick, x.api, (found) => { other = { id: found.id, type: found.type }; pick.value = found.name; });
  const merge = () => act(async () => {
    if (!other) throw new Error('Choose the entity to merge into this one');
    const mergedVersion = (await x.api.entity(other.id)).version;
    return x.api.merge(e.id, { merge: other.id, acrossTypes: acrossTypes.checked, version: detail.version, mergedVersion, ...noted() });
  }, (id) => refresh([id], other ? [other.id] : []));

  const splitName = h('input', { type: 'text', class: 'split-name', value: e.label, 'aria-label': 'Name of the new entity' });
  const splitCountry = h('input', { type: 'text', class: 'split-country', placeholder: 'Country', 'aria-label': 'Country of the new entity' });
  const mentionList = h('ul', { class: 'split-mentions' });
  const splitBox = h('details', { class: 'split' }, h('summary', {}, 'Split mentions off into a new entity…'),
    h('p', { class: 'muted' }, 'Tick the mentions that name another entity; the sentences holding them and the relationships they support move with them.'),
    mentionList, h('label', {}, 'Name ', splitName), h('label', {}, 'Country ', splitCountry),
    h('button', { class: 'apply-split', onclick: () => void split() }, 'Split'));
  splitBox.addEventListener('toggle', () => {
    if (!splitBox.open || mentionList.childElementCount) return;
    void Promise.all(detail.documents.map((d) => x.api.document(d.id))).then((docs) => {
      mentionList.replaceChildren(...docs.flatMap((doc) => doc.mentions.filter((m) => m.entityId === e.id).map((m) => {
        const context = doc.document.text.slice(Math.max(0, m.start - 60), Math.min(doc.document.text.length, m.end + 60));
        return h('li', {}, h('label', {},
          h('input', { type: 'checkbox', class: 'split-mention', 'data-doc': doc.document.id, 'data-start': m.start, 'data-end': m.end }),
          ` ${doc.document.title || doc.document.source}: …${context}…`));
      })));
    });
  });
  const split = () => act(() => {
    const mentions = [...mentionList.querySelectorAll<HTMLInputElement>('input.split-mention:checked')]
      .map((box) => ({ doc: box.dataset.doc!, start: Number(box.dataset.start), end: Number(box.dataset.end) }));
    return x.api.split(e.id, { name: splitName.value.trim(), ...(splitCountry.value.trim() ? { country: splitCountry.value.trim() } : {}), mentions, version: detail.version, ...noted() });
  }, async (id) => {
    const around = await x.api.neighbors(id, { depth: 1, limit: 300 });
    x.add(around, { record: false });
    await refresh([e.id]);
    await x.relayout(x.layout, true);
  });

  // A fact the documents do not state, with an external source or as the analyst's own note (which
  // stands lower); a fact a stored document states is added from the document view instead.
  let factTarget: string | undefined;
  const factType = h('select', { class: 'hand-type', 'aria-label': 'Relationship type' }, ONTOLOGY.relationTypes.map((t) => h('option', { value: t.name }, t.display)));
  const factPick = h('input', { type: 'search', class: 'hand-target', placeholder: 'Whom', 'aria-label': 'Target entity' });
  const factPickBox = attachSuggest(factPick, x.api, (found) => { factTarget = found.id; factPick.value = found.name; });
  const kind = h('select', { class: 'hand-kind', 'aria-label': 'Support' }, h('option', { value: 'source' }, 'an external source'), h('option', { value: 'note' }, 'my own note (no source)'));
  const url = h('input', { type: 'url', class: 'hand-url', placeholder: 'https://…', 'aria-label': 'Source URL' });
  const title = h('input', { type: 'text', class: 'hand-title', placeholder: 'Title of the source', 'aria-label': 'Source title' });
  const date = h('input', { type: 'text', class: 'hand-date', placeholder: 'Date (optional)', 'aria-label': 'Source date' });
  const quote = h('textarea', { class: 'hand-quote', rows: 2, placeholder: 'The quote, or your note', 'aria-label': 'Quote or note' });
  const addFact = () => act(async () => {
    if (!factTarget) throw new Error('Choose the other entity from the suggestions');
    const support = kind.value === 'note'
      ? { kind: 'note' as const, text: quote.value.trim() }
      : { kind: 'source' as const, url: url.value.trim(), title: title.value.trim(), quote: quote.value.trim(), ...(date.value.trim() ? { date: date.value.trim() } : {}) };
    const added = await x.api.addFact({ source: e.id, type: factType.value, target: factTarget, support, ...noted() });
    return { change: added.change, entity: e.id };
  }, (id) => refresh([id]));

  return h('section', { class: 'curation' },
    h('h3', {}, 'Correct this entity'),
    note,
    h('details', { class: 'edit' }, h('summary', {}, 'Edit name, type, country, aliases…'),
      h('label', {}, 'Name ', name), h('label', {}, 'Type ', type), h('label', {}, 'Country ', country), h('label', {}, 'Aliases ', aliases),
      h('button', { class: 'apply-edit', onclick: () => void save() }, 'Save')),
    h('details', { class: 'merge' }, h('summary', {}, 'Merge another entity into this one…'),
      pickBox, h('label', {}, acrossTypes, ' even if its type differs'),
      h('button', { class: 'apply-merge', onclick: () => void merge() }, 'Merge')),
    splitBox,
    h('details', { class: 'hand-fact' }, h('summary', {}, `Add a fact: ${e.label} …`),
      h('label', {}, 'Relationship ', factType), factPickBox, h('label', {}, 'Supported by ', kind),
      url, title, date, quote,
      h('button', { class: 'apply-hand-fact', onclick: () => void addFact() }, 'Add the fact')),
    out,
    history(x, { entity: e.id }, () => reopen()));
}
