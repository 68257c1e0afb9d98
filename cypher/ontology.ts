/**
 * @module The domain model as data: entity types, relationship types, which types each relationship
 * may connect, and how each is shown. Declared once here and imported by ingest, server and web, so
 * a label or relationship type exists in one list only. Plain data with no validator in it, so the
 * browser's first view carries no schema library; ontology-schemas.ts checks it with zod wherever
 * Node loads it (server, ingest, tests) and before every web build.
 */

/**
 * Every entity node also carries the `:Entity` label; `label` here is the second, specific one.
 * Colours: any two stay at least 10 apart (CIEDE2000) in normal vision and as deuteranopes,
 * protanopes and tritanopes see them, and each stands 3:1 against the canvas, so a type is told by
 * colour as well as by shape (tests/web/colour-vision.test.ts checks both).
 */
const entityTypes = [
  { name: 'State', display: 'State', plural: 'States', shape: 'round-hexagon', color: '#cc3333', ftm: 'PublicBody',
    note: 'A sovereign country. Cities and regions are Places, not States, so that "Moscow supplies" never reads as Russia.' },
  { name: 'Place', display: 'Place', plural: 'Places', shape: 'round-tag', color: '#ee5511', ftm: 'LegalEntity',
    note: 'A city, region or wider area (Moscow, Almaty, Krasnodar region, Central Asia).' },
  { name: 'Company', display: 'Company', plural: 'Companies', shape: 'round-rectangle', color: '#4477bb', ftm: 'Company',
    note: 'A commercial firm, state-owned or private (NtechLab, Rostec, Hikvision).' },
  { name: 'Agency', display: 'Agency', plural: 'Agencies', shape: 'diamond', color: '#772288', ftm: 'PublicBody',
    note: 'A government body: ministry, service, regulator, mayor\'s office. Told apart by country when names repeat.' },
  { name: 'Organization', display: 'Organization', plural: 'Organizations', shape: 'round-octagon', color: '#005555', ftm: 'Organization',
    note: 'NGOs, universities, research centres, media and think tanks.' },
  { name: 'Person', display: 'Person', plural: 'People', shape: 'ellipse', color: '#889955', ftm: 'Person',
    note: 'A named individual.' },
  { name: 'Program', display: 'Program', plural: 'Programs', shape: 'round-pentagon', color: '#007744', ftm: 'Project',
    note: 'A program, system or initiative a government runs (Safe City, Sharp Eye, Sergek, SORM).' },
  { name: 'Law', display: 'Law', plural: 'Laws', shape: 'cut-rectangle', color: '#6e2c00', ftm: 'LegalEntity',
    note: 'Laws, strategies, legal regimes, executive orders and sanctions programs.' },
  { name: 'Technology', display: 'Technology', plural: 'Technologies', shape: 'vee', color: '#5d6d7e', ftm: 'LegalEntity',
    note: 'A kind of technology rather than a vendor\'s product (facial recognition, 5G, DPI, CCTV).' },
  { name: 'Product', display: 'Product', plural: 'Products', shape: 'barrel', color: '#449988', ftm: 'LegalEntity',
    note: 'A vendor\'s named product: an engine, a camera line, a platform.' },
] as const;

/** Names of the entity types, as a tuple so zod (ontology-schemas.ts) and TypeScript both see the literal union. */
export const ENTITY_TYPES = entityTypes.map((t) => t.name) as unknown as readonly [EntityType, ...EntityType[]];
export type EntityType = (typeof entityTypes)[number]['name'];

const ANY: readonly EntityType[] = entityTypes.map((t) => t.name);
const ORGS: readonly EntityType[] = ['Company', 'Agency', 'Organization'];
/** A government, its body or its place: who buys, rules and runs programmes. */
export const GOVERNMENTS: readonly EntityType[] = ['State', 'Place', 'Agency'];

/**
 * How a relationship type's line is drawn besides its colour. Colours are Okabe-Ito hues, which stay
 * apart for the common forms of colour blindness, and no two types share a colour and a dash, so a
 * type is told apart in greyscale print too (the web's palette turns a dash into pixels). Types that
 * share a dash differ in colour by at least 10 (CIEDE2000) under each simulated colour-vision
 * deficiency; reddish purple reads as grey to deuteranopes, so grey lines take the dash no purple has.
 */
export const LINE_DASHES = ['solid', 'dashed', 'dotted', 'dashDot'] as const;
export type LineDash = (typeof LINE_DASHES)[number];

/**
 * Relationship types. `from`/`to` list the entity types each end may have; the extractor drops a
 * candidate whose ends do not fit, which is the cheapest guard against a rule firing on the wrong
 * pair. Direction is the reading direction of the label: "NtechLab SUBSIDIARY_OF Rostec".
 */
