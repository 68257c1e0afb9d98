import { describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/seeded.ts';

const seeded = seededServer();

const post = async (body: unknown) => {
  const res = await fetch(`${seeded.server.url}/api/geo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() as any };
};

describe('POST /api/geo', () => {
  it('says where the entities drawn are, from reference data: a state is its own country, a city has its country and coordinates', async () => {
    const { status, body } = await post({ ids: ['kazakhstan', 'almaty', 'moscow', 'hikvision', 'no-such-entity'] });
    expect(status).toBe(200);
    const by = new Map(body.entities.map((e: any) => [e.id, e]));
    expect(by.get('kazakhstan')).toMatchObject({ type: 'State', country: 'Kazakhstan', countryCode: 'KZ' });
    expect(by.get('almaty')).toMatchObject({ type: 'Place', country: 'Kazakhstan', countryCode: 'KZ' });
    const [lon, lat] = (by.get('almaty') as any).coordinates;
    // Almaty lies at about 76.9 E, 43.2 N.
    expect(Math.abs(lon - 76.9)).toBeLessThan(0.5);
    expect(Math.abs(lat - 43.25)).toBeLessThan(0.5);
    expect(by.get('moscow')).toMatchObject({ country: 'Russia', countryCode: 'RU', coordinates: [expect.any(Number), expect.any(Number)] });
    expect(by.get('hikvision')).toMatchObject({ country: 'China', countryCode: 'CN' });
    expect(by.get('hikvision')).not.toHaveProperty('coordinates');
    expect(by.has('no-such-entity')).toBe(false);
  });

  it('refuses an empty set, naming the field', async () => {
    const r = await post({ ids: [] });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/^body\.ids/);
  });
});
