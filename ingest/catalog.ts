/**
 * @module The curated catalog of known entities (seeds/catalog.json): identity only, never relations.
 * Validated with zod on load so a typo in a type or a name claimed by two entities fails loudly
 * instead of quietly merging two bodies in the graph.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { z } from 'zod';
import { EntityTypeSchema } from '../cypher/ontology-schemas.ts';
import { nameKey, slug } from './names.ts';

const CatalogEntrySchema = z.object({
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string().min(1)).default([]),
  country: z.string().min(1).optional(),
  /** For states: adjectives ("Russian") that place a same-name body in this country. */
  adjectives: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
}).strict();

export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

export interface CatalogItem extends CatalogEntry {
  /** Entity id: slug of the name, plus the country when another entry shares the name. */
  id: string;
}

export interface Catalog {
  items: CatalogItem[];
  byId: Map<string, CatalogItem>;
  /** Name key (see names.ts) to the ids of every entry that name may mean. */
  byKey: Map<string, string[]>;
  /** Demonym key ("russian") to the state's name, for placing same-name bodies. */
  countryByAdjective: Map<string, string>;
}

countries.registerLocale(en);

export const DEFAULT_CATALOG_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds', 'catalog.json');
/** The world's states with their demonyms, capitals and large cities (identity only, like the catalog). */
export const COUNTRIES_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds', 'countries.json');

const CountrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  adjectives: z.array(z.string().min(1)),
  capital: z.string().min(1).optional(),
  cities: z.array(z.string().min(1)).default([]),
}).strict();

/**
 * The catalog's entries plus every state and city of the gazetteer it does not already name. A
 * gazetteer name or alias another entry already uses is left out: the curated entry keeps it.
 */
export function withCountries(entries: readonly CatalogEntry[], countries: unknown): CatalogEntry[] {
  const gazetteer = z.array(CountrySchema).parse(countries);
  const taken = new Set(entries.flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
  const takenAdjectives = new Set(entries.flatMap((e) => e.adjectives ?? []).map(nameKey));
  const free = (names: readonly string[]) => names.filter((n) => !taken.has(nameKey(n)));
  const out = [...entries];
  const add = (e: CatalogEntry) => {
    out.push(e);
    for (const n of [e.name, ...e.aliases]) taken.add(nameKey(n));
  };
  for (const c of gazetteer) {
    if (!taken.has(nameKey(c.name))) {
      add({ name: c.name, type: 'State', aliases: free(c.aliases), country: c.name, adjectives: c.adjectives.filter((a) => !takenAdjectives.has(nameKey(a))) });
    }
    const state = out.find((e) => e.type === 'State' && [e.name, ...e.aliases].some((n) => nameKey(n) === nameKey(c.name)));
    for (const city of [c.capital, ...c.cities]) {
      if (city && !taken.has(nameKey(city))) add({ name: city, type: 'Place', aliases: [], country: state?.name ?? c.name });
    }
  }
  // "the Uzbek government", "the Belarusian authorities" name the state, as its name does.
  return out.map((e) => (e.type === 'State' && e.adjectives?.length
    ? { ...e, aliases: [...e.aliases, ...free(e.adjectives.flatMap((a) => [`${a} government`, `${a} authorities`]))] }
    : e));
}

export class CatalogError extends Error {
  override name = 'CatalogError';
}

/** Builds a catalog from parsed JSON; throws CatalogError naming the offending entries. */
export function buildCatalog(json: unknown, origin = 'catalog', countries?: unknown): Catalog {
  const parsed = z.array(CatalogEntrySchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CatalogError(`${origin}: entry ${issue.path.join('.')}: ${issue.message}`);
  }
  const entries = countries === undefined ? parsed.data : withCountries(parsed.data, countries);
  const keyOwners = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const key of new Set([e.name, ...e.aliases].map(nameKey))) keyOwners.set(key, [...(keyOwners.get(key) ?? []), i]);
  });
  const sharedName = new Set<number>();
  for (const [key, owners] of keyOwners) {
    if (owners.length < 2) continue;
    const countries = owners.map((i) => entries[i]!.country);
    // Same-name bodies are legitimate only when the country tells them apart (two interior ministries).
    if (countries.some((c) => !c) || new Set(countries).size !== countries.length) {
      throw new CatalogError(`${origin}: "${key}" names both ${owners.map((i) => `"${entries[i]!.name}"${entries[i]!.country ? ` (${entries[i]!.country})` : ''}`).join(' and ')}; give each a different country or drop the alias`);
    }
    for (const i of owners) if (nameKey(entries[i]!.name) === key) sharedName.add(i);
  }
  const items = entries.map((e, i): CatalogItem => ({
    ...e,
    id: sharedName.has(i) ? `${slug(e.name)}-${slug(e.country!)}` : slug(e.name),
  }));
  const byId = new Map<string, CatalogItem>();
  for (const item of items) {
    if (byId.has(item.id)) throw new CatalogError(`${origin}: two entries get the id "${item.id}"`);
    byId.set(item.id, item);
  }
  const byKey = new Map<string, string[]>();
  for (const [key, owners] of keyOwners) byKey.set(key, owners.map((i) => items[i]!.id));
  const countryByAdjective = new Map<string, string>();
  for (const item of items) {
    if (item.type !== 'State') continue;
    for (const adjective of item.adjectives ?? []) countryByAdjective.set(nameKey(adjective), item.name);
  }
  return { items, byId, byKey, countryByAdjective };
}

export function loadCatalog(path = DEFAULT_CATALOG_PATH): Catalog {
  return buildCatalog(JSON.parse(readFileSync(path, 'utf8')), path, JSON.parse(readFileSync(COUNTRIES_PATH, 'utf8')));
}

let defaultCatalog: Catalog | undefined;

/** The project's catalog, read once per process. */
export function catalog(): Catalog {
  defaultCatalog ??= loadCatalog();
  return defaultCatalog;
}

/** The state entry a country name refers to, if the catalog has one. */
export function stateNamed(c: Catalog, country: string): CatalogItem | undefined {
  return c.byKey.get(nameKey(country))?.map((id) => c.byId.get(id)!).find((i) => i.type === 'State');
}

/** Whether a word names a country, by its name or its adjective ("Kenya", "Lao", "Chinese"). */
export function namesCountry(c: Catalog, word: string): boolean {
  return c.countryByAdjective.has(nameKey(word)) || Boolean(stateNamed(c, word));
}

/**
 * A country as the graph spells it, from an ISO code ("CN", "ru") or a name: the catalog's state
 * when it knows one of the names ("Russia", not "Russian Federation"), else the standard English name.
 */
export function countryName(value: string, c: Catalog = catalog()): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const names = /^[A-Za-z]{2}$/.test(v) ? [countries.getName(v.toUpperCase(), 'en', { select: 'all' })].flat().filter((n): n is string => Boolean(n)) : [v];
  if (!names.length) return undefined;
  const known = names.map((n) => stateNamed(c, n)).find(Boolean);
  return known?.name ?? names[0];
}