const relationTypes = [
  { name: 'SUPPLIES', display: 'supplies', inverse: 'supplied by', color: '#D55E00', dash: 'solid', directed: true, ftm: 'UnknownLink',
    from: [...ORGS, 'State'], to: [...GOVERNMENTS, 'Program', 'Company', 'Organization'],
    note: 'Vendor to customer. A customer can be a state, city, agency, program or another company. A State supplies when it delivers itself (a government-to-government transfer).' },
  { name: 'MANUFACTURES_FOR', display: 'manufactures for', inverse: 'manufactured by', color: '#E69F00', dash: 'dashed', directed: true, ftm: 'UnknownLink',
    from: ['Company'], to: ['Company'],
    note: 'Contract manufacturing (a foundry making a designer\'s chips).' },
  { name: 'PARTNERS_WITH', display: 'partners with', inverse: 'partners with', color: '#56B4E9', dash: 'dashed', directed: false, ftm: 'UnknownLink',
    from: [...ORGS, 'State', 'Place'], to: [...ORGS, 'State', 'Place'],
    note: 'Symmetric in meaning; stored once, in the direction the sentence names them.' },
  { name: 'SUBSIDIARY_OF', display: 'subsidiary of', inverse: 'parent of', color: '#CC79A7', dash: 'solid', directed: true, ftm: 'Ownership',
    from: ORGS, to: ORGS,
    note: 'Child to parent, including "part of" and "a unit of" a group.' },
  { name: 'PART_OF', display: 'part of', inverse: 'has part', color: '#0072B2', dash: 'dotted', directed: true, ftm: 'UnknownLink',
    from: ['Agency', 'Organization'], to: ['Agency', 'Organization'],
    note: 'A body inside another body: a bureau of a ministry, an institute of a university. Not a government body to its own state: that is its country.' },
  { name: 'OWNS', display: 'owns', inverse: 'owned by', color: '#CC79A7', dash: 'dashed', directed: true, ftm: 'Ownership',
    from: [...ORGS, 'State', 'Person'], to: ORGS,
    note: 'Shareholder to company; the stake, when stated, is in the evidence.' },
  { name: 'FOUNDED', display: 'founded', inverse: 'founded by', color: '#56B4E9', dash: 'dotted', directed: true, ftm: 'UnknownLink',
    from: ['Person', ...ORGS, 'State'], to: ['Company', 'Organization'],
    note: 'Who founded or established a company or organisation.' },
  { name: 'LEADS', display: 'leads', inverse: 'led by', color: '#56B4E9', dash: 'solid', directed: true, ftm: 'Directorship',
    from: ['Person'], to: [...ORGS, 'State', 'Place', 'Program'],
    note: 'A person heads an organisation; the role is in the evidence.' },
  { name: 'OPERATES', display: 'operates', inverse: 'operated by', color: '#0072B2', dash: 'solid', directed: true, ftm: 'UnknownLink',
    from: [...GOVERNMENTS, 'Company', 'Organization'], to: ['Program', 'Technology', 'Product'],
    note: 'Who runs a program or system.' },
  { name: 'FUNDS', display: 'funds', inverse: 'funded by', color: '#009E73', dash: 'dashed', directed: true, ftm: 'UnknownLink',
    from: [...ORGS, 'State', 'Place', 'Person'], to: [...ORGS, 'Program', 'Place', 'State'],
    note: 'Money given, with amount, currency and year when stated. States are recipients too: soft loans to governments pay for much of the surveillance equipment exported.' },
  { name: 'DEVELOPS', display: 'develops', inverse: 'developed by', color: '#009E73', dash: 'solid', directed: true, ftm: 'UnknownLink',
    from: ORGS, to: ['Product', 'Technology', 'Program'],
    note: 'Who builds a product, technology or system.' },
  { name: 'ENACTED', display: 'enacted', inverse: 'enacted by', color: '#009E73', dash: 'dotted', directed: true, ftm: 'UnknownLink',
    from: ['State', 'Agency', 'Place'], to: ['Law'],
    note: 'Who passed or issued a law, order or strategy.' },
  { name: 'RESTRICTS', display: 'restricts', inverse: 'restricted by', color: '#000000', dash: 'dashDot', directed: true, ftm: 'Sanction',
    from: ['Law', 'State', 'Agency'], to: ['Company', 'Product', 'Technology', 'Person'],
    note: 'Bans and procurement prohibitions. A State or Agency may restrict directly when no law is named.' },
  { name: 'SANCTIONS', display: 'sanctions', inverse: 'sanctioned by', color: '#000000', dash: 'solid', directed: true, ftm: 'Sanction',
    from: ['State', 'Agency', 'Organization'], to: ['Company', 'Person', 'Agency', 'Organization'],
    note: 'Sanctions, Entity List and other designations; the program or order is in the evidence.' },
  { name: 'LOCATED_IN', display: 'located in', inverse: 'location of', color: '#8C8C8C', dash: 'dashDot', directed: true, ftm: 'UnknownLink',
    from: [...ORGS, 'Place', 'Program'], to: ['State', 'Place'],
    note: 'Headquarters or seat, and a city within a state.' },
  { name: 'USES', display: 'uses', inverse: 'used by', color: '#D55E00', dash: 'dotted', directed: true, ftm: 'UnknownLink',
    from: [...GOVERNMENTS, ...ORGS, 'Program'], to: ['Technology', 'Product', 'Program'],
    note: 'A customer or program uses a technology or product (not a purchase from a named vendor).' },
] as const satisfies readonly { name: string; display: string; inverse: string; color: string; dash: LineDash; directed: boolean; ftm: string; from: readonly EntityType[]; to: readonly EntityType[]; note: string }[];

