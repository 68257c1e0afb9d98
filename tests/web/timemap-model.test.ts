/**
 * The timeline's and the map's rules over plain data, in Node: which edges a period keeps, lanes,
 * snapping and playback; which arcs, shades and markers a drawing makes.
 */
import { describe, expect, it } from 'vitest';
import type { EdgeData, Located, NodeData, TimelineItem } from '../../web/src/api/types.ts';
import { geoModel } from '../../web/src/graph/geo-model.ts';
import { inPeriod, lanes, nextWindow, snapPeriod, yearsByEdge } from '../../web/src/graph/period.ts';

const item = (relationship: string, source: string, type: string, year?: number): TimelineItem => ({
  relationship, type, source, target: 'x', dated: year ? 'stated' : 'undated', ...(year ? { year } : {}), doc: 'd', documentTitle: 'D', quote: 'q',
});

describe('period rules', () => {
  it('keeps an edge when one of its evidence years is in the period, an undated one only when asked, and an unplaced one always', () => {
    const years = yearsByEdge([item('a', 'v', 'SUPPLIES', 2016), item('a', 'v', 'SUPPLIES', 2020), item('b', 'v', 'SUPPLIES'), item('c', 'v', 'SUPPLIES', 2021)]);
    expect(years.get('a')).toEqual([2016, 2020]);
    expect(years.get('b')).toEqual([]);
    const p = { from: 2017, to: 2020, undated: true };
    expect(inPeriod(years.get('a'), p)).toBe(true);
    expect(inPeriod(years.get('c'), p)).toBe(false);
    expect(inPeriod(years.get('b'), p)).toBe(true);
    expect(inPeriod(years.get('b'), { ...p, undated: false })).toBe(false);
    expect(inPeriod(years.get('reference-edge'), { ...p, undated: false })).toBe(true);
  });

  it('snaps a brush to whole years and plays a window forward until the last year', () => {
    expect(snapPeriod(2017.02, 2019.97, true)).toEqual({ from: 2017, to: 2019, undated: true });
    expect(snapPeriod(2019.97, 2017.02, false)).toEqual({ from: 2017, to: 2019, undated: false });
    expect(snapPeriod(2018.1, 2018.2, true)).toEqual({ from: 2018, to: 2018, undated: true });
    const span = { from: 2015, to: 2017 };
    expect(nextWindow(null, span, false)).toEqual({ from: 2015, to: 2015, undated: false });
    expect(nextWindow({ from: 2015, to: 2016, undated: true }, span, true)).toEqual({ from: 2016, to: 2017, undated: true });
    expect(nextWindow({ from: 2016, to: 2017, undated: true }, span, true)).toBeNull();
  });

  it('orders lanes fullest first, gathers the rest into others, and leaves undated items to their own lane', () => {
    const all = [item('a', 'hikvision', 'SUPPLIES', 2016), item('b', 'hikvision', 'SUPPLIES', 2017), item('c', 'dahua', 'SANCTIONS', 2019), item('d', 'zte', 'SUPPLIES')];
    expect(lanes(all, 'type')).toEqual({ keys: ['SUPPLIES', 'SANCTIONS'], others: false });
    expect(lanes(all, 'vendor')).toEqual({ keys: ['hikvision', 'dahua'], others: false });
    expect(lanes(all, 'vendor', 1)).toEqual({ keys: ['hikvision'], others: true });
  });
});

const node = (id: string, type: NodeData['type'], flags?: NodeData['flags']): NodeData => ({ id, label: id.toUpperCase(), type, aliases: [], origin: 'catalog', ...(flags ? { flags } : {}) });
const edge = (id: string, source: string, target: string, type = 'SUPPLIES', extra: Partial<EdgeData> = {}): EdgeData => ({ id, source, target, type, confidence: 0.9, evidenceCount: 2, years: [], ...extra });
const at = (id: string, countryCode: string, coordinates?: [number, number]): Located => ({ id, name: id, type: 'Place', countryCode, ...(coordinates ? { coordinates } : {}) });

describe('map model', () => {
  const nodes = [node('hik', 'Company', { listed: [], sanctionedBy: [{ id: 'us', name: 'US', type: 'State', relationshipId: 'r' }], restrictedBy: [] }), node('dahua', 'Company'), node('kz', 'State'), node('almaty', 'Place'), node('cn-city', 'Place'), node('acme', 'Company')];
  const located = [at('hik', 'CN'), at('dahua', 'CN'), at('kz', 'KZ'), at('almaty', 'KZ', [76.9, 43.2]), at('cn-city', 'CN')];

  it('makes one arc per vendor, type and customer country, summing its facts, and none inside a country or to an unplaced customer', () => {
    const m = geoModel(nodes, [edge('1', 'hik', 'kz'), edge('2', 'hik', 'almaty', 'SUPPLIES', { evidenceCount: 3 }), edge('3', 'dahua', 'kz'), edge('4', 'hik', 'cn-city'), edge('5', 'hik', 'acme'), edge('6', 'kz', 'hik', 'SANCTIONS')], located);
    expect(m.arcs.map((a) => [a.vendor, a.from, a.to, a.facts, a.edges, a.customers])).toEqual([
      ['dahua', 'CN', 'KZ', 2, ['3'], ['kz']],
      ['hik', 'CN', 'KZ', 5, ['1', '2'], ['kz', 'almaty']],
    ]);
    expect(m.vendorsByCountry.get('KZ')).toEqual(['dahua', 'hik']);
    expect(m.vendorsByCountry.get('CN')).toEqual(['hik']);
  });

  it('leaves rejected relationships off the map', () => {
    const m = geoModel(nodes, [edge('1', 'hik', 'kz', 'SUPPLIES', { review: 'rejected' })], located);
    expect(m.arcs).toEqual([]);
    expect(m.vendorsByCountry.size).toBe(0);
  });

  it('marks places, states and vendors with their flags, and knows which entities each country holds', () => {
    const m = geoModel(nodes, [edge('1', 'hik', 'kz')], located);
    const byId = new Map(m.markers.map((k) => [k.id, k]));
    expect([...byId.keys()].sort()).toEqual(['almaty', 'cn-city', 'hik', 'kz']);
    expect(byId.get('hik')).toMatchObject({ vendor: true, flagged: true, country: 'CN' });
    expect(byId.get('almaty')).toMatchObject({ coordinates: [76.9, 43.2], vendor: false });
    expect(m.entitiesByCountry.get('KZ')).toEqual(['kz', 'almaty']);
  });
});
