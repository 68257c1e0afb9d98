/**
 * @module A person's changes to entities, as pure plans over a snapshot (snapshot.ts): edits of
 * name, type, country and aliases; a merge, which moves every relationship, mention and list tie to
 * the survivor, keeps the merged name as an alias and leaves a tombstone by which later ingests find
 * the survivor; and a split, which moves chosen mentions, and the evidence and relationships they
 * support, to a new entity, which keeps the names those mentions were written as so that later
 * ingests give those names to it (ingest/write/splitOff.ts).
 */
import { relationshipId, type EntityType, type RelationType } from '../../cypher/ontology.ts';
import type { SnapshotNode, SnapshotRelationship } from '../../cypher/rows.ts';
import { evidenceJson, summariseEvidence, type Evidence } from '../../ingest/index.ts';
import { HttpError } from '../plugins/errors.ts';
import { checkVersion, findEntity, nextVersion } from './changes.ts';
import type { Actor } from './relationships.ts';
import type { Snapshot } from './snapshot.ts';

type Props = Record<string, unknown>;
const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);
const strings = (v: unknown) => list(v).map(String);
const unique = <T>(items: T[]) => [...new Set(items)];

/** Aliases as the full-text index reads them (cypher/ingest/mergeEntities.cypher writes them the same way). */
function withAliases(props: Props, aliases: string[]): Props {
  const kept = unique(aliases.filter((a) => a && a !== props.name));
  return { ...props, aliases: kept, aliasText: kept.join(' | ') };
}

export interface EntityEdit {
  name?: string;
  type?: EntityType;
  country?: string | null;
  aliases?: string[];
}

/** The fields an edit may change, each with the property holding the entity version that last changed it. */
const FIELDS = ['name', 'type', 'country', 'aliases'] as const;
type Field = (typeof FIELDS)[number];
const fieldVersion = (f: Field) => `${f}Version`;

/**
 * An edit made from an older version than the stored one goes ahead when nobody changed the fields
 * it sends since that version: two people editing different fields of an entity both keep their
 * edit, and the second of two editing the same field is told (409) instead of overwriting the first.
 */
function checkFields(id: string, stored: SnapshotNode | undefined, expected: number, sent: readonly Field[]): void {
  if (!stored) throw new HttpError(404, `Entity not found: ${id}`);
  const version = Number(stored.properties.version ?? 0);
  if (version === expected) return;
  const changed = sent.filter((f) => Number(stored.properties[fieldVersion(f)] ?? 0) > expected);
  if (expected > version || changed.length) {
    const what = changed.length ? `its ${changed.join(' and ')}` : 'it';
    throw new HttpError(409, `Entity ${id}: someone else changed ${what} since you read it (your version ${expected}, now ${version}); reload it and try again`, { version, fields: changed });
  }
}

/** The entity's properties with every field whose value differs from `old` marked as changed at `version`. */
function markChanged(props: Props, old: Props, version: number): Props {
  const out = { ...props };
  for (const f of FIELDS) {
    if (JSON.stringify(props[f] ?? null) !== JSON.stringify(old[f] ?? null)) out[fieldVersion(f)] = version;
  }
  return out;
}

/** Rename (the old name becomes an alias, unless the aliases are given), retype, set the country, replace the aliases. */
export function planEdit(s: Snapshot, id: string, version: number, edit: EntityEdit) {
  const node = findEntity(s, id);
  checkFields(id, node, version, FIELDS.filter((f) => edit[f] !== undefined));
  const old = node!.properties;
  let props: Props = { ...old, version: nextVersion(old) };
  let labels = node!.labels;
  const said: string[] = [];
  if (edit.name !== undefined && edit.name !== old.name) {
    props.name = edit.name;
    said.push(`renamed "${String(old.name)}" to "${edit.name}"`);
  }
  if (edit.type !== undefined && edit.type !== old.type) {
    props.type = edit.type;
    labels = ['Entity', edit.type];
    said.push(`retyped ${String(old.type)} to ${edit.type}`);
  }
  if (edit.country !== undefined && edit.country !== (old.country ?? null)) {
    if (edit.country === null) delete props.country;
    else props.country = edit.country;
    said.push(`country ${edit.country ?? 'cleared'}`);
  }
  const aliases = edit.aliases ?? [...strings(old.aliases), ...(props.name !== old.name ? [String(old.name)] : [])];
  if (edit.aliases) said.push(`aliases ${edit.aliases.join(', ') || 'cleared'}`);
  props = markChanged(withAliases(props, aliases), old, Number(props.version));
  if (!said.length) throw new HttpError(400, `Nothing changes: entity ${id} already reads so`);
  const action = edit.name !== undefined && props.name !== old.name ? 'rename' as const
    : edit.type !== undefined && props.type !== old.type ? 'retype' as const
      : edit.country !== undefined ? 'set-country' as const : 'aliases' as const;
  return {
    action,
    after: { ...s, nodes: s.nodes.map((n) => (n === node ? { labels, properties: props } : n)) },
    summary: `${id}: ${said.join('; ')}`,
  };
}

