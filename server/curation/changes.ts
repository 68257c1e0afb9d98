/**
 * @module Every change a person makes to the graph goes through `makeChange`: in one write
 * transaction it locks the change's scope, reads it, plans the new content (a pure function, which
 * refuses a stale version with 409 and bad input with 4xx before anything is written), writes it and
 * stores the change record with who, when, what, before, after and why. `undoChange` puts a
 * change's before back the same way, as a change of its own.
 */
import { randomUUID } from 'node:crypto';
import { type ChangeAction } from '../../cypher/ontology.ts';
import { ChangeActionSchema } from '../../cypher/ontology-schemas.ts';
import { run, type Repository } from '../../cypher/repository.ts';
import type { ChangeRow, SnapshotNode, SnapshotRelationship } from '../../cypher/rows.ts';
import { HttpError } from '../plugins/errors.ts';
import { canonical, lockScope, readScope, writeScope, type Scope, type Snapshot } from './snapshot.ts';

export interface ChangeRequest {
  user: string;
  action: ChangeAction;
  note: string | null;
  scope: Scope;
  /** Entities and relationships the change concerns, by which `GET /api/changes` finds it. */
  concerns: { entities: string[]; relationships: string[] };
  /** The scope's new content and a one-line account of the change, from what the scope holds now; `action` when the plan tells it more exactly. */
  plan(before: Snapshot): { after: Snapshot; summary: string; action?: ChangeAction };
}

export interface ChangeRecord {
  id: string;
  at: string;
  user: string;
  action: ChangeAction;
  summary: string;
  note: string | null;
  entities: string[];
  relationships: string[];
  before: Snapshot;
  after: Snapshot;
  undoes: string | null;
  undoneBy: string | null;
}

export function toChangeRecord(row: ChangeRow): ChangeRecord {
  return {
    id: row.id, at: row.at, user: row.user, action: ChangeActionSchema.parse(row.action), summary: row.summary, note: row.note ?? null,
    entities: row.entities, relationships: row.relationships,
    before: JSON.parse(row.before) as Snapshot, after: JSON.parse(row.after) as Snapshot,
    undoes: row.undoes ?? null, undoneBy: row.undoneBy ?? null,
  };
}

async function record(tx: Parameters<typeof run>[0], req: Omit<ChangeRequest, 'plan'>, summary: string, before: Snapshot, after: Snapshot, undoes: string | null): Promise<ChangeRecord> {
  const change = {
    id: randomUUID(), at: new Date().toISOString(), user: req.user, action: req.action, summary, note: req.note,
    entities: req.concerns.entities, relationships: req.concerns.relationships,
    scope: JSON.stringify(req.scope), before: JSON.stringify(before), after: JSON.stringify(after), undoes,
  };
  await run(tx, 'recordChange', { change });
  return { ...change, before, after, undoneBy: null };
}

export async function makeChange(repo: Repository, req: ChangeRequest): Promise<ChangeRecord> {
  return repo.transaction(async (tx) => {
    await lockScope(tx, req.scope, randomUUID());
    const before = await readScope(tx, req.scope);
    const { after: planned, summary, action } = req.plan(before);
    await writeScope(tx, req.scope, planned, before);
    // What the store holds, read back, so undo compares like with like.
    const after = await readScope(tx, req.scope);
    return record(tx, { ...req, action: action ?? req.action }, summary, before, after, null);
  });
}

/**
 * Undoes a change, exactly: refused (409) once it was undone, or when the graph no longer holds what
 * the change left (a later change or ingest touched the same elements), since putting the old
 * content back would then throw that later work away.
 */
export async function undoChange(repo: Repository, id: string, user: string, note: string | null): Promise<ChangeRecord> {
  return repo.transaction(async (tx) => {
    const row = (await run(tx, 'change', { id }))[0]?.change;
    if (!row) throw new HttpError(404, `Change not found: ${id}`);
    if (row.undoneBy) throw new HttpError(409, `Change ${id} was already undone by change ${row.undoneBy}`, { undoneBy: row.undoneBy });
    const scope = JSON.parse(row.scope) as Scope;
    await lockScope(tx, scope, randomUUID());
    const current = await readScope(tx, scope);
    const original = toChangeRecord(row);
    if (canonical(current) !== canonical(original.after)) {
      throw new HttpError(409, `The graph changed since change ${id}: undoing it would throw the later work away. Undo the later changes first.`);
    }
    await writeScope(tx, scope, original.before, current);
    const after = await readScope(tx, scope);
    return record(tx, { user, action: 'undo', note, scope, concerns: { entities: row.entities, relationships: row.relationships } }, `undid: ${row.summary}`, current, after, id);
  });
}

/** The version a person last saw must be the stored one; the element must exist. */
export function checkVersion(what: string, id: string, stored: { properties: Record<string, unknown> } | undefined, expected: number): void {
  if (!stored) throw new HttpError(404, `${what} not found: ${id}`);
  const version = Number(stored.properties.version ?? 0);
  if (version !== expected) {
    throw new HttpError(409, `${what} ${id} was changed by someone else since you read it (your version ${expected}, now ${version}); reload it and try again`, { version });
  }
}

export const nextVersion = (props: Record<string, unknown>) => Number(props.version ?? 0) + 1;

export function findEntity(s: Snapshot, id: string): SnapshotNode | undefined {
  return s.nodes.find((n) => n.properties.id === id && n.labels.includes('Entity'));
}

export function findRelationship(s: Snapshot, id: string): SnapshotRelationship | undefined {
  return s.relationships.find((r) => r.properties.id === id);
}
