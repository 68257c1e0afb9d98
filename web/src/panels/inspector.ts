/**
 * @module The entity inspector: type, aliases, country, sanctions and restrictions, relationships
 * grouped by type and direction (each counterpart one click from its evidence), the documents that
 * mention it, the open investigation's notes on it, and the actions an analyst takes from an entity
 * (expand, views, hide, pin, remove).
 */
import type { EntityDetail, Graph, NodeData } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { markOf, otherEnd } from '../graph/elements.ts';
import { entityColor, relationDisplay } from '../style/cy-style.ts';
import { ONTOLOGY, type EntityOrigin } from '../../../cypher/ontology.ts';
import { h } from '../ui/dom.ts';
import { isCurrent, openSide, sideBody } from '../ui/side.ts';
import { attachSuggest } from '../ui/suggest.ts';
import { entityCuration } from './curation.ts';
import { notesSection } from './notes.ts';

const ORIGIN_WORDS: Record<EntityOrigin, string> = { catalog: 'from the catalog', discovered: 'discovered in text', list: 'from a watchlist entry' };

export const inspectorDefaults = {
  /** Counterparts listed per entity; a hub's full list is reached through "Expand". */
  neighbourLimit: 200,
};

function inverse(type: string): string {
  return ONTOLOGY.relationTypes.find((r) => r.name === type)?.inverse ?? type;
}

export function mountInspector(x: Explorer): void {
  x.on('select-node', (id) => void show(x, id));
  x.on('select-many', (ids) => showSelection(x, ids));
}

/** Several elements selected: the panel lists that set, and its buttons act on it as `h`, `p` and Delete do. */
function showSelection(x: Explorer, ids: string[]): void {
  const els = ids.map((id) => x.cy.getElementById(id)).filter((el) => el.nonempty());
  const nodes = els.filter((el) => el.isNode());
  const edges = els.filter((el) => el.isEdge());
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const what = [nodes.length ? plural(nodes.length, 'entity', 'entities') : '', edges.length ? plural(edges.length, 'relationship', 'relationships') : ''].filter(Boolean).join(' and ');
  const name = (id: string) => (x.cy.getElementById(id).data('label') as string | undefined) ?? id;
  openSide(`${what} selected`,
    h('ul', { class: 'selection' },
      nodes.map((n) => h('li', {}, h('button', { class: 'link', onclick: () => { x.focus(n.id()); x.emit('select-node', n.id()); } }, n.data('label') as string))),
      edges.map((e) => h('li', {}, h('button', { class: 'link', onclick: () => { x.focus(e.id()); x.emit('select-edge', e.id()); } },
        `${name(e.data('source') as string)} ${relationDisplay(e.data('type') as string)} ${name(e.data('target') as string)}`)))),
    h('p', { class: 'muted' }, 'Shift- or Ctrl-click adds to or removes from the selection. Hide (h), pin (p) and remove (Delete) act on all of it.'),
    h('div', { class: 'button-row' },
      h('button', { onclick: () => x.hide(x.selectedIds()) }, 'Hide'),
      h('button', { onclick: () => x.togglePin(x.cy.nodes(':selected').map((n) => n.id())) }, 'Pin / unpin'),
      h('button', { onclick: () => x.remove(x.selectedIds()) }, 'Remove')));
}

async function show(x: Explorer, id: string): Promise<void> {
  const shown = x.cy.getElementById(id);
  const name = shown.nonempty() ? (shown.data('label') as string) : id;
  const ticket = openSide(name, h('p', { class: 'muted' }, 'Loading…'));
  let detail: EntityDetail;
  let around: Graph;
  try {
    [detail, around] = await Promise.all([x.api.entity(id), x.api.neighbors(id, { depth: 1, limit: inspectorDefaults.neighbourLimit })]);
  } catch {
    if (isCurrent(ticket)) sideBody().replaceChildren(h('p', { class: 'muted' }, 'This entity could not be loaded.'));
    return;
  }
  if (!isCurrent(ticket)) return;
  const e = detail.entity;
  const flags = [...(e.flags?.sanctionedBy ?? []).map((f) => ({ f, what: 'Sanctioned by' })), ...(e.flags?.restrictedBy ?? []).map((f) => ({ f, what: 'Restricted in a country by' }))];
  const listed = e.flags?.listed ?? [];
  openSide(
    h('span', {}, markOf(e) ? `${markOf(e)} ` : '', e.label),
    h('p', { class: 'entity-meta' },
      h('span', { class: 'swatch', style: `background:${entityColor(e.type)}` }), e.type,
      e.country ? ` · ${e.country}` : '', ` · ${ORIGIN_WORDS[e.origin]}`),
    e.aliases.length ? h('p', {}, h('span', { class: 'muted' }, 'Also known as: '), e.aliases.join(', ')) : null,
    listed.length ? h('ul', { class: 'flags listed' }, listed.map((l) => h('li', {},
      `Listed on ${l.list}`, l.programs.length ? ` (${l.programs.join(', ')})` : '', l.since ? `, since ${l.since}` : '',
      // A list file is outside data: only a web address becomes a link, never javascript: or data:.
      l.url && /^https?:\/\//i.test(l.url) ? [' — ', h('a', { href: l.url, target: '_blank', rel: 'noopener noreferrer' }, 'source')] : '',
      h('span', { class: 'muted' }, l.status === 'confirmed' ? ' · confirmed by a person' : ` · matched by name (${l.entryName}, score ${l.score.toFixed(2)})`)))) : null,
    flags.length ? h('ul', { class: 'flags' }, flags.map(({ f, what }) => h('li', {},
      h('button', { class: 'link', onclick: () => void openEdge(x, around, f.relationshipId) }, `${what} ${f.name}`),
      f.detail ? ` — ${f.detail}` : ''))) : null,
    e.flags?.omitted ? h('p', { class: 'muted' }, `and ${e.flags.omitted} more sanctions and restrictions not listed`) : null,
    notesSection({ kind: 'entity', id: e.id }),
    actions(x, e),
    relationships(x, e, detail, around),
    detail.documents.length ? h('section', {}, h('h3', {}, 'Mentioned in'),
      h('ul', { class: 'docs' }, detail.documents.map((d) => h('li', {},
        h('button', { class: 'link', onclick: () => x.emit('open-document', d.id) }, d.title || d.source),
        ` (${d.mentions})`)))) : null,
    entityCuration(x, detail),
  );
}

