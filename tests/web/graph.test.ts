import { describe, expect, it } from 'vitest';
import { nodeSizes, sizingDefaults } from '../../web/src/graph/sizing.ts';
import { dropIsolated, groupNewNeighbours, keepTopByDegree, mergeGraph, nodeElementData, pathElementIds, restrictTo } from '../../web/src/graph/elements.ts';
import { applyFilters, docsByEdgeFrom, filtersActive, noFilters, yearSpan } from '../../web/src/graph/filters.ts';
import { createHistory } from '../../web/src/graph/history.ts';
import { previewElements } from '../../web/src/graph/ingest-preview.ts';
import { annotate, locateQuote, markNames, snippetSegments } from '../../web/src/graph/quote.ts';
import { decodeView, encodeView, MAX_URL_CHARS, type ViewState } from '../../web/src/graph/url-state.ts';
import { edge, node } from './fixtures.ts';

const present = (nodes: string[], edges: string[] = []) => ({ nodeIds: new Set(nodes), edgeIds: new Set(edges) });

describe('merging expansions into the view', () => {
  it('adds only new nodes, and only edges whose two ends will be shown', () => {
    const incoming = { nodes: [node('dahua'), node('almaty', 'Place')], edges: [edge('e1', 'dahua', 'almaty'), edge('e2', 'dahua', 'elsewhere'), edge('e0', 'dahua', 'kz')] };
    const merged = mergeGraph(present(['dahua', 'kz'], ['e0']), incoming);
    expect(merged.nodes.map((n) => n.data.id)).toEqual(['almaty']);
    expect(merged.edges.map((e) => e.data.id)).toEqual(['e1']);
  });

  it('does not add a node or edge twice when an answer repeats it', () => {
    const merged = mergeGraph(present([]), { nodes: [node('a'), node('a'), node('b')], edges: [edge('e', 'a', 'b'), edge('e', 'a', 'b')] });
    expect(merged.nodes).toHaveLength(2);
    expect(merged.edges).toHaveLength(1);
  });

  it('keeps the best-connected nodes for a readable first view', () => {
    const g = { nodes: ['hub', 'a', 'b', 'c', 'lone'].map((id) => node(id)), edges: [edge('1', 'hub', 'a'), edge('2', 'hub', 'b'), edge('3', 'hub', 'c'), edge('4', 'a', 'b')] };
    const top = keepTopByDegree(g, 3);
    expect(top.nodes.map((n) => n.data.id)).toEqual(['hub', 'a', 'b']);
    expect(top.edges.map((e) => e.data.id)).toEqual(['1', '2', '4']);
  });

  it('drops nodes without edges from an overview', () => {
    const g = { nodes: [node('a'), node('b'), node('lone')], edges: [edge('1', 'a', 'b')] };
    expect(dropIsolated(g).nodes.map((n) => n.data.id)).toEqual(['a', 'b']);
  });

  it('groups a hub\'s new neighbours by type, largest group first', () => {
    const g = { nodes: [node('hub'), node('c1'), node('c2'), node('s1', 'State'), node('shown')] };
    expect(groupNewNeighbours(present(['hub', 'shown']), g, 'hub').map((x) => [x.type, x.nodes.length])).toEqual([['Company', 2], ['State', 1]]);
  });

  it('restricts to chosen nodes without dangling edges', () => {
    const r = restrictTo({ nodes: [node('a'), node('b'), node('c')], edges: [edge('1', 'a', 'b'), edge('2', 'b', 'c')] }, new Set(['a', 'b']));
    expect(r.edges.map((e) => e.data.id)).toEqual(['1']);
  });

  it('marks a listed or sanctioned entity with ⚠ and one restricted in a country with ⊘, never the other way round', () => {
    const flag = { id: 'us', name: 'United States', type: 'State', relationshipId: 'r1' };
    const listing = { list: 'Entity List', listId: 'entity-list', entry: 'e1', entryName: 'Hikvision', programs: [], status: 'linked' as const, score: 1 };
    expect(nodeElementData(node('hik', 'Company', { label: 'Hikvision', flags: { listed: [], sanctionedBy: [flag], restrictedBy: [] } }).data)).toMatchObject({ display: '⚠ Hikvision', flagged: true, restricted: false });
    expect(nodeElementData(node('dahua', 'Company', { label: 'Dahua', flags: { listed: [listing], sanctionedBy: [], restrictedBy: [] } }).data)).toMatchObject({ display: '⚠ Dahua', flagged: true });
    expect(nodeElementData(node('google', 'Company', { label: 'Google', flags: { listed: [], sanctionedBy: [], restrictedBy: [{ ...flag, name: 'China' }] } }).data)).toMatchObject({ display: '⊘ Google', flagged: false, restricted: true });
    expect(nodeElementData(node('acme').data)).toMatchObject({ display: 'Acme', flagged: false, restricted: false });
  });

  it('collects the nodes and edges of every path', () => {
    expect(pathElementIds([{ nodes: ['a', 'b'], edges: ['1'] }, { nodes: ['a', 'c'], edges: ['2'] }])).toEqual({ nodes: new Set(['a', 'b', 'c']), edges: new Set(['1', '2']) });
  });
});

