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

export function mountSearch(x: Explorer): void {
  const input = $('#search') as HTMLInputElement;
  attachSuggest(input, x.api, (r) => void addEntity(x, r.id));
}