/** Two relationships that became one: every sentence of both, once; the stronger aggregates; the first one's verdict. */
function combine(a: SnapshotRelationship, b: SnapshotRelationship): SnapshotRelationship {
  const evidence = strings(a.properties.evidence);
  const docs = strings(a.properties.evidenceDocs);
  strings(b.properties.evidence).forEach((e, i) => {
    if (evidence.includes(e)) return;
    evidence.push(e);
    docs.push(strings(b.properties.evidenceDocs)[i] ?? '');
  });
  const analyst = [...strings(a.properties.analystEvidence), ...strings(b.properties.analystEvidence)];
  const props: Props = {
    ...b.properties,
    ...a.properties,
    evidence,
    evidenceDocs: docs,
    confidence: Math.max(Number(a.properties.confidence ?? 0), Number(b.properties.confidence ?? 0)),
    evidenceCount: evidence.length + analyst.length,
    years: unique([...list(a.properties.years), ...list(b.properties.years)].map(Number)).sort((x, y) => x - y),
    version: Math.max(Number(a.properties.version ?? 0), Number(b.properties.version ?? 0)) + 1,
  };
  if (analyst.length) {
    props.analystEvidence = analyst;
    props.analystDocs = [...strings(a.properties.analystDocs), ...strings(b.properties.analystDocs)];
  }
  const disputed = unique([...strings(a.properties.disputed), ...strings(b.properties.disputed)]);
  if (disputed.length) props.disputed = disputed;
  return { ...a, properties: props };
}

/** The relationships once `from` is replaced by `to` at either end: ids follow, self-links go, two that meet become one. */
function moveRelationships(rels: SnapshotRelationship[], moved: (r: SnapshotRelationship) => boolean, from: string, to: string): SnapshotRelationship[] {
  const out = new Map<string, SnapshotRelationship>();
  const keyOf = (r: SnapshotRelationship) => (r.fromKind === 'Entity' ? `${r.type} ${r.properties.id}` : `${r.type} ${r.fromKind}:${r.from} ${r.to}`);
  for (const r of [...rels.filter((x) => !moved(x)), ...rels.filter(moved)]) {
    let next = r;
    if (moved(r)) {
      const source = r.from === from && r.fromKind === 'Entity' ? to : r.from;
      const target = r.to === from ? to : r.to;
      if (r.fromKind === 'Entity' && source === target) continue;
      next = { ...r, from: source, to: target, properties: { ...r.properties } };
      if (r.fromKind === 'Entity') next.properties.id = relationshipId(source, r.type as RelationType, target);
    }
    const key = keyOf(next);
    const there = out.get(key);
    if (!there) out.set(key, next);
    else if (next.type === 'MENTIONS') out.set(key, { ...there, properties: { ...there.properties, count: Number(there.properties.count ?? 0) + Number(next.properties.count ?? 0) } });
    else if (next.fromKind === 'Entity') out.set(key, combine(there, next));
  }
  return [...out.values()];
}

/** Mention spans (`[[entityId, start, end], ...]`, cypher/README.md) with some of one entity's given to another. */
function respan(spans: string | null, owner: (span: [string, number, number]) => string): string | null {
  if (!spans) return spans;
  return JSON.stringify((JSON.parse(spans) as [string, number, number][]).map((span) => [owner(span), span[1], span[2]]));
}

export function planMerge(s: Snapshot, survivor: string, merged: string, versions: { survivor: number; merged: number }, acrossTypes: boolean, by: Actor) {
  const a = findEntity(s, survivor);
  const b = findEntity(s, merged);
  checkVersion('Entity', survivor, a, versions.survivor);
  checkVersion('Entity', merged, b, versions.merged);
  const [pa, pb] = [a!.properties, b!.properties];
  if (pa.type !== pb.type && !acrossTypes) {
    throw new HttpError(400, `${survivor} is a ${String(pa.type)} and ${merged} a ${String(pb.type)}: say acrossTypes: true to merge them (the survivor stays a ${String(pa.type)})`, { field: 'acrossTypes' });
  }
  // The aliases (and a country taken from the merged entity) changed as an edit changes them, so an
  // edit of them made from before the merge is refused rather than dropping the merged name.
  const survivorProps = markChanged(withAliases({
    ...pa,
    version: nextVersion(pa),
    mergedIds: unique([...strings(pa.mergedIds), merged, ...strings(pb.mergedIds)]),
    ...(pa.country == null && pb.country != null ? { country: pb.country } : {}),
    // A split-off entity merged away lives on in the survivor, so the names it was split off by
    // keep landing there; unless the survivor is the entity they were split from.
    ...(pa.splitFrom == null && pb.splitFrom != null && pb.splitFrom !== survivor ? { splitFrom: pb.splitFrom, splitNames: pb.splitNames } : {}),
  }, [...strings(pa.aliases), String(pb.name), ...strings(pb.aliases)]), pa, nextVersion(pa));
  const tombstone: SnapshotNode = {
    labels: ['MergedEntity'],
    properties: { id: merged, name: pb.name, type: pb.type, mergedInto: survivor, mergedAt: by.at, mergedBy: by.user },
  };
  const touchesMerged = (r: SnapshotRelationship) => r.to === merged || (r.fromKind === 'Entity' && r.from === merged);
  return {
    after: {
      nodes: s.nodes.map((n) => (n === a ? { ...n, properties: survivorProps } : n === b ? tombstone : n)),
      relationships: moveRelationships(s.relationships, touchesMerged, merged, survivor),
      documents: s.documents.map((d) => ({ ...d, mentionSpans: respan(d.mentionSpans, ([id]) => (id === merged ? survivor : id)) })),
    },
    summary: `merged ${merged} ("${String(pb.name)}") into ${survivor} ("${String(pa.name)}")`,
  };
}

