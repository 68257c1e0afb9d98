/**
 * @module Counts of what is shown, and an empty state that says what to do when nothing is.
 */
import type { Explorer } from '../explorer.ts';
import { $, fill, h } from '../ui/dom.ts';

export function mountStatus(x: Explorer): void {
  const counts = $('#counts');
  const empty = $('#empty-state');
  fill(empty,
    h('h2', {}, 'Nothing on the canvas yet'),
    h('p', {}, 'Search for a vendor, government, city or program above (press / to start typing), then double-click an entity to expand its neighbours.'),
    h('p', {}, 'Or add a document with “Add document”: its entities and relationships are extracted and shown here with the sentences they came from.'));
  // The size of the whole graph tells the analyst how much of it the view shows.
  let whole = '';
  const loadStats = async () => {
    const stats = await x.api.stats().catch(() => null);
    whole = stats ? ` · graph: ${stats.entities.total} entities, ${stats.relationships.total} relationships, ${stats.documents} documents` : '';
    render();
  };
  const render = () => {
    const { nodes, edges } = x.visible();
    const total = x.entities().length;
    counts.textContent = `${nodes.length} entities, ${edges.length} relationships shown${total > nodes.length ? ` (${total - nodes.length} hidden or filtered)` : ''}${whole}`;
  };
  // Only a finished change can declare the canvas empty; the stats answer may come before the first view.
  x.on('changed', () => {
    render();
    empty.hidden = x.entities().length > 0;
  });
  x.on('documents-changed', () => void loadStats());
  void loadStats();
}
