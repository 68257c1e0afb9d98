/**
 * @module FollowTheMoney entities as JSON lines, the format Aleph and OpenSanctions load
 * (`ftm import`, `aleph crawldir`-style streams): one `{id, schema, properties}` object a line, every
 * property a list of strings. Entities first, then the links as FtM interval schemata.
 *
^ * Mapping choices (each type's `ftm` in cypher/ontology.ts): a State and an Agency are PublicBody (FtM models countries as properties, not
 * entities); a Program is a Project; Place, Law, Technology and Product have no FtM schema that can
 * stand at either end of a link (Address is not a Thing) and become LegalEntity with the Sightline
 * type in `description`. Countries stay as stored (a name or a code); FtM's country type cleans
 * both. SANCTIONS and RESTRICTS become Sanction (authority = who imposes it, program = the named
 * list or law); OWNS and SUBSIDIARY_OF become Ownership; LEADS becomes Directorship; everything else
 * UnknownLink with the relationship's display name as `role`. Evidence quotes go into `summary`, the titles of
 * their documents into `description`, the stated years into `startDate`/`endDate`. A watchlist
 * listing is a Sanction too, after its entity: authority = the list, program = its programs,
 * startDate = since when, sourceUrl = the publisher's page, so a list stays a source of its own.
 */
import { entityTypeInfo, relationTypeInfo, isRelationType, type EntityType } from '../../cypher/ontology.ts';
import type { NodeData } from '../schemas/graph.ts';
import type { ExportEdge, Exporter } from './model.ts';

/** The FtM schema of an entity type, declared in the ontology. */
const schemaOf = (type: EntityType) => entityTypeInfo(type).ftm;
/** FtM's Ownership.asset must be an Asset; of our types only a Company is one. */
const ASSET_SCHEMATA = new Set(['Company']);

const ftmId = (kind: 'e' | 'r', id: string) => `sightline-${kind}-${id}`;
type Props = Record<string, string[]>;
const props = (o: Record<string, unknown[] | unknown>): Props =>
  Object.fromEntries(Object.entries(o)
    .map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).filter((x) => x !== undefined && x !== null && x !== '').map(String)] as const)
    .filter(([, v]) => v.length > 0));

function entity(n: NodeData) {
  const schema = schemaOf(n.type);
  return {
    id: ftmId('e', n.id),
    schema,
    properties: props({
      name: n.label, alias: n.aliases, country: n.country,
      ...(schema === 'LegalEntity' || schema === 'Project' ? { description: n.type } : {}),
    }),
  };
}

/** The entity's watchlist listings, each a Sanction pointing at it. */
function listings(n: NodeData) {
  return (n.flags?.listed ?? []).map((l) => ({
    id: `sightline-l-${l.entry}-${n.id}`,
    schema: 'Sanction',
    properties: props({
      entity: ftmId('e', n.id), authority: l.list, program: l.programs, startDate: l.since, sourceUrl: l.url,
      summary: `listed as "${l.entryName}" (${l.status === 'confirmed' ? 'confirmed by a person' : `matched by name, score ${l.score}`})`,
    }),
  }));
}

type End = Pick<NodeData, 'label' | 'type'>;

function link(e: ExportEdge, nodes: Map<string, End>) {
  const evidence = {
    summary: e.evidence.map((x) => x.quote),
    description: [...new Set(e.evidence.map((x) => x.citation))],
    startDate: e.years.length > 0 ? String(e.years[0]) : undefined,
    endDate: e.years.length > 1 ? String(e.years[e.years.length - 1]) : undefined,
    recordId: e.id,
  };
  const source = nodes.get(e.source)!;
  const target = nodes.get(e.target)!;
  const s = ftmId('e', e.source);
  const t = ftmId('e', e.target);
  const detail = e.evidence.find((x) => x.detail)?.detail;
  const info = isRelationType(e.type) ? relationTypeInfo(e.type) : undefined;
  switch (info?.ftm) {
    case 'Sanction':
      return { schema: 'Sanction', properties: props({ entity: t, authority: source.label, program: detail ?? (source.type === 'Law' ? source.label : undefined),
        provisions: e.type === 'RESTRICTS' ? 'restriction' : undefined, status: e.status, ...evidence }) };
    case 'Ownership': {
      // OWNS reads owner to asset; SUBSIDIARY_OF reads asset (the child) to owner (the parent).
      const [owner, asset, assetEnd] = e.type === 'SUBSIDIARY_OF' ? [t, s, source] : [s, t, target];
      if (ASSET_SCHEMATA.has(schemaOf(assetEnd.type))) {
        return { schema: 'Ownership', properties: props({ owner, asset, ...(e.type === 'SUBSIDIARY_OF' ? { role: 'parent company' } : {}), ...evidence }) };
      }
      break;
    }
    case 'Directorship':
      return { schema: 'Directorship', properties: props({ director: s, organization: t, role: detail, ...evidence }) };
  }
  const role = info?.display ?? e.type.toLowerCase();
  return { schema: 'UnknownLink', properties: props({ subject: s, object: t, role, status: e.status, ...evidence }) };
}

export const toFtm: Exporter = async function* (src) {
  const nodes = new Map<string, End>();
  for await (const page of src.nodes()) {
    for (const n of page) nodes.set(n.id, { label: n.label, type: n.type });
    yield page.map((n) => [entity(n), ...listings(n)].map((x) => `${JSON.stringify(x)}\n`).join('')).join('');
  }
  for await (const page of src.edges()) {
    yield page.filter((e) => nodes.has(e.source) && nodes.has(e.target))
      .map((e) => `${JSON.stringify({ id: ftmId('r', e.id), ...link(e, nodes) })}\n`).join('');
  }
};
