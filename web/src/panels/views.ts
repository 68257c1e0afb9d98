/**
 * @module One-click analyst views: "Who supplies X?" and "Whom does X supply?" replace the view with
 * the supply chain laid out left to right (supplier to customer) and its justifying paths
 * highlighted; "How is X connected to Y?" adds the shortest paths and highlights them. Each answer's
 * panel keeps its options (relationship types, direction, maximum hops, minimum confidence, and
 * whether planned, cancelled or ended links count) and asks again when one changes.
 */
import type { NodeData, PathRef } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { isFlagged, isRestricted, markOf } from '../graph/elements.ts';
import { relationDisplay } from '../style/cy-style.ts';
import { ONTOLOGY } from '../../../cypher/ontology.ts';
import { h } from '../ui/dom.ts';
import { showError } from '../ui/notify.ts';
import { openSide } from '../ui/side.ts';

export const viewsDefaults = {
  supplyDepth: 3,
  maxHops: 4,
  /** Alternative paths shown for "how is X connected to Y". */
  k: 3,
};

/** The options of the two questions, kept across answers so "ask again" is one change away. */
const chainOptions = { depth: viewsDefaults.supplyDepth, minConfidence: 0, relTypes: [] as string[] };
const pathOptions = {
  maxHops: viewsDefaults.maxHops,
  direction: 'any' as 'any' | 'forward' | 'backward',
  minConfidence: 0,
  relTypes: [] as string[],
  /** A connection question counts every link by default: a cancelled contract still connects two parties. */
  include: ['planned', 'cancelled', 'ended'],
};

/** Relationship-type switches; all ticked is sent as "no restriction" (an empty list). */
function typeSwitches(all: readonly string[], chosen: readonly string[], onChange: (types: string[]) => void): HTMLElement {
  const boxes = all.map((t) => h('input', { type: 'checkbox', value: t, 'data-rel': t, checked: chosen.length === 0 || chosen.includes(t) }));
  const changed = () => {
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    onChange(on.length === all.length ? [] : on);
  };
  boxes.forEach((b) => b.addEventListener('change', changed));
  return h('fieldset', { class: 'rel-types' }, h('legend', {}, 'Relationship types'),
    boxes.map((b) => h('label', { class: 'legend-row' }, b, relationDisplay(b.value))));
}

function numberSelect(label: string, values: readonly number[], value: number, onChange: (v: number) => void): HTMLElement {
  const select = h('select', { 'aria-label': label, onchange: (ev: Event) => onChange(Number((ev.target as HTMLSelectElement).value)) },
    values.map((v) => h('option', { value: v }, String(v))));
  select.value = String(value);
  return h('label', {}, `${label} `, select);
}

function confidenceInput(value: number, onChange: (v: number) => void): HTMLElement {
  const input = h('input', { type: 'number', min: 0, max: 1, step: 0.05, value, 'aria-label': 'Minimum confidence', onchange: (ev: Event) => {
    const v = Number((ev.target as HTMLInputElement).value);
    if (Number.isFinite(v) && v >= 0 && v <= 1) onChange(v);
  } });
  return h('label', {}, 'Minimum confidence ', input);
}

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
  const chain = await x.api.supplyChain(id, direction, chainOptions.depth, [...chainInclude], { relTypes: chainOptions.relTypes, minConfidence: chainOptions.minConfidence }).catch(() => null);
  if (!chain) return;
  const again = () => void supplyChain(x, id, direction);
  const options = h('details', { class: 'query-options', open: true }, h('summary', {}, 'Options'),
    h('label', {}, 'Direction ', h('select', { 'aria-label': 'Direction', onchange: (ev: Event) => void supplyChain(x, id, (ev.target as HTMLSelectElement).value as 'upstream' | 'downstream') },
      h('option', { value: 'upstream', selected: direction === 'upstream' }, 'suppliers (upstream)'),
      h('option', { value: 'downstream', selected: direction === 'downstream' }, 'customers (downstream)'))),
    numberSelect('Maximum hops', [1, 2, 3, 4, 5, 6], chainOptions.depth, (v) => { chainOptions.depth = v; again(); }),
    confidenceInput(chainOptions.minConfidence, (v) => { chainOptions.minConfidence = v; again(); }),
    typeSwitches(chain.links, chainOptions.relTypes, (types) => {
      // A chain always crosses SUPPLIES; the API refuses a choice without it, so the switch stays on.
      chainOptions.relTypes = types.length && !types.includes('SUPPLIES') ? ['SUPPLIES', ...types] : types;
      again();
    }));
  options.querySelector<HTMLInputElement>('input[data-rel="SUPPLIES"]')?.setAttribute('disabled', '');
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
    openSide(question, switches, options, h('p', { class: 'muted no-answer' }, `No ${direction === 'upstream' ? 'supplier' : 'customer'} is found in the documents with these links.`));
    showError(`${question} No ${direction === 'upstream' ? 'supplier' : 'customer'} is found in the documents.`, 'info');
    return;
  }
  x.replace(chain);
  x.highlight(chain.entries.flatMap((e) => e.paths));
  await x.relayout('dagre');
  const entries = chain.entries.slice().sort((a, b) => a.hops - b.hops || a.entity.label.localeCompare(b.entity.label));
  const screening = `/api/supply-chain/${encodeURIComponent(id)}/screening?${new URLSearchParams({
    format: 'csv', direction, depth: String(chainOptions.depth), include: chainInclude.size ? [...chainInclude].join(',') : 'none',
    ...(chainOptions.relTypes.length ? { relTypes: chainOptions.relTypes.join(',') } : {}), minConfidence: String(chainOptions.minConfidence),
  })}`;
  openSide(question,
    switches,
    options,
    h('p', {}, h('a', { href: screening, download: '', class: 'screening-link' }, `Download the screening (CSV): every ${direction === 'upstream' ? 'supplier' : 'customer'} with its lists, sanctions, restrictions and path`)),
    h('p', { class: 'muted' }, `${entries.length} ${direction === 'upstream' ? 'suppliers' : 'customers'}${chain.truncated ? ` (the nearest; at least ${chain.truncated.omitted} more further out)` : ''}; ${entries.filter((e) => isFlagged(e.entity)).length} listed or sanctioned, ${entries.filter((e) => isRestricted(e.entity)).length} restricted in a country. The shortest path to each is highlighted.`),
    h('ol', { class: 'chain' }, entries.map((e) => h('li', { class: isFlagged(e.entity) ? 'flagged' : '' },
      h('button', { class: 'link', onclick: () => { x.focus(e.entity.id); x.emit('select-node', e.entity.id); } }, markOf(e.entity) ? `${markOf(e.entity)} ${e.entity.label}` : e.entity.label),
      h('span', { class: 'muted' }, ` ${e.entity.type}, ${e.hops} hop${e.hops === 1 ? '' : 's'}`),
      h('div', { class: 'path-text' }, e.paths.slice(0, 2).map((p) => describePath(x, p)))))));
}