export type RelationType = (typeof relationTypes)[number]['name'];
export const RELATION_TYPES = relationTypes.map((t) => t.name) as unknown as readonly [RelationType, ...RelationType[]];

/** MENTIONS links a Document to the entities it names; it is structural, not a claim, so it carries no evidence. */
export const MENTIONS = 'MENTIONS' as const;

/**
 * A place or government body in its country, from reference data (the entity's `country`, given by
 * the catalog and gazetteer), never from text: supply chains use it to roll a city's suppliers up to
 * its state and draw it as such, with no quote. Never stored as a relationship.
 */
export const IN_COUNTRY = 'IN_COUNTRY' as const;
/** Who rolls up to a state: its places and its government bodies. */
export const COUNTRY_MEMBERS = ['Place', 'Agency'] as const satisfies readonly EntityType[];

/**
 * Watchlists (sanctions and entity lists) are stored beside the graph, not in it: a `:List` holds
 * `:ListEntry` nodes (`ON_LIST`), and an entry `MATCHES` the graph entity it names. A list is a
 * source of its own, cited by its publisher's URL; its entries never become relationships of the
 * graph, so "listed" and "sanctioned, per a document" stay told apart.
 */
export const LIST = 'List' as const;
export const LIST_ENTRY = 'ListEntry' as const;
export const ON_LIST = 'ON_LIST' as const;
export const LIST_MATCH = 'MATCHES' as const;
/**
 * How an entry is tied to an entity: `linked` by a score above the linking threshold, `pending`
 * between the thresholds until a person decides, then `confirmed` or `rejected` by that person. A
 * re-import never overwrites a person's decision.
 */
