/**
 * @module A person's changes to relationships, as pure plans over a snapshot (snapshot.ts): a
 * verdict (confirm, reject, clear), an evidence item marked as not supporting the fact, a correction
 * (status and year in place; type or direction by a replacement, the original kept rejected so no
 * re-ingest brings it back), and a fact added by hand with its support.
 */
import { ANALYST_SUPPORT, relationshipId, type AnalystSupportKind, type RelationType, type ReviewStatus } from '../../cypher/ontology.ts';
import type { SnapshotRelationship } from '../../cypher/rows.ts';
import { HttpError } from '../plugins/errors.ts';
import { checkVersion, findRelationship, nextVersion } from './changes.ts';
import type { Snapshot } from './snapshot.ts';

export interface Actor {
  user: string;
  at: string;
  note: string | null;
}

function replace(s: Snapshot, old: SnapshotRelationship, ...next: SnapshotRelationship[]): Snapshot {
  return { ...s, relationships: [...s.relationships.filter((r) => r !== old), ...next] };
}

const describe = (r: SnapshotRelationship) => `${r.from} ${r.type} ${r.to}`;

/** The verdict a person gives, or `null` to take one back; who, when and why are kept on the relationship. */
export function planReview(s: Snapshot, id: string, version: number, review: ReviewStatus | null, by: Actor) {
  const r = findRelationship(s, id);
  checkVersion('Relationship', id, r, version);
  const props: Record<string, unknown> = { ...r!.properties, version: nextVersion(r!.properties) };
  for (const k of ['review', 'reviewedBy', 'reviewedAt', 'reviewNote']) delete props[k];
  if (review) Object.assign(props, { review, reviewedBy: by.user, reviewedAt: by.at, ...(by.note ? { reviewNote: by.note } : {}) });
  const verb = review === 'confirmed' ? 'confirmed' : review === 'rejected' ? 'rejected' : 'cleared the verdict on';
  return { after: replace(s, r!, { ...r!, properties: props }), summary: `${verb} ${describe(r!)}` };
}

/** The key an evidence item is marked by: its document and where its sentence is. */
export const evidenceKey = (e: { doc: string; start: number; end: number }) => `${e.doc}@${e.start}-${e.end}`;

/** Marks one evidence item as not supporting the fact (or takes the mark back). */
export function planDispute(s: Snapshot, id: string, version: number, key: string, disputed: boolean) {
  const r = findRelationship(s, id);
  checkVersion('Relationship', id, r, version);
  const items = ((r!.properties.evidence as string[] | undefined) ?? []).map((e) => evidenceKey(JSON.parse(e) as { doc: string; start: number; end: number }));
  if (!items.includes(key)) throw new HttpError(404, `Relationship ${id} has no evidence item ${key}`);
  const marked = new Set((r!.properties.disputed as string[] | undefined) ?? []);
  if (disputed) marked.add(key);
  else marked.delete(key);
  const props: Record<string, unknown> = { ...r!.properties, version: nextVersion(r!.properties), disputed: [...marked].sort() };
  if (!marked.size) delete props.disputed;
  return {
    after: replace(s, r!, { ...r!, properties: props }),
    summary: `${disputed ? 'marked' : 'unmarked'} evidence ${key} of ${describe(r!)} as not supporting it`,
  };
}

export interface Correction {
  type?: RelationType;
  reverse?: boolean;
  status?: string | null;
  years?: number[] | null;
}

/** The id a correction gives the relationship: a new type or direction is a different fact. */
export function correctedId(r: { source: string; type: RelationType; target: string }, c: Correction): string {
  const [source, target] = c.reverse ? [r.target, r.source] : [r.source, r.target];
  return relationshipId(source, c.type ?? r.type, target);
}