async function paths(x: Explorer, from: string, to: string): Promise<void> {
  const o = pathOptions;
  const found = await x.api.paths(from, to, { maxHops: o.maxHops, k: viewsDefaults.k, direction: o.direction, minConfidence: o.minConfidence, relTypes: o.relTypes, include: o.include }).catch(() => null);
  if (!found) return;
  if (found.paths.length > 0) {
    x.add(found);
    x.highlight(found.paths);
    await x.relayout(x.layout, true);
  } else {
    x.clearHighlight();
  }
  const name = (id: string | undefined) => (id === undefined ? '' : (x.cy.getElementById(id).data('label') as string | undefined) ?? found.nodes.find((n) => n.data.id === id)?.data.label ?? id);
  const again = () => void paths(x, from, to);
  const statusBox = (status: string, label: string) => h('label', { class: 'legend-row' }, h('input', { type: 'checkbox', 'data-status': status, checked: o.include.includes(status), onchange: (ev: Event) => {
    o.include = (ev.target as HTMLInputElement).checked ? [...o.include, status] : o.include.filter((s) => s !== status);
    again();
  } }), label);
  const options = h('details', { class: 'query-options', open: true }, h('summary', {}, 'Options'),
    h('label', {}, 'Direction ', h('select', { 'aria-label': 'Direction', onchange: (ev: Event) => { o.direction = (ev.target as HTMLSelectElement).value as typeof o.direction; again(); } },
      h('option', { value: 'any', selected: o.direction === 'any' }, 'either way'),
      h('option', { value: 'forward', selected: o.direction === 'forward' }, `from ${name(from)} to ${name(to)}`),
      h('option', { value: 'backward', selected: o.direction === 'backward' }, `from ${name(to)} to ${name(from)}`))),
    numberSelect('Maximum hops', [1, 2, 3, 4, 5, 6], o.maxHops, (v) => { o.maxHops = v; again(); }),
    confidenceInput(o.minConfidence, (v) => { o.minConfidence = v; again(); }),
    h('p', {}, 'Links that count: ', statusBox('planned', 'planned'), statusBox('cancelled', 'cancelled'), statusBox('ended', 'ended')),
    typeSwitches(ONTOLOGY.relationTypes.map((r) => r.name), o.relTypes, (types) => { o.relTypes = types; again(); }));
  openSide(`How is ${name(from)} connected to ${name(to)}?`,
    options,
    found.paths.length === 0
      ? h('p', { class: 'muted no-answer' }, `No connection within ${o.maxHops} hop${o.maxHops === 1 ? '' : 's'} with these options was found in the documents.`)
      : h('div', {}, h('p', { class: 'muted' }, `${found.paths.length} shortest path${found.paths.length === 1 ? '' : 's'}, highlighted on the canvas.`),
        h('ol', { class: 'chain' }, found.paths.map((p) => h('li', {}, describePath(x, p))))));
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