describe('filters', () => {
  const nodes = [node('dahua').data, node('kz', 'State').data, node('almaty', 'Place').data];
  const edges = [
    edge('s', 'dahua', 'kz', { confidence: 0.9, years: [2017] }).data,
    edge('p', 'dahua', 'almaty', { type: 'PARTNERS_WITH', confidence: 0.4, years: [] }).data,
    edge('l', 'almaty', 'kz', { type: 'LOCATED_IN', confidence: 0.7, years: [2021, 2022] }).data,
  ];

  it('shows everything without filters', () => {
    const v = applyFilters(nodes, edges, noFilters);
    expect([...v.nodes]).toHaveLength(3);
    expect([...v.edges]).toHaveLength(3);
    expect(filtersActive(noFilters)).toBe(false);
  });

  it('hides an entity type together with its edges', () => {
    const v = applyFilters(nodes, edges, { ...noFilters, hiddenEntityTypes: ['Place'] });
    expect([...v.nodes].sort()).toEqual(['dahua', 'kz']);
    expect([...v.edges]).toEqual(['s']);
  });

  it('filters relationship types and minimum confidence', () => {
    expect([...applyFilters(nodes, edges, { ...noFilters, hiddenRelTypes: ['SUPPLIES'] }).edges].sort()).toEqual(['l', 'p']);
    expect([...applyFilters(nodes, edges, { ...noFilters, minConfidence: 0.5 }).edges].sort()).toEqual(['l', 's']);
  });

  it('drops undated edges from a year range unless "include undated" is on, and dated ones outside it', () => {
    expect([...applyFilters(nodes, edges, { ...noFilters, years: [2020, 2030] }).edges].sort()).toEqual(['l']);
    expect([...applyFilters(nodes, edges, { ...noFilters, years: [2020, 2030], includeUndated: true }).edges].sort()).toEqual(['l', 'p']);
    expect([...applyFilters(nodes, edges, { ...noFilters, includeUndated: true }).edges].sort()).toEqual(['l', 'p', 's']);
    expect(yearSpan(edges)).toEqual([2017, 2022]);
    expect(yearSpan([edges[1]!])).toBeNull();
  });

  it('filters by source document through the edge-to-documents map', () => {
    const docs = docsByEdgeFrom([{ id: 'd1', relationshipIds: ['s', 'p'] }, { id: 'd2', relationshipIds: ['p', 'p'] }]);
    expect(docs.get('p')).toEqual(['d1', 'd2']);
    expect([...applyFilters(nodes, edges, { ...noFilters, documents: ['d2'] }, docs).edges]).toEqual(['p']);
  });
});

describe('undo and redo', () => {
  it('walks back and forth through snapshots, and a new change clears redo', () => {
    const h = createHistory<number>();
    h.record(1);
    h.record(2);
    expect(h.undo(3)).toBe(2);
    expect(h.undo(2)).toBe(1);
    expect(h.undo(1)).toBeUndefined();
    expect(h.redo(1)).toBe(2);
    expect(h.canRedo).toBe(true);
    h.record(2);
    expect(h.canRedo).toBe(false);
    expect(h.canUndo).toBe(true);
  });

  it('forgets the oldest snapshots beyond its limit', () => {
    const h = createHistory<number>({ limit: 2 });
    [1, 2, 3].forEach((n) => h.record(n));
    expect(h.undo(4)).toBe(3);
    expect(h.undo(3)).toBe(2);
    expect(h.undo(2)).toBeUndefined();
  });
});

