/**
 * @module The synthetic graph: N entities and about five relationships per entity in the stored
 * model (evidence as JSON strings, evidenceDocs, confidence, years, status), plus documents that
 * mention them. Endpoints follow the ontology's from/to types and a mixed Zipf/uniform draw, so a few
 * hubs (Huawei, Hikvision, Russia) collect thousands of links while most nodes have a handful, as in
 * real reporting. Everything streams in batches: the 1M graph never sits in memory whole.
 */
import { ONTOLOGY, relationshipId, type EntityType, type RelationType } from '../../cypher/ontology.ts';
import type { RelationProperties } from '../../cypher/rows.ts';
import { catalogEntries, entityAt, type SyntheticEntity } from './names.ts';
import { hash32, int, pick, rng, zipf, type Rand } from './prng.ts';

export interface GraphSpec {
  entities: number;
  seed: number;
  relsPerEntity: number;
}

/** The graphs every benchmark part uses: one seed, five relationships per entity, N entities. */
export function benchGraphSpec(entities: number): GraphSpec {
  return { entities, seed: 1, relsPerEntity: 5 };
}

/** Changes whenever the generator's output changes, so a stored graph from older code is reloaded. */
// 2: relationship ids as ingest writes them (source~TYPE~target).
export const GENERATOR_VERSION = 3;

export function graphKey(spec: GraphSpec): string {
  return `v${GENERATOR_VERSION}:seed${spec.seed}:n${spec.entities}:r${spec.relsPerEntity}`;
}

/** Share of each relationship type, roughly as the seed articles and their kind of reporting have them. */
const REL_WEIGHTS: Record<RelationType, number> = {
  SUPPLIES: 30, PARTNERS_WITH: 11, LOCATED_IN: 12, SUBSIDIARY_OF: 7, OWNS: 5, OPERATES: 6, USES: 6,
  DEVELOPS: 6, SANCTIONS: 4, RESTRICTS: 2, FUNDS: 3, LEADS: 4, ENACTED: 2, MANUFACTURES_FOR: 2, PART_OF: 1, FOUNDED: 1,
};

/** A draw lands on the Zipf hubs this often, else uniformly: hubs emerge without starving the tail. */
const HUB_SHARE = 0.35;

const QUOTES: Record<RelationType, (a: string, b: string, y: number) => string> = {
  SUPPLIES: (a, b, y) => `In ${y}, ${a} supplied ${b} with facial recognition cameras and servers under a contract worth several million dollars.`,
  PARTNERS_WITH: (a, b, y) => `${a} signed a strategic partnership with ${b} in ${y} to develop video analytics for city surveillance.`,
  LOCATED_IN: (a, b) => `${a}, which is headquartered in ${b}, has expanded its monitoring business across the region.`,
  SUBSIDIARY_OF: (a, b) => `${a} is a subsidiary of ${b}, according to corporate filings reviewed by reporters.`,
  OWNS: (a, b, y) => `By ${y}, ${a} owned a 25 percent stake in ${b}, the company's annual report shows.`,
  OPERATES: (a, b, y) => `${a} has operated ${b} since ${y}, linking thousands of cameras to a central platform.`,
  USES: (a, b) => `${a} uses ${b} to identify people in crowds at stations and stadiums.`,
  DEVELOPS: (a, b, y) => `${a} developed ${b}, which it first presented at a security exhibition in ${y}.`,
  SANCTIONS: (a, b, y) => `In ${y}, ${a} imposed sanctions on ${b} over its role in mass surveillance.`,
  RESTRICTS: (a, b, y) => `${a} banned the procurement of equipment from ${b} in ${y}.`,
  FUNDS: (a, b, y) => `${a} allocated 40 million dollars to ${b} in ${y}.`,
  LEADS: (a, b) => `${a}, the chief executive of ${b}, said the system would be rolled out nationwide.`,
  ENACTED: (a, b, y) => `${a} adopted the ${b} in ${y}, requiring operators to store traffic for six months.`,
  MANUFACTURES_FOR: (a, b) => `${a} manufactures chips for ${b} at its plants.`,
  PART_OF: (a, b) => `${a}, a department of ${b}, runs the city's camera registry.`,
  FOUNDED: (a, b, y) => `${a} founded ${b} in ${y} to sell video analytics to city governments.`,
};

