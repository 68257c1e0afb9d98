/**
 * @module The node-size switch in the toolbar: every entity the same size, or sized by degree or by
 * evidence count among what is drawn, recomputed whenever the view changes.
 */
import type { EdgeData } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { nodeSizes, sizingDefaults, type SizeBy } from '../graph/sizing.ts';
import { $, h } from '../ui/dom.ts';

export function mountNodeSize(x: Explorer): void {
  const select = h('select', { id: 'node-size', 'aria-label': 'Node size' },
    h('option', { value: 'same' }, 'Same size'),
    h('option', { value: 'degree' }, 'By connections'),
    h('option', { value: 'evidence' }, 'By evidence'));
  $('#layout').closest('label')!.after(h('label', {}, 'Size ', select));
  const apply = () => {
    const { nodes, edges } = x.visible();
    const sizes = nodeSizes(nodes.map((n) => n.id()), edges.map((e) => e.data() as EdgeData), select.value as SizeBy);
    // Set on every node, never removed: Cytoscape restyles on a changed value but not on a removed field.
    x.cy.batch(() => x.entities().forEach((n) => { n.data('size', sizes.get(n.id()) ?? sizingDefaults.min); }));
  };
  select.addEventListener('change', () => {
    apply();
    x.emit('changed');
  });
  x.on('changed', apply);
}