describe('view state in the URL', () => {
  const view: ViewState = {
    nodes: ['dahua-technology', 'kazakhstan', 'odd,id&with=chars #'],
    edges: ['r:1', 'r:2'],
    layout: 'dagre',
    filters: { hiddenEntityTypes: ['Person'], hiddenRelTypes: ['LOCATED_IN', 'USES'], minConfidence: 0.55, documents: ['doc1'], years: [2015, 2020], includeUndated: true },
    selected: 'kazakhstan',
    hidden: ['r:2'],
    pinned: ['odd,id&with=chars #'],
    positions: { 'dahua-technology': { x: 10, y: -20 }, kazakhstan: { x: 300, y: 45 }, 'odd,id&with=chars #': { x: -7, y: 0 } },
    highlight: { nodes: ['dahua-technology', 'kazakhstan'], edges: ['r:1'] },
    viewport: { zoom: 0.8125, pan: { x: 123.5, y: -45 } },
  };

  it('round-trips every field, including ids with separators in them', () => {
    expect(decodeView(`#${encodeView(view)}`)).toEqual(view);
  });

  it('keeps default filters out of the link and reads them back as defaults', () => {
    const plain: ViewState = { nodes: ['a'], edges: [], layout: 'fcose', filters: noFilters };
    expect(encodeView(plain)).toBe('n=a&e=');
    expect(decodeView(encodeView(plain))).toEqual(plain);
  });

  it('carries the timeline\'s period, with undated edges kept unless tpu=0, and ignores a reversed or malformed one', () => {
    const view: ViewState = { nodes: ['a'], edges: [], layout: 'fcose', filters: noFilters, period: { from: 2017, to: 2019, undated: false } };
    expect(encodeView(view)).toBe('n=a&e=&tp=2017-2019&tpu=0');
    expect(decodeView(encodeView(view))).toEqual(view);
    expect(decodeView('#n=a&tp=2020-2020')?.period).toEqual({ from: 2020, to: 2020, undated: true });
    expect(decodeView('#n=a&tp=2020-2017')?.period).toBeUndefined();
    expect(decodeView('#n=a&tp=soon')?.period).toBeUndefined();
  });

  it('returns null for a link without entities and ignores nonsense values', () => {
    expect(decodeView('')).toBeNull();
    expect(decodeView('#layout=dagre')).toBeNull();
    expect(decodeView('#n=a&layout=spiral&minc=7&years=x')).toMatchObject({ layout: 'fcose', filters: noFilters });
  });

  it('drops the edge list from links that would be too long', () => {
    const big: ViewState = { ...view, edges: Array.from({ length: 2000 }, (_, i) => `relationship-${i}`) };
    const hash = encodeView(big);
    expect(hash.length).toBeLessThan(MAX_URL_CHARS);
    expect(decodeView(hash)?.edges).toEqual([]);
  });

  it('then drops the positions, so a huge view reopens laid out again rather than not at all', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `entity-${i}`);
    const big: ViewState = { ...view, nodes: ids, positions: Object.fromEntries(ids.map((id, i) => [id, { x: i, y: -i }])) };
    const decoded = decodeView(encodeView(big));
    expect(decoded?.nodes).toEqual(ids);
    expect(decoded?.positions).toBeUndefined();
  });
});

