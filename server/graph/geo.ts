/**
 * @module Where the entities drawn are, for the map: each one's country (a state is its own) with the
 * country's ISO code, which the map's boundaries are keyed by, and a city's coordinates. All of it is
 * reference data stored with the entity at ingest (the catalog and the gazetteer), never from text.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Repository } from '../../cypher/repository.ts';

countries.registerLocale(en);

export interface Located {
  id: string;
  name: string;
  type: string;
  country?: string;
  /** ISO 3166-1 alpha-2 of the country, when the name is one the standard knows. */
  countryCode?: string;
  coordinates?: [number, number];
}

export async function locate(repo: Repository, ids: readonly string[]): Promise<Located[]> {
  const rows = await repo.read('geo', { ids });
  return rows.map(({ entity: e }) => {
    const country = e.type === 'State' ? e.name : e.country ?? undefined;
    const code = country ? countries.getAlpha2Code(country, 'en') : undefined;
    const [lon, lat] = e.coordinates ?? [];
    return {
      id: e.id, name: e.name, type: e.type,
      ...(country ? { country } : {}), ...(code ? { countryCode: code } : {}),
      ...(lon !== undefined && lat !== undefined ? { coordinates: [lon, lat] as [number, number] } : {}),
    };
  });
}
