import { describe, expect, it } from 'vitest';
import { query } from '../../cypher/registry.ts';
import { relationTypeInfo } from '../../cypher/ontology.ts';
import { CHAIN_LINKS, CUSTOMER_LINKS, SUPPLY_LINKS } from '../../server/graph/supply-chain.ts';
import { seededServer } from '../helpers/seeded.ts';

const seeded = seededServer();

const get = async (path: string) => {
  const res = await fetch(`${seeded.server.url}${path}`);
  return { status: res.status, body: await res.json() as any };
};


/** The relationship types a step query expands, read from its text: `[r:A|B]` with the arrow around it. */
function expansions(name: string) {
  const text = query(name).text;
  const found: { types: string[]; arrow: 'in' | 'out' | 'both'; upstream: boolean | null }[] = [];
  for (const branch of text.split(/\bUNION\b/)) {
    const upstream = /WHERE NOT \$upstream/.test(branch) ? false : /WHERE \$upstream/.test(branch) ? true : null;
    for (const m of branch.matchAll(/\(b\)(<?)-\[r:([A-Z_|]+)\]-(>?)/g)) {
      found.push({ types: m[2]!.split('|').sort(), arrow: m[1] ? 'in' : m[3] ? 'out' : 'both', upstream });
    }
  }
  return found;
}
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('supply-chain step queries implement SUPPLY_LINKS', () => {
  it('vendor links: walking up, forward types are followed in, backward ones out, partnership both ways; walking down, the mirror', () => {
    expect(expansions('supplyChainChainStep')).toEqual(expect.arrayContaining([
      { types: sorted(SUPPLY_LINKS.chainForward), arrow: 'in', upstream: true },
      { types: sorted(SUPPLY_LINKS.chainBackward), arrow: 'out', upstream: true },
      { types: sorted(SUPPLY_LINKS.chainForward), arrow: 'out', upstream: false },
      { types: sorted(SUPPLY_LINKS.chainBackward), arrow: 'in', upstream: false },
      { types: sorted(SUPPLY_LINKS.chainEither), arrow: 'both', upstream: null },
    ]));
    expect(expansions('supplyChainChainStep')).toHaveLength(5);
  });

  it('customer side: walking up from the root, forward types are followed in and backward ones out; walking down, the mirror', () => {
    expect(expansions('supplyChainCustomerStep')).toEqual([
      { types: sorted(SUPPLY_LINKS.customerForward), arrow: 'in', upstream: true },
      { types: sorted(SUPPLY_LINKS.customerBackward), arrow: 'out', upstream: true },
      { types: sorted(SUPPLY_LINKS.customerForward), arrow: 'out', upstream: false },
      { types: sorted(SUPPLY_LINKS.customerBackward), arrow: 'in', upstream: false },
    ]);
  });

  it('the crossing follows the supply type itself: in when walking up, out when walking down', () => {
    expect(expansions('supplyChainSupplyStep')).toEqual([
      { types: [SUPPLY_LINKS.supplies], arrow: 'in', upstream: true },
      { types: [SUPPLY_LINKS.supplies], arrow: 'out', upstream: false },
    ]);
  });
});

describe('the layered walk agrees with an exhaustive path search', () => {
  // The query the walk replaced: every path through the same links, enumerated in full. Too slow for
  // a large graph, exact on a small one, so it is the oracle here.
  async function exhaustive(direction: 'upstream' | 'downstream', id: string, maxHops: number, everything: boolean) {
    const rows = await seeded.repo.read(direction === 'upstream' ? 'supplyChainUpstreamOracle' : 'supplyChainDownstreamOracle', {
      id, ...SUPPLY_LINKS, chainEither: everything ? SUPPLY_LINKS.chainEither : [], excluded: everything ? [] : ['cancelled', 'ended'],
      supplierTypes: relationTypeInfo(SUPPLY_LINKS.supplies).from,
      chainTypes: relationTypeInfo(SUPPLY_LINKS.supplies).from.filter((t) => t !== 'State'), maxHops, maxPaths: 1,
    });
    const best = new Map<string, number>();
    for (const { entity, hops } of rows) best.set(entity, Math.min(best.get(entity) ?? Infinity, hops));
    return Object.fromEntries([...best].sort());
  }

  it('finds, for every entity of the seed graph in both directions at depths 2 and 4, by default and with everything included, exactly the same entities at the same shortest hop counts', async () => {
    const ids = (await seeded.repo.read('entityIds')).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(100);
    let nonEmpty = 0;
    const cases = (['upstream', 'downstream'] as const).flatMap((direction) => ([[2, false], [4, false], [4, true]] as const)
      .flatMap(([depth, everything]) => ids.map((id) => ({ direction, depth, everything, id }))));
    // Over a thousand comparisons, each an HTTP request and an oracle query that wait on the database: a few at
    // a time, so the waits overlap (each comparison is still made, and alone).
    const compare = async ({ direction, depth, everything, id }: (typeof cases)[number]) => {
      const include = everything ? '&include=planned,cancelled,ended,partners' : '&include=planned';
      const { body } = await get(`/api/supply-chain/${encodeURIComponent(id)}?direction=${direction}&depth=${depth}&limit=1000${include}`);
      const walked = Object.fromEntries(body.entries.map((e: any) => [e.entity.id, e.hops]).sort());
      expect(walked, `${direction} ${id} depth ${depth}${include}`).toEqual(await exhaustive(direction, id, depth, everything));
      if (body.entries.length > 0) nonEmpty += 1;
    };
    let next = 0;
    await Promise.all(Array.from({ length: 6 }, async () => {
      try {
        while (next < cases.length) await compare(cases[next++]!);
      } catch (e) {
        // The first difference fails the test; the other workers stop rather than query on after it.
        next = cases.length;
        throw e;
      }
    }));
    // The comparison means something only if many roots have chains.
    expect(nonEmpty).toBeGreaterThan(30);
  }, 300_000);
});

