/**
 * Which graph entity a list entry names: the tricky names analysts meet, each a rule of matching.
 */
import { describe, expect, it } from 'vitest';
import { crossReference, THRESHOLDS, type MatchCandidate } from '../../ingest/lists/crossReference.ts';
import type { ListEntry } from '../../ingest/lists/entries.ts';

const entry = (over: Partial<ListEntry>): ListEntry => ({ list: 'L', key: over.name ?? 'k', type: 'Company', name: 'X', aliases: [], countries: [], programs: [], line: 1, ...over });
const matches = (e: ListEntry, entities: MatchCandidate[]) => crossReference([e], entities).map((m) => `${m.entityId}:${m.status}`);

describe('cross-referencing list entries with the graph', () => {
  it('links a Chinese company listed under its pinyin legal name to the English brand the graph knows', () => {
    expect(matches(entry({ name: 'Hangzhou Hikvision Digital Technology Co., Ltd.', countries: ['China'] }), [{ id: 'hikvision', name: 'Hikvision', type: 'Company', country: 'China' }])).toEqual(['hikvision:linked']);
    expect(matches(entry({ name: 'Zhejiang Uniview Technologies Co. Ltd.' }), [{ id: 'uniview', name: 'Uniview', type: 'Company' }])).toEqual(['uniview:linked']);
  });
  it('never ties a body to the same-named body of another country', () => {
    const entities = [
      { id: 'mia-russia', name: 'Ministry of Internal Affairs', type: 'Agency', country: 'Russia' },
      { id: 'mia-uzbekistan', name: 'Ministry of Internal Affairs', type: 'Agency', country: 'Uzbekistan' },
    ];
    expect(matches(entry({ type: 'Agency', name: 'Ministry of Internal Affairs of the Russian Federation', aliases: ['Ministry of Internal Affairs'], countries: ['Russia'] }), entities)).toEqual(['mia-russia:linked']);
  });
  it('sends a near miss to a person for review instead of linking it', () => {
    const [m] = crossReference([entry({ name: 'Zhejiang Dahau Technology Co., Ltd.' })], [{ id: 'dahua', name: 'Zhejiang Dahua Technology Co., Ltd.', type: 'Company' }]);
    expect(m).toMatchObject({ entityId: 'dahua', status: 'pending' });
    expect(m!.score).toBeGreaterThanOrEqual(THRESHOLDS.review);
    expect(m!.score).toBeLessThan(THRESHOLDS.link);
  });
  it('matches people in any word order but never a person to a firm', () => {
    expect(matches(entry({ type: 'Person', name: 'Quanguo Chen' }), [{ id: 'chen', name: 'Chen Quanguo', type: 'Person' }, { id: 'chen-co', name: 'Chen Quanguo', type: 'Company' }])).toEqual(['chen:linked']);
  });
  it('leaves unrelated names, places and technologies alone', () => {
    expect(matches(entry({ name: 'Bank of China' }), [{ id: 'china', name: 'China', type: 'State' }, { id: 'boc', name: 'Bank of Communications', type: 'Company' }])).toEqual([]);
  });
  it('asks a person when one entry fits two entities unequally', () => {
    expect(matches(entry({ name: 'Hikvision', countries: ['China'] }), [
      { id: 'hikvision', name: 'Hikvision', type: 'Company', country: 'China' },
      { id: 'hikvision-digital', name: 'Hangzhou Hikvision Digital Technology', type: 'Company' },
    ]).sort()).toEqual(['hikvision-digital:pending', 'hikvision:linked']);
  });
});