const STATUSES = ['signed', 'operating', 'planned', 'cancelled'] as const;

export interface EntityRow extends SyntheticEntity {
  aliasText: string;
}

export interface RelationshipRow {
  source: string;
  target: string;
  type: RelationType;
  props: RelationProperties;
}

export interface DocumentRow {
  props: { id: string; source: string; title: string; publisher: string; date: string; length: number; text: string; ingestedAt: string };
  mentions: { id: string; count: number }[];
}

function hex16(s: string): string {
  return hash32(s).toString(16).padStart(8, '0') + hash32(`${s}#`).toString(16).padStart(8, '0');
}

/** The generator's world: entity types and, per type, indices in rank order (catalog hubs first). */
export class SyntheticGraph {
  readonly catalog = catalogEntries();
  readonly documents: number;
  readonly relationships: number;
  private readonly pools = new Map<EntityType, Int32Array>();

  constructor(readonly spec: GraphSpec) {
    this.documents = Math.max(5, Math.round(spec.entities / 20));
    this.relationships = spec.entities * spec.relsPerEntity;
    const byType = new Map<EntityType, number[]>();
    for (let i = 0; i < spec.entities; i++) {
      const t = this.entity(i).type;
      if (!byType.has(t)) byType.set(t, []);
      byType.get(t)!.push(i);
    }
    for (const [t, ids] of byType) this.pools.set(t, Int32Array.from(ids));
  }

  entity(i: number): SyntheticEntity {
    return entityAt(i, this.spec.seed, this.catalog);
  }

  docId(d: number): string {
    return hex16(`doc:${this.spec.seed}:${d}`);
  }

  /** An entity of one of `types`, a pool chosen by the square root of its size so small pools (States) still get picked. */
  private endpoint(r: Rand, types: readonly EntityType[]): number | undefined {
    const pools = types.map((t) => this.pools.get(t)).filter((p): p is Int32Array => !!p && p.length > 0);
    if (pools.length === 0) return undefined;
    const weights = pools.map((p) => Math.sqrt(p.length));
    let x = r() * weights.reduce((a, b) => a + b, 0);
    let pool = pools[pools.length - 1]!;
    for (let k = 0; k < pools.length; k++) if ((x -= weights[k]!) < 0) { pool = pools[k]!; break; }
    return pool[r() < HUB_SHARE ? zipf(r, pool.length) : int(r, pool.length)];
  }

  *entityBatches(size: number): Generator<EntityRow[]> {
    for (let start = 0; start < this.spec.entities; start += size) {
      const rows: EntityRow[] = [];
      for (let i = start; i < Math.min(this.spec.entities, start + size); i++) {
        const e = this.entity(i);
        rows.push({ ...e, aliasText: e.aliases.join(' ') });
      }
      yield rows;
    }
  }

  *relationshipBatches(size: number): Generator<RelationshipRow[]> {
    const r = rng(hash32(`rels:${this.spec.seed}`));
    const types = ONTOLOGY.relationTypes.filter((t) => REL_WEIGHTS[t.name] > 0);
    const total = types.reduce((s, t) => s + REL_WEIGHTS[t.name], 0);
    const n = this.spec.entities;
    // One number per (source, target, type): a Set of numbers costs a fraction of a Set of strings at 5M.
    const seen = new Set<number>();
    let rows: RelationshipRow[] = [];
    let made = 0;
    let attempts = 0;
    while (made < this.relationships && attempts < this.relationships * 4) {
      attempts++;
      let x = r() * total;
      let type = types[types.length - 1]!;
      for (const t of types) if ((x -= REL_WEIGHTS[t.name]) < 0) { type = t; break; }
      const a = this.endpoint(r, type.from);
      const b = this.endpoint(r, type.to);
      if (a === undefined || b === undefined || a === b) continue;
      const key = (a * n + b) * 16 + types.indexOf(type);
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push(this.relationship(r, a, b, type.name));
      made++;
      if (rows.length === size) {
        yield rows;
        rows = [];
      }
    }
    if (rows.length) yield rows;
  }