describe('what a supply chain follows', () => {
  const ids = async (path: string) => (await get(path)).body.entries.map((e: any) => e.entity.id) as string[];

  it('leaves partnerships out by default: Dahua, only a technical partner of Sergek\'s supplier Korkem Telecom, is upstream of Sergek only when partners are included', async () => {
    expect(await ids('/api/supply-chain/sergek')).toContain('korkem-telecom');
    expect(await ids('/api/supply-chain/sergek')).not.toContain('dahua');
    expect(await ids('/api/supply-chain/sergek?include=planned,partners')).toContain('dahua');
  });

  it('leaves a cancelled contract out by default: Ukraine is a Hikvision customer only when cancelled links are included', async () => {
    expect(await ids('/api/supply-chain/hikvision?direction=downstream')).not.toContain('ukraine');
    const withCancelled = await get('/api/supply-chain/hikvision?direction=downstream&include=planned,cancelled');
    expect(withCancelled.body.entries.map((e: any) => e.entity.id)).toContain('ukraine');
    expect(withCancelled.body.edges.some((e: any) => e.data.target === 'ukraine' && e.data.status === 'cancelled')).toBe(true);
  });

  it('rolls a state up from its cities by reference data: Russia\'s suppliers include Moscow\'s, each through Moscow by an IN_COUNTRY link', async () => {
    const moscow = (await get('/api/supply-chain/moscow')).body.entries.filter((e: any) => e.hops === 1).map((e: any) => e.entity.id) as string[];
    expect(moscow.length).toBeGreaterThan(2);
    const russia = (await get('/api/supply-chain/russia')).body;
    const edges = new Map(russia.edges.map((e: any) => [e.data.id, e.data]));
    const direct = new Set((await get('/api/supply-chain/russia?include=planned')).body.entries.map((e: any) => e.entity.id));
    const throughMoscow = moscow.filter((v) => !direct.has(v));
    expect(throughMoscow.length).toBeGreaterThan(0);
    for (const vendor of throughMoscow) {
      const entry = russia.entries.find((e: any) => e.entity.id === vendor);
      expect(entry, vendor).toBeDefined();
      expect(entry.paths[0].nodes.slice(-2)).toEqual(['moscow', 'russia']);
      expect((edges.get(entry.paths[0].edges.at(-1)) as any).type).toBe('IN_COUNTRY');
    }
  });

  it('draws no excluded link among the entities it shows, and refuses an unknown option naming it', async () => {
    const { body } = await get('/api/supply-chain/hikvision?direction=downstream');
    expect(body.edges.filter((e: any) => ['cancelled', 'ended'].includes(e.data.status) || e.data.type === 'PARTNERS_WITH')).toEqual([]);
    const bad = await get('/api/supply-chain/hikvision?include=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/include takes planned, cancelled, ended, partners/);
  });
});

describe('GET /api/supply-chain/:id answers', () => {
  it('gives every entry one shortest path that reads from supplier to root along relationships in the answer', async () => {
    const { body } = await get('/api/supply-chain/kazakhstan');
    const edges = new Map(body.edges.map((e: any) => [e.data.id, e.data]));
    for (const entry of body.entries) {
      expect(entry.paths).toHaveLength(1);
      const [path] = entry.paths;
      expect(path.nodes[0]).toBe(entry.entity.id);
      expect(path.nodes.at(-1)).toBe('kazakhstan');
      expect(path.edges).toHaveLength(entry.hops);
      path.edges.forEach((id: string, i: number) => {
        const edge: any = edges.get(id);
        expect(edge, id).toBeDefined();
        expect([edge.source, edge.target].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
      });
    }
  });

  it('stops at the limit with the nearest entries and reports what it left out', async () => {
    const all = (await get('/api/supply-chain/kazakhstan?limit=1000')).body;
    expect(all.entries.length).toBeGreaterThan(3);
    expect(all.truncated).toBeUndefined();
    const { body } = await get('/api/supply-chain/kazakhstan?limit=2');
    expect(body.entries).toHaveLength(2);
    expect(body.truncated).toEqual({ omitted: expect.any(Number), limit: 2 });
    expect(body.truncated.omitted).toBeGreaterThanOrEqual(1);
    expect(body.truncated.omitted).toBeLessThanOrEqual(all.entries.length - 2);
    const hops = (entries: any[]) => entries.map((e) => e.hops).sort((a: number, b: number) => a - b);
    expect(hops(body.entries)).toEqual(hops(all.entries).slice(0, 2));
  });

  it('refuses a limit outside 1..1000, naming the field', async () => {
    for (const bad of ['0', '1001', 'all']) {
      const { status, body } = await get(`/api/supply-chain/kazakhstan?limit=${bad}`);
      expect(status, bad).toBe(400);
      expect(body.message).toMatch(/limit/);
    }
  });

  it('walks no further than the chain allows: at most 3 vendor links and 2 customer-side links', async () => {
    const { body } = await get('/api/supply-chain/kazakhstan?depth=6&limit=1000');
    for (const e of body.entries) expect(e.hops).toBeLessThanOrEqual(CHAIN_LINKS + 1 + CUSTOMER_LINKS);
  });
});
