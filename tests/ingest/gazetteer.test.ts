import { describe, expect, it } from 'vitest';
import { catalog } from '../../ingest/catalog.ts';
import { isKnownPlace, placeNamed } from '../../ingest/gazetteer.ts';
import { seededServer } from '../helpers/seeded.ts';

describe('gazetteer', () => {
  const c = catalog();

  it('gives a city the country reference data holds it in, named as the catalog names the state', () => {
    expect(placeNamed('Tashkent', c)).toMatchObject({ kind: 'city', country: 'Uzbekistan' });
    expect(placeNamed('Yibin', c)).toMatchObject({ kind: 'city', country: 'China', coordinates: [expect.any(Number), expect.any(Number)] });
    expect(placeNamed('Bečej', c)?.country).toBe('Serbia');
  });

  it('leaves a name two countries use for a region unplaced, unless the text names one of them beside it', () => {
    expect(placeNamed('Punjab', c)).toBeUndefined();
    expect(placeNamed('Punjab', c, 'Pakistan')).toMatchObject({ kind: 'region', country: 'Pakistan' });
    expect(placeNamed('Punjab', c, 'India')).toMatchObject({ kind: 'region', country: 'India' });
  });

  it('takes a region over towns named after it, and a city over namesakes a tenth its size', () => {
    expect(placeNamed('Moscow', c)?.country).toBe('Russia');
    expect(placeNamed('Belgrade', c)?.country).toBe('Serbia');
  });

  it('does not take a small town\'s name for a place by its words alone: Nokia is a company first', () => {
    expect(isKnownPlace('Nokia')).toBe(false);
    expect(isKnownPlace('Mandalay')).toBe(true);
    expect(isKnownPlace('Hikvision')).toBe(false);
  });
});

describe('places the catalog does not know, ingested', () => {
  const seeded = seededServer();
  const get = async (path: string) => (await fetch(`${seeded.server.url}${path}`)).json() as Promise<any>;

  it('are placed in their country by the gazetteer, and the country\'s supply chain reaches their vendors through them', async () => {
    // Sri Lanka is named after Kandy, so nothing in the text places Kandy there: only reference data does.
    const text = 'Kandy buys cameras\n\nIn 2021 Zhejiang Dahua Technology Co., Ltd. supplied cameras to Kandy for its traffic control centre. '
      + 'The police of Sri Lanka welcomed the system.';
    const res = await fetch(`${seeded.server.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Kandy buys cameras', text }) });
    expect(res.status).toBe(200);
    const added = await res.json() as any;
    const kandy = added.entities.find((e: any) => e.name === 'Kandy');
    expect(kandy).toMatchObject({ type: 'Place', country: 'Sri Lanka' });
    const chain = await get('/api/supply-chain/sri-lanka');
    const dahua = chain.entries.find((e: any) => e.entity.id === 'dahua');
    expect(dahua, 'Dahua upstream of Sri Lanka').toBeDefined();
    expect(dahua.paths[0].nodes.slice(-2)).toEqual([kandy.id, 'sri-lanka']);
  });
});
