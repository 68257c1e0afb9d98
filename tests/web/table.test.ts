/**
 * The table view's rows and sorting (web/src/graph/table.ts), in Node: one row per drawn entity and
 * relationship, with the words the canvas's marks stand for, sorted by any column.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_COLUMNS, entityRows, nextSort, relationshipRows, sortRows } from '../../web/src/graph/table.ts';
import { edge, node } from './fixtures.ts';

const nodes = [
  node('hikvision', 'Company', { country: 'China', flags: { listed: [], sanctionedBy: [{ id: 'us', name: 'United States', type: 'State', relationshipId: 'x' }], restrictedBy: [] } }),
  node('kazakhstan', 'State'),
  node('almaty', 'Place', { country: 'Kazakhstan' }),
].map((n) => n.data);
const edges = [
  edge('s1', 'hikvision', 'kazakhstan', { years: [2019, 2020], confidence: 0.9, evidenceCount: 3 }),
  edge('s2', 'hikvision', 'almaty', { status: 'planned', confidence: 0.6, review: 'confirmed' }),
  edge('p1', 'almaty', 'almaty', { type: 'PARTNERS_WITH', confidence: 0.7 }),
].map((e) => e.data);

describe('the table view\'s rows', () => {
  it('gives each entity its type, country, the links drawn to it and its flags in words', () => {
    expect(entityRows(nodes, edges)).toEqual([
      { id: 'hikvision', name: 'Hikvision', type: 'Company', country: 'China', links: 2, flags: 'sanctioned' },
      { id: 'kazakhstan', name: 'Kazakhstan', type: 'State', country: '', links: 1, flags: '' },
      { id: 'almaty', name: 'Almaty', type: 'Place', country: 'Kazakhstan', links: 2, flags: '' },
    ]);
  });

  it('reads each relationship in its direction with status, years, confidence, sources and review', () => {
    expect(relationshipRows(nodes, edges)[0]).toEqual({ id: 's1', from: 'Hikvision', relationship: 'supplies', to: 'Kazakhstan', status: '', years: '2019, 2020', confidence: 0.9, sources: 3, review: '' });
    expect(relationshipRows(nodes, edges)[1]).toMatchObject({ status: 'planned', review: 'confirmed' });
  });

  it('sorts numbers as numbers and words by collation, empty cells last either way', () => {
    const rels = relationshipRows(nodes, edges);
    expect(sortRows(rels, { key: 'confidence', direction: 'descending' }).map((r) => r.id)).toEqual(['s1', 'p1', 's2']);
    expect(sortRows(rels, { key: 'confidence', direction: 'ascending' }).map((r) => r.id)).toEqual(['s2', 'p1', 's1']);
    expect(sortRows(rels, { key: 'status', direction: 'ascending' }).map((r) => r.id)[0]).toBe('s2');
    expect(sortRows(rels, { key: 'status', direction: 'descending' }).map((r) => r.id)[0]).toBe('s2');
    expect(sortRows(entityRows(nodes, edges), { key: 'name', direction: 'ascending' }).map((r) => r.name)).toEqual(['Almaty', 'Hikvision', 'Kazakhstan']);
  });

  it('turns the sorted column\'s direction on a second click, and starts a new column A-Z or high numbers first', () => {
    const name = ENTITY_COLUMNS.find((c) => c.key === 'name')!;
    const links = ENTITY_COLUMNS.find((c) => c.key === 'links')!;
    expect(nextSort({ key: 'name', direction: 'ascending' }, name)).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, links)).toEqual({ key: 'links', direction: 'descending' });
    expect(nextSort({ key: 'links', direction: 'descending' }, name)).toEqual({ key: 'name', direction: 'ascending' });
  });
});
