/**
 * @module Expanding an entity's neighbours: straight away on double-click or `e`, or through a dialog
 * choosing depth and types. A hub with more new neighbours than the threshold (or an answer the API
 * marked `truncated`) asks first and offers the neighbours grouped by type, so one click never buries
 * the view under hundreds of nodes.
 */
import type { Graph } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { groupNewNeighbours, restrictTo } from '../graph/elements.ts';
import { entityColor } from '../style/cy-style.ts';
import { ONTOLOGY } from '../../../cypher/ontology.ts';
import { fill, h } from '../ui/dom.ts';
import { showError } from '../ui/notify.ts';

export const expandDefaults = {
  /** More new neighbours than this and the analyst is asked which groups to add. */
  askAbove: 50,
  /** Neighbours fetched per expansion; what the API leaves out is reported as `truncated`. */
  fetchLimit: 300,
  /**
   * The hub question pre-ticks the smallest groups up to this many entities in all, never every group:
   * 25 new entities is about what an analyst follows in one step beside a 60-entity overview, and the
   * large groups (a hub's cities or cameras) are the ones to add on purpose.
   */
  preTickedAtMost: 25,
};

/** Indexes of the groups ticked by default: smallest first while the total stays within the cap. */
export function preTicked(sizes: readonly number[], cap = expandDefaults.preTickedAtMost): Set<number> {
  const ticked = new Set<number>();
  let total = 0;
  for (const i of sizes.map((_, i) => i).sort((a, b) => sizes[a]! - sizes[b]!)) {
    if (total + sizes[i]! > cap) break;
    total += sizes[i]!;
    ticked.add(i);
  }
  return ticked;
}

interface ExpandChoice { depth: number; types: string[]; relTypes: string[] }

export function mountExpand(x: Explorer): void {
  const dialog = h('dialog', { id: 'expand-dialog', 'aria-label': 'Expand neighbours' });
  document.body.append(dialog);
  x.on('expand-request', (id, ask) => void (ask ? choose(x, dialog, id) : expand(x, dialog, id, { depth: 1, types: [], relTypes: [] })));
}

function label(x: Explorer, id: string): string {
  return (x.cy.getElementById(id).data('label') as string | undefined) ?? id;
}

function choose(x: Explorer, dialog: HTMLDialogElement, id: string): void {
  const depth = h('select', { 'aria-label': 'Depth' }, [1, 2, 3].map((d) => h('option', { value: d }, `${d} hop${d > 1 ? 's' : ''}`)));
  const boxes = (list: readonly { name: string; plural?: string; display?: string }[], kind: string) =>
    list.map((t) => h('label', { class: 'legend-row' }, h('input', { type: 'checkbox', checked: true, 'data-kind': kind, value: t.name }), t.plural ?? t.display ?? t.name));
  const picked = (kind: string) => [...dialog.querySelectorAll<HTMLInputElement>(`input[data-kind="${kind}"]`)];
  // An all-checked list is sent as "no restriction", so new types added to the ontology are not excluded.
  const only = (kind: string) => (picked(kind).every((b) => b.checked) ? [] : picked(kind).filter((b) => b.checked).map((b) => b.value));
  fill(dialog,
    h('h2', {}, `Expand ${label(x, id)}`),
    h('label', {}, 'Depth ', depth),
    h('div', { class: 'columns' },
      h('fieldset', {}, h('legend', {}, 'Entity types'), boxes(ONTOLOGY.entityTypes, 'type')),
      h('fieldset', {}, h('legend', {}, 'Relationship types'), boxes(ONTOLOGY.relationTypes, 'rel'))),
    h('div', { class: 'button-row' },
      h('button', { class: 'primary', onclick: () => { dialog.close(); void expand(x, dialog, id, { depth: Number(depth.value), types: only('type'), relTypes: only('rel') }); } }, 'Expand'),
      h('button', { onclick: () => dialog.close() }, 'Cancel')));
  dialog.showModal();
}

async function expand(x: Explorer, dialog: HTMLDialogElement, id: string, c: ExpandChoice): Promise<void> {
  let graph: Graph;
  try {
    graph = await x.api.neighbors(id, { depth: c.depth, types: c.types, relTypes: c.relTypes, limit: expandDefaults.fetchLimit, rejected: x.showRejected || undefined });
  } catch {
    return;
  }
  const present = { nodeIds: new Set(x.cy.nodes().map((n) => n.id())), edgeIds: new Set(x.cy.edges().map((e) => e.id())) };
  const groups = groupNewNeighbours(present, graph, id);
  const fresh = groups.reduce((n, g) => n + g.nodes.length, 0);
  if (fresh === 0 && graph.edges.every((e) => present.edgeIds.has(e.data.id))) {
    showError(`${label(x, id)} has no further neighbours${c.types.length || c.relTypes.length ? ' of those types' : ''}.`, 'info');
    return;
  }
  if (fresh > expandDefaults.askAbove || graph.truncated) {
    askGroups(x, dialog, id, graph, groups);
    return;
  }
  await addAndLayout(x, graph, id);
}

async function addAndLayout(x: Explorer, graph: Pick<Graph, 'nodes' | 'edges'>, id: string): Promise<void> {
  if (x.cy.getElementById(id).empty()) {
    const root = graph.nodes.find((n) => n.data.id === id);
    if (root) x.add({ nodes: [root], edges: [] });
  }
  const added = x.add(graph);
  if (added.nodes.length) await x.relayout(x.layout, true);
}

function askGroups(x: Explorer, dialog: HTMLDialogElement, id: string, graph: Graph, groups: { type: string; nodes: { id: string; label: string }[] }[]): void {
  const ticked = preTicked(groups.map((g) => g.nodes.length));
  const total = h('p', { class: 'muted', 'aria-live': 'polite' });
  const count = () => { total.textContent = `${groups.reduce((n, g, i) => n + (boxes[i]!.checked ? g.nodes.length : 0), 0)} entities will be added.`; };
  const boxes = groups.map((g, i) => h('input', { type: 'checkbox', value: g.type, 'data-size': g.nodes.length, checked: ticked.has(i), onchange: count }));
  count();
  const add = async () => {
    dialog.close();
    const wanted = new Set(groups.filter((_, i) => boxes[i]!.checked).flatMap((g) => g.nodes.map((n) => n.id)));
    x.cy.nodes().forEach((n) => { wanted.add(n.id()); });
    wanted.add(id);
    await addAndLayout(x, restrictTo(graph, wanted), id);
  };
  fill(dialog,
    h('h2', {}, `${label(x, id)} is a hub`),
    h('p', {}, `It has ${groups.reduce((n, g) => n + g.nodes.length, 0)} neighbours not on the canvas`,
      graph.truncated ? `, and ${graph.truncated.omitted} more the server left out (limit ${graph.truncated.limit}; expand with fewer types to reach them)` : '',
      '. Which groups should be added?'),
    h('ul', { class: 'groups' }, groups.map((g, i) => h('li', {},
      h('label', {}, boxes[i], h('span', { class: 'swatch', style: `background:${entityColor(g.type)}` }), `${g.type} (${g.nodes.length})`),
      h('span', { class: 'muted' }, ` ${g.nodes.slice(0, 6).map((n) => n.label).join(', ')}${g.nodes.length > 6 ? '…' : ''}`)))),
    total,
    h('div', { class: 'button-row' },
      h('button', { class: 'primary', onclick: () => void add() }, 'Add selected groups'),
      h('button', { onclick: () => dialog.close() }, 'Cancel')));
  dialog.showModal();
}