  private relationship(r: Rand, a: number, b: number, type: RelationType): RelationshipRow {
    const src = this.entity(a);
    const dst = this.entity(b);
    // Most facts are reported once; a few are repeated across many articles.
    const count = 1 + (r() < 0.3 ? zipf(r, 6) + 1 : 0);
    const evidence: string[] = [];
    const evidenceDocs: string[] = [];
    const years = new Set<number>();
    let confidence = 0;
    let status: string | null = null;
    for (let k = 0; k < count; k++) {
      const doc = this.docId(int(r, this.documents));
      const year = 2012 + int(r, 13);
      const quote = QUOTES[type](src.name, dst.name, year);
      const conf = Math.round((0.6 + r() * 0.39) * 100) / 100;
      const start = int(r, 9000);
      const st = type === 'SUPPLIES' && r() < 0.5 ? pick(r, STATUSES) : undefined;
      evidence.push(JSON.stringify({ doc, quote, start, end: start + quote.length, rule: `${type.toLowerCase()}.synthetic`, confidence: conf, year, ...(st ? { status: st } : {}) }));
      evidenceDocs.push(doc);
      years.add(year);
      confidence = Math.max(confidence, conf);
      if (st) status = st;
    }
    return {
      source: src.id, target: dst.id, type,
      props: { id: relationshipId(src.id, type, dst.id), evidence, evidenceDocs, confidence, evidenceCount: count, years: [...years].sort((x, y) => x - y), status },
    };
  }

  *documentBatches(size: number): Generator<DocumentRow[]> {
    const r = rng(hash32(`docs:${this.spec.seed}`));
    const n = this.spec.entities;
    for (let start = 0; start < this.documents; start += size) {
      const rows: DocumentRow[] = [];
      for (let d = start; d < Math.min(this.documents, start + size); d++) {
        const mentioned = new Map<string, number>();
        for (let k = 0; k < 8; k++) {
          const id = this.entity(r() < HUB_SHARE ? zipf(r, n) : int(r, n)).id;
          mentioned.set(id, (mentioned.get(id) ?? 0) + 1 + int(r, 3));
        }
        const names = [...mentioned.keys()].join(', ');
        const text = `Synthetic report ${d} on surveillance procurement. It names ${names}. `.repeat(4);
        rows.push({
          props: {
            id: this.docId(d), source: `synthetic-${d}.txt`, title: `Synthetic report ${d}`, publisher: 'Sightline bench',
            date: `20${12 + (d % 13)}-0${1 + (d % 9)}-1${d % 10}`, length: text.length, text, ingestedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, d % 86400)).toISOString(),
          },
          mentions: [...mentioned].map(([id, count]) => ({ id, count })),
        });
      }
      yield rows;
    }
  }

  /** Ids the API benchmark asks about: the biggest hubs, and ordinary nodes drawn from the tail. */
  probes(count = 20): { hubs: string[]; typical: string[]; searchTerms: string[] } {
    const r = rng(hash32(`probes:${this.spec.seed}`));
    const companies = this.pools.get('Company')!;
    const hubs = Array.from(companies.subarray(0, 3), (i) => this.entity(i).id);
    const start = this.catalog.length;
    const typical = Array.from({ length: count }, () => this.entity(start + int(r, this.spec.entities - start)).id);
    const invented = this.entity(start + int(r, this.spec.entities - start)).name;
    // A full name, a prefix, a typo and an invented name: the four kinds of search analysts type.
    return { hubs, typical, searchTerms: ['Hikvision', 'Hikv', 'Hikvison', 'Ntech', invented.split(' ')[0]!, 'Safe City'] };
  }
}
