/**
 * @module The table view: what the canvas draws as two HTML tables, entities and relationships, for
 * people who cannot use the canvas or want to read it as a list. Sortable by any column (a button in
 * each header, `aria-sort` on the sorted one), built from the elements the canvas shows so every
 * filter applies, and tied to the canvas's selection both ways.
 */
import type { EdgeData, NodeData } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import {
  ENTITY_COLUMNS, RELATIONSHIP_COLUMNS, entityRows, nextSort, relationshipRows, sortRows,
  type Column, type EntityRow, type RelationshipRow, type Sort,
} from '../graph/table.ts';
import { $, fill, h } from '../ui/dom.ts';
import { mountPanelToggle } from '../ui/panel-toggle.ts';

export const tableDefaults = {
  /** Rows drawn per table; past this a note says how many more the sort left out (a large canvas is read by its filters). */
  maxRows: 1000,
};

interface TableSpec<R extends { id: string }> {
  id: string;
  caption: string;
  columns: Column<R>[];
  sort: Sort<R>;
  /** The cell that names the row: a button that selects its element. */
  nameKey: keyof R & string;
  cell(row: R, key: keyof R & string): string;
  /** What a screen reader hears for the row's button, when its visible words alone do not name the row. */
  label?(row: R): string;
}

export function mountTableView(x: Explorer): void {
  const wrap = $('.canvas-wrap');
  const heading = h('h2', { id: 'table-view-title', tabindex: -1 }, 'Table of what is drawn');
  const status = h('p', { class: 'muted table-status', 'aria-live': 'polite' });
  const tables = h('div', { class: 'table-body' });
  const panel = h('section', { id: 'table-view', class: 'table-view', 'aria-labelledby': 'table-view-title', hidden: true },
    h('div', { class: 'table-head' }, heading, h('span', { class: 'spacer' }),
      h('button', { class: 'close', 'aria-label': 'Close the table view', title: 'Close (Esc)', onclick: () => toggle.setOpen(false) }, '×')),
    status, tables);
  wrap.appendChild(panel);
  const toggle = mountPanelToggle({
    name: 'table', panel, focusTarget: heading, wrapClass: 'with-table', cy: x.cy, open: false,
    button: { id: 'toggle-table', label: 'Table', title: 'Show what is drawn as tables (t)' },
    onOpen: render,
  });

  const entitySpec: TableSpec<EntityRow> = {
    id: 'entity-table', caption: 'Entities drawn', columns: ENTITY_COLUMNS, sort: { key: 'name', direction: 'ascending' }, nameKey: 'name',
    cell: (r, k) => String(r[k]),
  };
  const relationSpec: TableSpec<RelationshipRow> = {
    id: 'relationship-table', caption: 'Relationships drawn', columns: RELATIONSHIP_COLUMNS, sort: { key: 'from', direction: 'ascending' }, nameKey: 'relationship',
    cell: (r, k) => (k === 'confidence' ? r.confidence.toFixed(2) : String(r[k])),
    label: (r) => `${r.from} ${r.relationship} ${r.to}`,
  };
  /** The name buttons by element id, so a selection on the canvas is shown without redrawing the tables. */
  const buttons = new Map<string, HTMLButtonElement>();

  const select = (id: string, group: 'node' | 'edge') => {
    x.focus(id);
    x.emit(group === 'node' ? 'select-node' : 'select-edge', id);
  };

  function table<R extends { id: string }>(spec: TableSpec<R>, rows: R[], group: 'node' | 'edge'): HTMLElement {
    const sorted = sortRows(rows, spec.sort);
    const shown = sorted.slice(0, tableDefaults.maxRows);
    const head = h('tr', {}, spec.columns.map((c) => h('th', { scope: 'col', 'aria-sort': spec.sort.key === c.key ? spec.sort.direction : undefined, class: c.numeric ? 'num' : undefined },
      h('button', { class: 'sort', 'data-key': c.key, onclick: () => { spec.sort = nextSort(spec.sort, c); render(); $(`#${spec.id} button.sort[data-key="${c.key}"]`).focus(); } },
        c.label, h('span', { 'aria-hidden': 'true', class: 'sort-mark' }, spec.sort.key === c.key ? (spec.sort.direction === 'ascending' ? ' ▲' : ' ▼') : '')))));
    const body = shown.map((r) => h('tr', { 'data-id': r.id }, spec.columns.map((c) => {
      if (c.key !== spec.nameKey) return h('td', { class: c.numeric ? 'num' : undefined }, spec.cell(r, c.key));
      const button = h('button', { class: 'link', 'aria-pressed': 'false', 'aria-label': spec.label?.(r), onclick: () => select(r.id, group) }, spec.cell(r, c.key));
      buttons.set(r.id, button);
      return h('th', { scope: 'row' }, button);
    })));
    return h('div', { class: 'table-scroll' },
      h('table', { id: spec.id, class: 'data-table' },
        h('caption', {}, `${spec.caption} (${rows.length})`, rows.length > shown.length ? `, the first ${shown.length} in this order` : ''),
        h('thead', {}, head),
        h('tbody', {}, body)));
  }

  function render(): void {
    if (panel.hidden) return;
    const { nodes, edges } = x.visible();
    const nodeData = nodes.map((n) => n.data() as NodeData);
    const edgeData = edges.map((e) => e.data() as EdgeData);
    // A redraw (a filter changed, an element was hidden) keeps a keyboard user on the row they were on.
    const focusedRow = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('#table-view tbody tr')?.dataset.id;
    buttons.clear();
    fill(tables,
      table(entitySpec, entityRows(nodeData, edgeData), 'node'),
      table(relationSpec, relationshipRows(nodeData, edgeData), 'edge'));
    status.textContent = `${nodeData.length} entities and ${edgeData.length} relationships, as the graph draws them with its filters.`;
    showSelection();
    if (focusedRow) (buttons.get(focusedRow) ?? heading).focus();
  }

  function showSelection(): void {
    const selected = new Set(x.selectedIds());
    for (const [id, button] of buttons) button.setAttribute('aria-pressed', String(selected.has(id)));
  }

  x.on('changed', render);
  // One update a frame: a box selection selects and unselects elements one by one.
  let pending = false;
  x.cy.on('select unselect', () => {
    if (panel.hidden || pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; showSelection(); });
  });
}
