import { describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/seeded.ts';

const seeded = seededServer();

const post = async (body: unknown) => {
  const res = await fetch(`${seeded.server.url}/api/timeline`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() as any };
};
const allIds = async () => (await seeded.repo.read('entityIds')).map((r) => r.id);

describe('POST /api/timeline', () => {
  it('places a fact at the year its sentence states, else at its document\'s date marked as such, else in the undated lane', async () => {
    const add = async (text: string) => {
      const res = await fetch(`${seeded.server.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
      expect(res.status).toBe(200);
    };
    await add('Cameras for Taraz\nMay 2023\n\nIn 2019 Korkem Telecom supplied cameras to Taraz. Hikvision supplied cameras to Taraz as well.');
    await add('Taraz notes\n\nDahua supplied cameras to Taraz.');
    const { status, body } = await post({ ids: ['taraz', 'korkem-telecom', 'hikvision', 'dahua'] });
    expect(status).toBe(200);
    const about = (vendor: string) => body.items.filter((i: any) => i.source === vendor && i.target === 'taraz' && i.type === 'SUPPLIES');
    expect(about('korkem-telecom')).toEqual([expect.objectContaining({ year: 2019, dated: 'stated', quote: expect.stringContaining('In 2019') })]);
    expect(about('hikvision')).toEqual([expect.objectContaining({ year: 2023, dated: 'document', documentTitle: 'Cameras for Taraz' })]);
    expect(about('dahua')).toEqual([expect.objectContaining({ dated: 'undated' })]);
    expect(about('dahua')[0].year).toBeUndefined();
    expect(body.span).toEqual({ from: 2019, to: 2023 });
    expect(body.undated).toBe(body.items.filter((i: any) => i.dated === 'undated').length);
    expect(body.items.filter((i: any) => i.target === 'taraz').map((i: any) => i.year ?? Infinity)).toEqual([2019, 2023, Infinity]);
  });

  it('places a fact at the year a person set on review, ahead of its sentence\'s, and back when the correction is cleared', async () => {
    const id = 'dahua~SUPPLIES~taraz';
    const rel = await (await fetch(`${seeded.server.url}/api/relationships/${id}`)).json();
    const correct = (years: number[] | null, version: number) => fetch(`${seeded.server.url}/api/relationships/${id}/correct`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ years, version, note: 'the contract is dated 2016' }),
    });
    const corrected = await correct([2016], rel.curation.version);
    expect(corrected.status).toBe(200);
    const dahua = async () => (await post({ ids: ['taraz', 'dahua'] })).body.items.filter((i: any) => i.relationship === id);
    expect(await dahua()).toEqual([expect.objectContaining({ year: 2016, dated: 'corrected' })]);
    const now = await (await fetch(`${seeded.server.url}/api/relationships/${id}`)).json();
    expect((await correct(null, now.curation.version)).status).toBe(200);
    expect(await dahua()).toEqual([expect.objectContaining({ dated: 'undated' })]);
  });

  it('gives the seed graph\'s facts no year their sources do not state: they wait in the undated lane, counted', async () => {
    const { body } = await post({ ids: await allIds() });
    expect(body.undated).toBeGreaterThan(0);
    expect(body.undated).toBe(body.items.filter((i: any) => i.dated === 'undated' && i.year === undefined).length);
    const order = body.items.map((i: any) => i.year ?? Infinity);
    expect(order).toEqual([...order].sort((x: number, y: number) => x - y));
  });

  it('keeps to the relationships among the entities given, and to the types asked for', async () => {
    const { body } = await post({ ids: ['sergek', 'korkem-telecom', 'almaty'], types: ['SUPPLIES', 'OPERATES'] });
    expect(body.items.length).toBeGreaterThan(0);
    for (const i of body.items) {
      expect(['sergek', 'korkem-telecom', 'almaty']).toEqual(expect.arrayContaining([i.source, i.target]));
      expect(['SUPPLIES', 'OPERATES']).toContain(i.type);
    }
  });

  it('keeps to the relationships named, when a view names the edges it draws', async () => {
    const ids = await allIds();
    const all = (await post({ ids })).body.items as any[];
    const chosen = [...new Set(all.map((i) => i.relationship))].slice(0, 2);
    expect(chosen).toHaveLength(2);
    const { status, body } = await post({ ids, relationships: [...chosen, 'no~SUPPLIES~such'] });
    expect(status).toBe(200);
    expect(new Set(body.items.map((i: any) => i.relationship))).toEqual(new Set(chosen));
    expect(body.items).toEqual(all.filter((i) => chosen.includes(i.relationship)));
  });

  it('bounds the answer: past the relationship limit it places the first in id order and says it was cut; sentences past the per-relationship limit are counted, not sent', async () => {
    const ids = await allIds();
    const whole = (await post({ ids })).body;
    expect(whole).toMatchObject({ truncated: false, omitted: 0 });
    const rels = [...new Set((whole.items as any[]).map((i) => i.relationship as string))].sort();
    expect(rels.length).toBeGreaterThan(3);

    const cut = await post({ ids, limit: 2 });
    expect(cut.status).toBe(200);
    expect(cut.body.truncated).toBe(true);
    expect(new Set(cut.body.items.map((i: any) => i.relationship))).toEqual(new Set(rels.slice(0, 2)));
    expect((await post({ ids, limit: rels.length })).body.truncated).toBe(false);

    const perRel = new Map<string, number>();
    for (const i of whole.items) perRel.set(i.relationship, (perRel.get(i.relationship) ?? 0) + 1);
    expect(Math.max(...perRel.values())).toBeGreaterThan(1);
    const thin = (await post({ ids, evidencePerRelationship: 1 })).body;
    const placed = new Map<string, number>();
    for (const i of thin.items) placed.set(i.relationship, (placed.get(i.relationship) ?? 0) + 1);
    expect(Math.max(...placed.values())).toBe(1);
    expect(thin.omitted).toBe([...perRel.values()].reduce((sum, n) => sum + n - 1, 0));
    expect(thin.truncated).toBe(false);

    const tooMany = await post({ ids, limit: 5001 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toMatch(/^body\.limit/);
    const tooDeep = await post({ ids, evidencePerRelationship: 0 });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.message).toMatch(/^body\.evidencePerRelationship/);
  });

  it('answers the relationships of the most connected entity drawn, though the query never expands it', async () => {
    const [hub] = (await seeded.repo.read('entityIdsByDegree')).map((r) => r.id);
    const whole = (await post({ ids: await allIds() })).body.items as any[];
    const ofHub = whole.filter((i) => i.source === hub || i.target === hub);
    expect(ofHub.length).toBeGreaterThan(0);
    const other = ofHub[0].source === hub ? ofHub[0].target : ofHub[0].source;
    const { body } = await post({ ids: [hub, other] });
    expect(body.items).toEqual(whole.filter((i) => [i.source, i.target].sort().join() === [hub, other].sort().join()));
  });

  it('refuses an empty set, too many ids and an unknown type, naming the field', async () => {
    const empty = await post({ ids: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/^body\.ids/);
    expect((await post({ ids: Array.from({ length: 5001 }, (_, i) => `e${i}`) })).status).toBe(400);
    const type = await post({ ids: ['sergek'], types: ['LIKES'] });
    expect(type.status).toBe(400);
    expect(type.body.message).toMatch(/^body\.types/);
  });
});
