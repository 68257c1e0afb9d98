/**
 * @module Grouping on request: the toolbar's "Group" switch draws entities of one type, or of one
 * country, inside a compound node, so a hub's dozens of neighbours read as a few labelled boxes.
 * Group nodes carry the class `group` and are left out of everything that counts or names entities
 * (filters, counts, exports, the link), which read the explorer's entity-only views.
 */
import type { NodeSingular } from 'cytoscape';
import type { Explorer } from '../explorer.ts';
import { ONTOLOGY } from '../../../cypher/ontology.ts';
import { $, h } from '../ui/dom.ts';

export const GROUP_MODES = ['none', 'type', 'country'] as const;
export type GroupBy = (typeof GROUP_MODES)[number];

export const groupingDefaults = {
  /** A box around a single entity says nothing; smaller sets stay loose. */
  minMembers: 2,
};

function groupKey(n: NodeSingular, by: GroupBy): string | null {
  if (by === 'type') return (n.data('type') as string | undefined) ?? null;
  if (by === 'country') return (n.data('country') as string | null | undefined) ?? null;
  return null;
}

function groupLabel(key: string, by: GroupBy, count: number): string {
  const name = by === 'type' ? ONTOLOGY.entityTypes.find((t) => t.name === key)?.plural ?? key : key;
  return `${name} (${count})`;
}

/** Puts each entity in the group of its key (or none), adding and removing group nodes as needed. */
export function applyGrouping(x: Explorer, by: GroupBy): void {
  const cy = x.cy;
  const entities = cy.nodes().not('.group');
  const members = new Map<string, NodeSingular[]>();
  if (by !== 'none') entities.forEach((n) => {
    const key = groupKey(n, by);
    if (key) members.set(key, [...(members.get(key) ?? []), n]);
  });
  const wanted = new Map([...members].filter(([, ns]) => ns.length >= groupingDefaults.minMembers).map(([key, ns]) => [`group:${by}:${key}`, { key, ns }]));
  cy.batch(() => {
    for (const [id, { key, ns }] of wanted) {
      const label = groupLabel(key, by, ns.length);
      // Not selectable: Delete on a selected box would take every entity inside with it.
      if (cy.getElementById(id).empty()) cy.add({ group: 'nodes', data: { id, label, display: label }, classes: 'group', selectable: false });
      else cy.getElementById(id).data({ label, display: label });
    }
    entities.forEach((n) => {
      const key = groupKey(n, by);
      const parent = key && wanted.has(`group:${by}:${key}`) ? `group:${by}:${key}` : null;
      if ((n.data('parent') ?? null) !== parent) n.move({ parent });
    });
    cy.nodes('.group').filter((g) => !wanted.has(g.id())).remove();
  });
}

export function mountGrouping(x: Explorer): void {
  const select = h('select', { id: 'group-by', 'aria-label': 'Group entities' },
    h('option', { value: 'none' }, 'No groups'),
    h('option', { value: 'type' }, 'By type'),
    h('option', { value: 'country' }, 'By country'));
  $('#layout').closest('label')!.after(h('label', {}, 'Group ', select));
  let applying = false;
  const apply = () => {
    if (applying) return;
    applying = true;
    try {
      applyGrouping(x, select.value as GroupBy);
    } finally {
      applying = false;
    }
  };
  select.addEventListener('change', () => {
    apply();
    void x.relayout(x.layout);
  });
  // New entities (an expansion, a reopened view) join their group as they arrive.
  x.on('changed', () => { if (select.value !== 'none') apply(); });
}
