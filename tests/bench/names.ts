/**
 * @module Names for synthetic data: the catalog's entities first (so extraction and search meet
 * names they know, and hubs are real hubs), then invented ones built from syllables and the
 * suffixes a discovery rule looks for ("Vorlanet Systems", "Ministry of Karsovia Transport").
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../cypher/ontology.ts';
import { hash32, pick, rng, type Rand } from './prng.ts';

export interface SyntheticEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  country: string | null;
  origin: 'catalog' | 'discovered';
}

interface CatalogEntry {
  name: string;
  type: EntityType;
  aliases?: string[];
  country?: string;
}

const CATALOG_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../seeds/catalog.json');

/** The names analysts search and articles are written about most; they become the top-ranked hubs. */
const HUBS = ['Huawei', 'Hikvision', 'Dahua', 'ZTE', 'NtechLab', 'Russia', 'China', 'Moscow', 'Safe City', 'Rostec'];

export function catalogEntries(): CatalogEntry[] {
  const all = JSON.parse(readFileSync(CATALOG_PATH, 'utf8')) as CatalogEntry[];
  const seen = new Set<string>();
  // Agencies can share a name across countries; one entry per name keeps generated ids unique.
  const unique = all.filter((e) => !seen.has(e.name) && seen.add(e.name));
  const rank = (e: CatalogEntry) => (HUBS.includes(e.name) ? HUBS.indexOf(e.name) : HUBS.length);
  return unique.sort((a, b) => rank(a) - rank(b));
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const ONSETS = ['Vor', 'Kel', 'Tar', 'Mir', 'Zen', 'Sol', 'Ard', 'Bel', 'Nov', 'Ost', 'Lum', 'Kas', 'Dra', 'Vel', 'Ser', 'Ran', 'Tek', 'Qua', 'Hel', 'Gor', 'Pol', 'Xin', 'Yar', 'Ulm'];
const MIDDLES = ['a', 'o', 'i', 'e', 'u', 'ara', 'ino', 'ex', 'ori', 'eta', 'ul', 'av'];
const CODAS = ['net', 'com', 'tek', 'vis', 'tron', 'lan', 'gard', 'sys', 'ris', 'dor', 'mar', 'kon', 'via', 'lex', 'sk', 'grad'];

const SUFFIXES: Partial<Record<EntityType, string[]>> = {
  Company: ['Systems', 'Technologies', 'Telecom', 'Electronics', 'Group', 'Networks', 'Solutions', 'Labs', 'Holding', 'Semiconductor', 'Software', 'Robotics', 'JSC', 'LLC', 'Ltd', 'Inc'],
  Organization: ['Institute', 'University', 'Foundation', 'Center', 'Association', 'Watch', 'Media', 'Council'],
  Agency: ['Police', 'Agency', 'Service', 'Committee', 'Commission', 'Bureau', 'Directorate'],
  Program: ['Safe City', 'Smart City', 'Video Monitoring', 'Vision', 'Shield', 'Guard'],
  Product: ['Face', 'Eye', 'Cam', 'Scan', 'Track', 'Sense'],
  Place: ['', ' region', 'sk', 'grad', ' Oblast'],
  Law: ['Law', 'Act', 'Decree', 'Order', 'Regulation'],
  Technology: ['recognition', 'analytics', 'tracking', 'sensing'],
};

const GIVEN = ['Alexei', 'Dmitry', 'Elena', 'Irina', 'Sergei', 'Olga', 'Timur', 'Aigerim', 'Li', 'Wang', 'Zhang', 'Nurlan', 'Marat', 'Anna', 'Pavel'];
const COUNTRIES = ['Russia', 'China', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Serbia', 'Ecuador', 'Zimbabwe', 'Pakistan', 'Kenya', 'Venezuela', 'Belarus', 'United States', 'Germany', 'Taiwan'];

function stem(r: Rand): string {
  return pick(r, ONSETS) + pick(r, MIDDLES) + pick(r, CODAS);
}

/** An invented name of a type, deterministic from the rng's state. */
export function inventName(r: Rand, type: EntityType): string {
  const s = stem(r);
  switch (type) {
    case 'Person': return `${pick(r, GIVEN)} ${s}ov`;
    case 'Agency': return r() < 0.3 ? `Ministry of ${s} Security` : `${s} ${pick(r, SUFFIXES.Agency!)}`;
    case 'Place': return `${s}${pick(r, SUFFIXES.Place!)}`;
    case 'Technology': return `${s.toLowerCase()} ${pick(r, SUFFIXES.Technology!)}`;
    case 'State': return `Republic of ${s}`;
    default: return `${s} ${pick(r, SUFFIXES[type] ?? SUFFIXES.Company!)}`;
  }
}

/**
 * Types of invented entities, by share. States come from the catalog only: the world has about two
 * hundred, and a graph with thousands would be a different graph.
 */
const INVENTED_TYPES: [EntityType, number][] = [
  ['Company', 45], ['Person', 12], ['Organization', 11], ['Agency', 10], ['Place', 10],
  ['Program', 5], ['Product', 4.5], ['Law', 1.5], ['Technology', 1],
];
const TYPE_TOTAL = INVENTED_TYPES.reduce((s, [, w]) => s + w, 0);

function inventedType(r: Rand): EntityType {
  let x = r() * TYPE_TOTAL;
  for (const [t, w] of INVENTED_TYPES) if ((x -= w) < 0) return t;
  return 'Company';
}

/** The i-th entity of a synthetic world: catalog entries first, then invented ones with unique ids. */
export function entityAt(i: number, seed: number, catalog: readonly CatalogEntry[]): SyntheticEntity {
  if (i < catalog.length) {
    const c = catalog[i]!;
    return { id: slug(c.name), name: c.name, type: c.type, aliases: c.aliases ?? [], country: c.country ?? null, origin: 'catalog' };
  }
  const r = rng(hash32(`${seed}:${i}`));
  const type = inventedType(r);
  const name = inventName(r, type);
  // Invented names repeat (as real ones do); the index keeps ids unique.
  const aliases = type === 'Company' && r() < 0.2 ? [name.split(' ')[0]!] : [];
  return { id: `${slug(name)}-${i.toString(36)}`, name, type, aliases, country: r() < 0.7 ? pick(r, COUNTRIES) : null, origin: 'discovered' };
}