function actions(x: Explorer, e: NodeData): HTMLElement {
  const onCanvas = () => x.cy.getElementById(e.id).nonempty();
  const ensure = () => { if (!onCanvas()) x.add({ nodes: [{ data: e }], edges: [] }); };
  const target = h('input', { type: 'search', placeholder: `How is ${e.label} connected to…`, 'aria-label': 'Find paths to another entity', class: 'path-target' });
  const targetBox = attachSuggest(target, x.api, (r) => x.emit('paths', e.id, r.id));
  return h('section', { class: 'actions' },
    h('div', { class: 'button-row' },
      h('button', { onclick: () => { ensure(); x.emit('expand-request', e.id, true); }, title: 'Expand neighbours (e)' }, 'Expand…'),
      h('button', { onclick: () => x.emit('supply-chain', e.id, 'upstream') }, `Who supplies ${e.label}?`),
      h('button', { onclick: () => x.emit('supply-chain', e.id, 'downstream') }, `Whom does ${e.label} supply?`)),
    targetBox,
    h('div', { class: 'button-row' },
      h('button', { onclick: () => (onCanvas() ? x.hide([e.id]) : undefined) }, 'Hide'),
      h('button', { onclick: () => (onCanvas() ? x.togglePin([e.id]) : undefined) }, 'Pin / unpin'),
      h('button', { onclick: () => x.remove([e.id]) }, 'Remove')));
}

/** Adds the edge (and its ends) to the canvas if needed, then shows its evidence. */
async function openEdge(x: Explorer, around: Graph, edgeId: string): Promise<void> {
  const edge = around.edges.find((ed) => ed.data.id === edgeId);
  if (edge && x.cy.getElementById(edgeId).empty()) {
    const ends = around.nodes.filter((n) => n.data.id === edge.data.source || n.data.id === edge.data.target);
    if (x.add({ nodes: ends, edges: [edge] }).nodes.length) await x.relayout(x.layout, true);
  }
  x.focus(edgeId);
  x.emit('select-edge', edgeId);
}

function relationships(x: Explorer, e: NodeData, detail: EntityDetail, around: Graph): HTMLElement {
  const names = new Map(around.nodes.map((n) => [n.data.id, n.data.label]));
  const direct = around.edges.filter((ed) => ed.data.source === e.id || ed.data.target === e.id);
  const groups = detail.relationships.slice().sort((a, b) => b.count - a.count);
  return h('section', { class: 'relationships' },
    h('h3', {}, 'Relationships'),
    groups.length === 0 ? h('p', { class: 'muted' }, 'No relationships found in the documents.') : null,
    groups.map((g) => {
      const edges = direct.filter((ed) => ed.data.type === g.type && otherEnd(ed.data, e.id).direction === g.direction);
      return h('details', { open: true, class: 'rel-group', 'data-type': g.type, 'data-direction': g.direction },
        h('summary', {}, `${g.direction === 'out' ? relationDisplay(g.type) : inverse(g.type)} (${g.count})`),
        h('ul', {}, edges.map((ed) => {
          const other = otherEnd(ed.data, e.id).other;
          return h('li', {},
            h('button', { class: 'link', 'data-edge': ed.data.id, onclick: () => void openEdge(x, around, ed.data.id) }, names.get(other) ?? other),
            h('span', { class: 'muted' }, ` ${ed.data.evidenceCount} source${ed.data.evidenceCount === 1 ? '' : 's'}${ed.data.years.length ? `, ${ed.data.years.join(', ')}` : ''}`));
        })));
    }));
}