export const MATCH_STATUSES = ['linked', 'pending', 'confirmed', 'rejected'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
/**
 * Where an entity's identity comes from: the curated catalog, a document's text (discovered), or a
 * watchlist entry that named no one in the graph and was added on request (`--add-unmatched`).
 */
export const ENTITY_ORIGINS = ['catalog', 'discovered', 'list'] as const;
export type EntityOrigin = (typeof ENTITY_ORIGINS)[number];
/** Entity types a list entry may name: lists designate firms, bodies, organisations and people. */
export const LISTABLE_TYPES = ['Company', 'Agency', 'Organization', 'Person'] as const satisfies readonly EntityType[];

/** Status words an evidence item may carry, when the sentence states one. */
/** `ended`: a link that held and stopped (stopped selling, withdrew, sold its stake); `cancelled` never took effect. */
export const LINK_STATUSES = ['planned', 'signed', 'operating', 'cancelled', 'banned', 'ended'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];


export type EntityTypeInfo = (typeof entityTypes)[number];
export type RelationTypeInfo = (typeof relationTypes)[number];

export const ONTOLOGY = { entityTypes, relationTypes } as const;

export function entityTypeInfo(name: EntityType): EntityTypeInfo {
  return entityTypes.find((t) => t.name === name)!;
}

export function relationTypeInfo(name: RelationType): RelationTypeInfo {
  return relationTypes.find((t) => t.name === name)!;
}

export function isEntityType(value: string): value is EntityType {
  return (ANY as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/** True when the ontology allows `type` between entities of these types. */
export function allowsRelation(type: RelationType, from: EntityType, to: EntityType): boolean {
  const info = relationTypeInfo(type);
  return (info.from as readonly string[]).includes(from) && (info.to as readonly string[]).includes(to);
}

/**
 * A relationship's id names its ends and type (`ntechlab~SUBSIDIARY_OF~rostec`): entity ids are
 * slugs without `~`, so the id parses back into an indexed lookup of its source entity. A hash
 * would need a scan of every relationship, since Neo4j indexes relationship properties per type only.
 */
export function relationshipId(source: string, type: RelationType, target: string): string {
  return `${source}~${type}~${target}`;
}

export function parseRelationshipId(id: string): { source: string; type: RelationType; target: string } | undefined {
  const parts = id.split('~');
  const [source, type, target] = parts;
  if (parts.length !== 3 || !source || !target || !type || !isRelationType(type)) return undefined;
  return { source, type, target };
}

/**
 * Curation: what analysts change by hand, stored beside what ingest derives so neither overwrites
 * the other. Every change is a `:Change` node (who, when, what, before, after, note), never linked
 * to the graph by relationships: it names the ids it concerns, so deleting or merging an entity
 * leaves its history readable. A merged-away entity becomes a `:MergedEntity` tombstone (its old id,
 * name and `mergedInto`), so a later ingest that names it lands on the survivor. A saved
 * investigation is an `:Investigation` node holding the case file as JSON.
 */
export const CHANGE = 'Change' as const;
export const MERGED_ENTITY = 'MergedEntity' as const;
export const INVESTIGATION = 'Investigation' as const;

/** A person's verdict on a relationship; none means not reviewed yet. */
export const REVIEW_STATUSES = ['confirmed', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * How a fact added by hand is supported, and the confidence it stands at: a quote selected in a
 * stored document or an external source (URL, title, date, quote) can be checked by a reader; a
 * bare analyst note cannot, so it stands lower and is shown as a note.
 */
export const ANALYST_SUPPORT = [
  { kind: 'quote', confidence: 1, display: 'quote from a stored document' },
  { kind: 'source', confidence: 0.9, display: 'external source' },
  { kind: 'note', confidence: 0.5, display: 'analyst note' },
] as const;
export type AnalystSupportKind = (typeof ANALYST_SUPPORT)[number]['kind'];

/**
 * Properties curation sets on a relationship, which ingest never writes (its rewrite is a `+=` of
 * the evidence and its aggregates): the verdict, the corrections that outrank what the evidence
 * says, the evidence an analyst says does not support the fact, and the analyst's own support.
 * A relationship holding any of these is kept, with its evidence emptied, when re-ingest takes its
 * last sentence away, so a rejected fact can never come back unrejected.
 */
export const RELATIONSHIP_CURATION = {
  review: 'confirmed | rejected (REVIEW_STATUSES)',
  reviewedBy: 'who gave the verdict',
  reviewedAt: 'when (ISO 8601)',
  reviewNote: 'why',
  version: 'bumped by every change a person makes; a merge or split naming an older one is refused (409), an edit only when a field it sends changed since',
  disputed: 'keys (`<doc>@<start>-<end>`) of evidence items a person says do not support the fact',
  analystEvidence: 'JSON strings: support added by hand (kind, quote, doc, start, end, url, title, date, addedBy, addedAt, confidence)',
  analystDocs: 'document ids the hand-added quotes were selected in, aligned with analystEvidence',
  correctedStatus: 'a status set by hand, which outranks the evidence\'s',
  correctedYears: 'years set by hand, which outrank the evidence\'s',
  correctedTo: 'on a relationship replaced by a correction of type or direction: the id of its replacement',
  correctedFrom: 'on that replacement: the id it replaced',
} as const;

/** Properties curation sets on an entity besides its name, type, country and aliases. */
export const ENTITY_CURATION = {
  version: 'bumped by every change a person makes; a merge or split naming an older one is refused (409), an edit only when a field it sends changed since',
  nameVersion: 'the version that last changed the name: an edit of it from an older version is refused (409), an edit of another field is not',
  typeVersion: 'the version that last changed the type, as nameVersion',
  countryVersion: 'the version that last changed the country, as nameVersion',
  aliasesVersion: 'the version that last changed the aliases (an edit or a merge), as nameVersion',
  mergedIds: 'ids of the entities merged into this one',
  splitFrom: 'on an entity split from another, or on the survivor it was merged into: that one\'s id',
  splitNames: 'on an entity split from another: the names its split mentions were written as, which later ingests give to it',
} as const;

/** What a change record says was done. */
export const CHANGE_ACTIONS = [
  'review', 'dispute-evidence', 'correct', 'add-fact', 'rename', 'retype', 'set-country', 'aliases', 'merge', 'split', 'list-match', 'undo',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];
