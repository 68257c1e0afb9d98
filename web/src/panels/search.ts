/**
 * @module The search box: suggestions as you type; choosing one adds the entity with its links to
 * what is already shown, centres and selects it, and opens the inspector.
 */
import type { Explorer } from '../explorer.ts';
import { $ } from '../ui/dom.ts';
import { attachSuggest } from '../ui/suggest.ts';

export async function addEntity(x: Explorer, id: string): Promise<void> {
  if (x.cy.getElementById(id).empty()) {
    const [detail, around] = await Promise.all([x.api.entity(id), x.api.neighbors(id, { depth: 1, limit: 300, rejected: x.showRejected || undefined })]).catch(() => [null, null] as const);
    if (!detail || !around) return;
    const present = new Set(x.cy.nodes().map((n) => n.id()));
    x.add({ nodes: [{ data: detail.entity }], edges: around.edges.filter((e) => present.has(e.data.source) || present.has(e.data.target)) });
    if (present.size > 0) await x.relayout(x.layout, true);
    else await x.relayout();
  }
  x.focus(id);
  x.emit('select-node', id);
}

/**
 * Adds several entities at once (those a document names where a search matched) with the links
 * among them and to what is shown, laid out once, the first one selected.
 */
export async function addEntities(x: Explorer, ids: readonly string[]): Promise<void> {
  const missing = ids.filter((id) => x.cy.getElementById(id).empty());
  const fetched = await Promise.all(missing.map((id) => Promise.all([x.api.entity(id), x.api.neighbors(id, { depth: 1, limit: 300 })]).catch(() => null)));
  const found = fetched.filter((f) => f !== null);
  const present = new Set([...x.cy.nodes().map((n) => n.id()), ...found.map(([d]) => d.entity.id)]);
  const hadNodes = x.cy.nodes().nonempty();
  x.add({
    nodes: found.map(([d]) => ({ data: d.entity })),
    edges: found.flatMap(([, around]) => around.edges.filter((e) => present.has(e.data.source) && present.has(e.data.target))),
  });
  if (found.length) await x.relayout(hadNodes ? x.layout : undefined, hadNodes);
  const first = ids.find((id) => x.cy.getElementById(id).nonempty());
  if (first) {
    x.focus(first);
    x.emit('select-node', first);
  }
}

export function mountSearch(x: Explorer): void {
  const input = $('#search') as HTMLInputElement;
  attachSuggest(input, x.api, (r) => void addEntity(x, r.id));
}
