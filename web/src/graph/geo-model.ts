/**
 * @module What the map draws from what the canvas draws: arcs from each vendor's home country to its
 * customers' countries, the number of distinct vendors supplying each country, and where places,
 * states and vendors sit. Pure over plain data (countries by ISO alpha-2 code, as /api/geo answers),
 * so the rules are tested in Node and the map panel only projects and paints them.
 */
import type { RelationType } from '../../../cypher/ontology.ts';
import type { EdgeData, Located, NodeData } from '../api/types.ts';
import { isFlagged, isRestricted } from './elements.ts';

export const geoDefaults = {
  /** Relationship types that run from a vendor to a customer, and so make an arc across borders. */
  arcTypes: ['SUPPLIES', 'MANUFACTURES_FOR'] satisfies RelationType[] as string[],
  /** Entity types marked on the map by where they are: a city at its coordinates, a state at its country. */
  placedTypes: ['Place', 'State'],
};

/**
 * A rectangle of the world map in the map's projection at scale 1, centred on 0,0 (y down, as drawn):
 * what the map panel shows while zoomed, in units that do not depend on the panel's size, so a
 * picture of another size (the report's) can show the same part of the world.
 */
export interface MapBox { x0: number; y0: number; x1: number; y1: number }

/** One vendor's relationships of one type to customers in one country. */
export interface Arc {
  vendor: string;
  vendorName: string;
  type: string;
  from: string;
  to: string;
  /** Facts behind the arc: the evidence items of its edges. */
  facts: number;
  edges: string[];
  customers: string[];
}

export interface Marker {
  id: string;
  name: string;
  type: string;
  country: string;
  /** A city's longitude and latitude; absent means "somewhere in its country". */
  coordinates?: [number, number];
  vendor: boolean;
  flagged: boolean;
  restricted: boolean;
}

export interface GeoModel {
  arcs: Arc[];
  /** Country code to the distinct vendors supplying something in it (domestic included), by id. */
  vendorsByCountry: Map<string, string[]>;
  markers: Marker[];
  /** Country code to the ids of the entities drawn that are in it, for selecting a country. */
  entitiesByCountry: Map<string, string[]>;
}

/**
 * Builds the map's content from the nodes and edges drawn. Rejected relationships never count, even
 * when the canvas shows them struck through: the map states what the graph holds.
 */
export function geoModel(nodes: readonly NodeData[], edges: readonly EdgeData[], located: readonly Located[], options: Partial<typeof geoDefaults> = {}): GeoModel {
  const o = { ...geoDefaults, ...options } satisfies typeof geoDefaults;
  const where = new Map(located.map((l) => [l.id, l]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const arcTypes = new Set(o.arcTypes);
  const arcs = new Map<string, Arc>();
  const suppliers = new Map<string, Set<string>>();
  const vendors = new Set<string>();
  for (const e of edges) {
    if (!arcTypes.has(e.type) || e.review === 'rejected') continue;
    const from = where.get(e.source)?.countryCode;
    const to = where.get(e.target)?.countryCode;
    if (!from || !to) continue;
    vendors.add(e.source);
    suppliers.set(to, (suppliers.get(to) ?? new Set()).add(e.source));
    if (from === to) continue;
    const key = `${e.source}|${e.type}|${to}`;
    const arc = arcs.get(key) ?? { vendor: e.source, vendorName: byId.get(e.source)?.label ?? e.source, type: e.type, from, to, facts: 0, edges: [], customers: [] };
    arc.facts += e.evidenceCount;
    arc.edges.push(e.id);
    if (!arc.customers.includes(e.target)) arc.customers.push(e.target);
    arcs.set(key, arc);
  }
  const markers: Marker[] = [];
  const entitiesByCountry = new Map<string, string[]>();
  for (const n of nodes) {
    const l = where.get(n.id);
    if (!l?.countryCode) continue;
    entitiesByCountry.set(l.countryCode, [...(entitiesByCountry.get(l.countryCode) ?? []), n.id]);
    const vendor = vendors.has(n.id);
    if (!vendor && !o.placedTypes.includes(n.type)) continue;
    markers.push({
      id: n.id, name: n.label, type: n.type, country: l.countryCode, vendor,
      ...(l.coordinates ? { coordinates: l.coordinates } : {}),
      flagged: isFlagged(n), restricted: isRestricted(n),
    });
  }
  return {
    arcs: [...arcs.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.vendorName.localeCompare(b.vendorName)),
    vendorsByCountry: new Map([...suppliers].map(([c, s]) => [c, [...s].sort()])),
    markers,
    entitiesByCountry,
  };
}