describe('quotes and documents', () => {
  it('marks both entity names in a quote, case-insensitively and without overlaps', () => {
    const s = markNames('Korkem Telecom’s technical partner is Chinese Dahua Technology.', ['Dahua Technology', 'Dahua', 'korkem telecom']);
    expect(s.filter((x) => x.mark).map((x) => x.text)).toEqual(['Korkem Telecom', 'Dahua Technology']);
    expect(s.map((x) => x.text).join('')).toBe('Korkem Telecom’s technical partner is Chinese Dahua Technology.');
  });

  it('keeps a hostile name as plain segments (the DOM gets text nodes, never markup)', () => {
    const s = markNames('<img src=x onerror=alert(1)> supplies Almaty', ['<img src=x onerror=alert(1)>']);
    expect(s[0]).toEqual({ text: '<img src=x onerror=alert(1)>', mark: true });
  });

  it('finds the quote by offsets, or by its text when the offsets drifted', () => {
    const text = 'First sentence. Dahua supplies Almaty. Last.';
    expect(locateQuote(text, 'Dahua supplies Almaty.', 16, 38)).toEqual([16, 38]);
    expect(locateQuote(text, 'Dahua supplies Almaty.', 3, 9)).toEqual([16, 38]);
    expect(locateQuote(text, 'absent', 100, 120)).toBeNull();
  });

  it('cuts a document into runs where mentions and the highlighted sentence overlap', () => {
    const runs = annotate('ab Dahua cd', [{ start: 3, end: 8, cls: 'm' }, { start: 0, end: 11, cls: 'hit' }]);
    expect(runs).toEqual([{ text: 'ab ', classes: ['hit'] }, { text: 'Dahua', classes: ['m', 'hit'] }, { text: ' cd', classes: ['hit'] }]);
  });
});

describe('ingest preview', () => {
  it('reads Cytoscape elements and flat records alike, skipping relations it cannot place', () => {
    const { nodes, edges } = previewElements(
      [{ data: { id: 'a', label: 'Acme', type: 'Company' } }, { id: 'b', name: 'Bordertown', type: 'Place' }, { name: 'no id' }],
      [{ source: 'a', target: 'b', type: 'SUPPLIES', confidence: 0.7, year: 2020 }, { data: { id: 'r', source: 'a', target: 'zz', type: 'OWNS' } }],
    );
    expect(nodes.map((n) => n.data.label)).toEqual(['Acme', 'Bordertown']);
    expect(edges).toHaveLength(1);
    expect(edges[0]!.data).toMatchObject({ source: 'a', target: 'b', type: 'SUPPLIES', confidence: 0.7, years: [2020] });
  });
});

describe('search snippets', () => {
  it('marks the ranges the server gives as segments, merging overlaps and cutting ranges past the text', () => {
    expect(snippetSegments('Hikvision supplied cameras', [{ start: 10, end: 18 }, { start: 0, end: 9 }, { start: 15, end: 26 }, { start: 20, end: 99 }])).toEqual([
      { text: 'Hikvision', mark: true }, { text: ' ', mark: false }, { text: 'supplied cameras', mark: true },
    ]);
    expect(snippetSegments('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', mark: false }]);
  });
});

describe('node size by degree or evidence', () => {
  const es = [
    edge('1', 'hub', 'a', { evidenceCount: 1 }).data,
    edge('2', 'hub', 'b', { evidenceCount: 1 }).data,
    edge('3', 'hub', 'c', { evidenceCount: 1 }).data,
    edge('4', 'hub', 'd', { evidenceCount: 1 }).data,
    edge('5', 'a', 'b', { evidenceCount: 9 }).data,
  ];
  const ids = ['hub', 'a', 'b', 'c', 'd', 'lone'];

  it('keeps every node the same size unless asked', () => {
    expect(new Set(nodeSizes(ids, es, 'same').values())).toEqual(new Set([sizingDefaults.min]));
  });

  it('sizes by degree: the hub largest, a lone entity at the default size, area following the count', () => {
    const s = nodeSizes(ids, es, 'degree');
    expect(s.get('hub')).toBe(sizingDefaults.max);
    expect(s.get('lone')).toBe(sizingDefaults.min);
    expect(s.get('a')!).toBeGreaterThan(s.get('c')!);
    expect(s.get('c')!).toBeGreaterThan(sizingDefaults.min);
  });

  it('sizes by evidence: the pair with nine sentences outranks the hub of single sentences', () => {
    const s = nodeSizes(ids, es, 'evidence');
    expect(s.get('a')).toBe(sizingDefaults.max);
    expect(s.get('a')!).toBeGreaterThan(s.get('hub')!);
  });
});
