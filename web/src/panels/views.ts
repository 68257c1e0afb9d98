/**
 * @module One-click analyst views: "Who supplies X?" and "Whom does X supply?" replace the view with
 * the supply chain laid out left to right (supplier to customer) and its justifying paths
 * highlighted; "How is X connected to Y?" adds the shortest paths and highlights them.
 */
import type { NodeData, PathRef } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { isFlagged, isRestricted, markOf } from '../graph/elements.ts';
import { relationDisplay } from '../style/cy-style.ts';
import { h } from '../ui/dom.ts';
import { showError } from '../ui/notify.ts';
import { openSide } from '../ui/side.ts';

export const viewsDefaults = {
  supplyDepth: 3,
  maxHops: 4,
  /** Alternative paths shown for "how is X connected to Y". */
  k: 3,
};

/** What supply chains follow besides delivered supply; the panel's switches change it and re-ask. */
const chainInclude = new Set<string>(['planned', 'countries']);
const CHAIN_SWITCHES: { key: string; label: string; includes: string[] }[] = [
  { key: 'planned', label: 'planned (dashed)', includes: ['planned'] },
  { key: 'countries', label: 'a state\'s cities and bodies', includes: ['countries'] },
  { key: 'cancelled', label: 'cancelled and ended', includes: ['cancelled', 'ended'] },
  { key: 'partners', label: 'partnerships', includes: ['partners'] },
];

export function mountViews(x: Explorer): void {
  x.on('supply-chain', (id, direction) => void supplyChain(x, id, direction));
  x.on('paths', (from, to) => void paths(x, from, to));
}

async function supplyChain(x: Explorer, id: string, direction: 'upstream' | 'downstream'): Promise<void> {
  const chain = await x.api.supplyChain(id, direction, viewsDefaults.supplyDepth, [...chainInclude]).catch(() => null);
  if (!chain) return;
  const root = chain.nodes.find((n) => n.data.id === id)?.data ?? (x.cy.getElementById(id).data() as NodeData | undefined);
  const name = root?.label ?? id;
  const question = direction === 'upstream' ? `Who supplies ${name}?` : `Whom does ${name} supply?`;
  const switches = h('p', { class: 'chain-options' }, 'Follow also: ', CHAIN_SWITCHES.map((o) => h('label', {},
    h('input', {
      type: 'checkbox', checked: o.includes.every((i) => chainInclude.has(i)),
      onchange: (ev: Event) => {
        for (const i of o.includes) (ev.target as HTMLInputElement).checked ? chainInclude.add(i) : chainInclude.delete(i);
        void supplyChain(x, id, direction);
      },
    }), ` ${o.label} `)));
  if (chain.entries.length === 0) {
    // The switches stay, so following more links is one click away.
    openSide(question, switches, h('p', { class: 'muted' }, `No ${direction === 'upstream' ? 'supplier' : 'customer'} is found in the documents with these links.`));
    showError(`${question} No ${direction === 'upstream' ? 'supplier' : 'customer'} is found in the documents.`, 'info');
    return;
  }
  x.replace(chain);
  x.highlight(chain.entries.flatMap((e) => e.paths));
  await x.relayout('dagre');
  const entries = chain.entries.slice().sort((a, b) => a.hops - b.hops || a.entity.label.localeCompare(b.entity.label));
  const screening = `/api/supply-chain/${encodeURIComponent(id)}/screening?${new URLSearchParams({
    format: 'csv', direction, depth: String(viewsDefaults.supplyDepth), include: chainInclude.size ? [...chainInclude].join(',') : 'none',
  })}`;
  openSide(question,
    switches,
    h('p', {}, h('a', { href: screening, download: '', class: 'screening-link' }, `Download the screening (CSV): every ${direction === 'upstream' ? 'supplier' : 'customer'} with its lists, sanctions, restrictions and path`)),
    h('p', { class: 'muted' }, `${entries.length} ${direction === 'upstream' ? 'suppliers' : 'customers'}${chain.truncated ? ` (the nearest; at least ${chain.truncated.omitted} more further out)` : ''}; ${entries.filter((e) => isFlagged(e.entity)).length} listed or sanctioned, ${entries.filter((e) => isRestricted(e.entity)).length} restricted in a country. The shortest path to each is highlighted.`),
    h('ol', { class: 'chain' }, entries.map((e) => h('li', { class: isFlagged(e.entity) ? 'flagged' : '' },
      h('button', { class: 'link', onclick: () => { x.focus(e.entity.id); x.emit('select-node', e.entity.id); } }, markOf(e.entity) ? `${markOf(e.entity)} ${e.entity.label}` : e.entity.label),
      h('span', { class: 'muted' }, ` ${e.entity.type}, ${e.hops} hop${e.hops === 1 ? '' : 's'}`),
      h('div', { class: 'path-text' }, e.paths.slice(0, 2).map((p) => describePath(x, p)))))));
}

async function paths(x: Explorer, from: string, to: string): Promise<void> {
  const found = await x.api.paths(from, to, { maxHops: viewsDefaults.maxHops, k: viewsDefaults.k }).catch(() => null);
  if (!found) return;
  if (found.paths.length === 0) {
    showError(`No connection within ${viewsDefaults.maxHops} hops was found in the documents.`, 'info');
    return;
  }
  x.add(found);
  x.highlight(found.paths);
  await x.relayout(x.layout, true);
  const name = (id: string | undefined) => (id === undefined ? '' : (x.cy.getElementById(id).data('label') as string | undefined) ?? id);
  openSide(`How is ${name(from)} connected to ${name(to)}?`,
    h('p', { class: 'muted' }, `${found.paths.length} shortest path${found.paths.length === 1 ? '' : 's'}, highlighted on the canvas.`),
    h('ol', { class: 'chain' }, found.paths.map((p) => h('li', {}, describePath(x, p)))));
}

/** A path as readable text, each hop a link to the evidence behind it. */
function describePath(x: Explorer, p: PathRef): HTMLElement {
  const name = (id: string | undefined) => (id === undefined ? '' : (x.cy.getElementById(id).data('label') as string | undefined) ?? id);
  const parts: (Node | string)[] = [name(p.nodes[0])];
  p.edges.forEach((edgeId, i) => {
    const edge = x.cy.getElementById(edgeId);
    const type = edge.nonempty() ? relationDisplay(edge.data('type') as string) : '→';
    const forward = edge.nonempty() && edge.data('source') === p.nodes[i];
    parts.push(' ', h('button', { class: 'link hop', onclick: () => { x.focus(edgeId); x.emit('select-edge', edgeId); } }, forward ? `—${type}→` : `←${type}—`), ' ', name(p.nodes[i + 1]));
  });
  return h('p', { class: 'path' }, parts);
}