export function planCorrection(s: Snapshot, id: string, version: number, c: Correction, newId: string, by: Actor) {
  const r = findRelationship(s, id);
  checkVersion('Relationship', id, r, version);
  const props: Record<string, unknown> = { ...r!.properties, version: nextVersion(r!.properties) };
  const changes: string[] = [];
  if (c.status !== undefined) {
    if (c.status === null) delete props.correctedStatus;
    else props.correctedStatus = c.status;
    props.status = c.status ?? props.status;
    changes.push(`status ${c.status ?? 'as the evidence says'}`);
  }
  if (c.years !== undefined) {
    if (c.years === null) delete props.correctedYears;
    else props.correctedYears = c.years;
    props.years = c.years ?? props.years;
    changes.push(`year ${c.years?.join(', ') ?? 'as the evidence says'}`);
  }
  if (newId === id) return { after: replace(s, r!, { ...r!, properties: props }), summary: `corrected ${describe(r!)}: ${changes.join('; ')}` };

  if (findRelationship(s, newId)) {
    throw new HttpError(409, `Relationship ${newId} already exists: review that one and reject this one instead`, { existing: newId });
  }
  const [from, to] = c.reverse ? [r!.to, r!.from] : [r!.from, r!.to];
  const type = c.type ?? r!.type;
  const verdict = { reviewedBy: by.user, reviewedAt: by.at, ...(by.note ? { reviewNote: by.note } : {}) };
  // The original stays, rejected and pointing at its replacement, so the sentences that stated it
  // can never bring it back; the replacement carries its evidence and the person's confirmation.
  const kept = { ...r!, properties: { ...r!.properties, version: nextVersion(r!.properties), review: 'rejected', ...verdict, correctedTo: newId } };
  const replacement: SnapshotRelationship = {
    ...r!, type, from, to,
    properties: { ...props, id: newId, version: 0, review: 'confirmed', ...verdict, correctedFrom: id },
  };
  delete replacement.properties.correctedTo;
  if (c.type) changes.unshift(`type ${type}`);
  if (c.reverse) changes.unshift('direction reversed');
  return { after: replace(s, r!, kept, replacement), summary: `corrected ${describe(r!)} to ${from} ${type} ${to}: ${changes.join('; ')}` };
}

export interface Support {
  kind: AnalystSupportKind;
  quote: string;
  doc?: string;
  start?: number;
  end?: number;
  url?: string;
  title?: string;
  date?: string;
}

/**
 * A fact added by hand, with its support: a new relationship, confirmed by the person who added it,
 * or more support for one that exists. Hand-added support is kept apart from the extracted evidence
 * (cypher/ontology.ts, RELATIONSHIP_CURATION), so re-ingest never drops it.
 */
export function planAddFact(s: Snapshot, fact: { source: string; type: RelationType; target: string; year?: number; status?: string }, support: Support, by: Actor) {
  const id = relationshipId(fact.source, fact.type, fact.target);
  const standing = ANALYST_SUPPORT.find((k) => k.kind === support.kind)!.confidence;
  const item = JSON.stringify({ ...support, confidence: standing, addedBy: by.user, addedAt: by.at });
  const existing = findRelationship(s, id);
  const base: Record<string, unknown> = existing?.properties ?? {
    id, evidence: [], evidenceDocs: [], confidence: 0, evidenceCount: 0, years: fact.year ? [fact.year] : [],
    ...(fact.status ? { status: fact.status } : {}),
    review: 'confirmed', reviewedBy: by.user, reviewedAt: by.at, ...(by.note ? { reviewNote: by.note } : {}),
  };
  const analystEvidence = [...((base.analystEvidence as string[] | undefined) ?? []), item];
  const props: Record<string, unknown> = {
    ...base,
    version: existing ? nextVersion(existing.properties) : 0,
    analystEvidence,
    analystDocs: [...((base.analystDocs as string[] | undefined) ?? []), support.doc ?? ''],
    analystConfidence: Math.max(Number(base.analystConfidence ?? 0), standing),
    confidence: Math.max(Number(base.confidence ?? 0), standing),
    evidenceCount: Number(base.evidenceCount ?? 0) + 1,
  };
  const rel: SnapshotRelationship = existing ? { ...existing, properties: props } : { type: fact.type, from: fact.source, fromKind: 'Entity', to: fact.target, properties: props };
  const after = existing ? replace(s, existing, rel) : { ...s, relationships: [...s.relationships, rel] };
  return { after, summary: `${existing ? 'added support to' : 'added'} ${fact.source} ${fact.type} ${fact.target} (${support.kind})` };
}