export interface SplitRequest {
  newId: string;
  name: string;
  type?: EntityType;
  country?: string;
  mentions: { doc: string; start: number; end: number }[];
  /** The words of the chosen mentions as their documents write them: later ingests give these names to the new entity. */
  names: string[];
}

/**
 * A new entity for the chosen mentions of one: the documents' spans and mention counts follow, and
 * so does every evidence sentence holding a chosen mention, taking its relationship along when all
 * of its sentences go, or else forming a relationship of the new entity beside the old one.
 */
export function planSplit(s: Snapshot, id: string, version: number, req: SplitRequest) {
  const node = findEntity(s, id);
  checkVersion('Entity', id, node, version);
  if (s.nodes.some((n) => n.properties.id === req.newId)) {
    throw new HttpError(409, `An entity with id ${req.newId} exists already: merge the mentions into it instead, or choose another name`, { id: req.newId });
  }
  const chosen = new Set(req.mentions.map((m) => `${m.doc}@${m.start}-${m.end}`));
  const found = new Set<string>();
  const documents = s.documents.map((d) => ({
    ...d,
    mentionSpans: respan(d.mentionSpans, ([owner, start, end]) => {
      const key = `${d.id}@${start}-${end}`;
      if (owner !== id || !chosen.has(key)) return owner;
      found.add(key);
      return req.newId;
    }),
  }));
  const missing = [...chosen].filter((k) => !found.has(k));
  if (missing.length) throw new HttpError(400, `Not mentions of ${id}: ${missing.join(', ')}`, { field: 'mentions', missing });

  const movedIn = (doc: string) => req.mentions.filter((m) => m.doc === doc);
  const supports = (e: Evidence) => movedIn(e.doc).some((m) => e.start <= m.start && m.end <= e.end);
  const relationships: SnapshotRelationship[] = [];
  const swap = (r: SnapshotRelationship, props: Props): SnapshotRelationship => {
    const from = r.from === id ? req.newId : r.from;
    const to = r.to === id ? req.newId : r.to;
    return { ...r, from, to, properties: { ...props, id: relationshipId(from, r.type as RelationType, to) } };
  };
  for (const r of s.relationships) {
    if (r.type === 'MENTIONS' && r.to === id) {
      const moved = movedIn(r.from).length;
      const left = Number(r.properties.count ?? 0) - moved;
      if (left > 0) relationships.push({ ...r, properties: { ...r.properties, count: left } });
      if (moved > 0) relationships.push({ ...r, to: req.newId, properties: { ...r.properties, count: moved } });
      continue;
    }
    if (r.fromKind !== 'Entity' || (r.from !== id && r.to !== id)) {
      relationships.push(r);
      continue;
    }
    const items = strings(r.properties.evidence).map((e) => JSON.parse(e) as Evidence);
    const going = items.filter(supports);
    if (!going.length) relationships.push(r);
    else if (going.length === items.length && !strings(r.properties.analystEvidence).length) relationships.push(swap(r, r.properties));
    else {
      const staying = items.filter((e) => !supports(e));
      const part = (kept: Evidence[], base: Props): Props => ({
        ...base, ...summariseEvidence(kept), evidence: kept.map(evidenceJson), evidenceDocs: kept.map((e) => e.doc),
        evidenceCount: kept.length + strings(base.analystEvidence).length,
      });
      relationships.push({ ...r, properties: { ...part(staying, r.properties), version: nextVersion(r.properties) } });
      const fresh: Props = { confidence: 0, years: [] };
      relationships.push(swap(r, part(going, fresh)));
    }
  }
  const created: SnapshotNode = {
    labels: ['Entity', req.type ?? String(node!.properties.type)],
    properties: withAliases({
      id: req.newId, name: req.name, type: req.type ?? node!.properties.type, origin: 'discovered',
      ...(req.country ? { country: req.country } : {}), splitFrom: id, splitNames: unique(req.names), version: 0,
    }, req.names),
  };
  return {
    after: {
      nodes: [...s.nodes.map((n) => (n === node ? { ...n, properties: { ...n.properties, version: nextVersion(n.properties) } } : n)), created],
      relationships,
      documents,
    },
    summary: `split ${req.newId} ("${req.name}") from ${id}: ${req.mentions.length} mention(s) and the relationships they support`,
  };
}
