/**
 * @module What a change touches, as stored, and how it is put back: a change reads its scope (the
 * entities it takes whole, with every relationship touching them and the mention spans of their
 * documents, and the relationships it names), plans the scope's new content as a pure function, and
 * writes it in place of the old. The record keeps both snapshots, so undo is the same write with the
 * old content, allowed only while the graph still holds exactly what the change left.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { parseRelationshipId } from '../../cypher/ontology.ts';
import { run } from '../../cypher/repository.ts';
import type { RelationRef, SnapshotDocument, SnapshotNode, SnapshotRelationship } from '../../cypher/rows.ts';

export interface Scope {
  /** Entity ids taken whole (a merged-away id names its tombstone). */
  entities: string[];
  /** Relationship ids taken by id, besides those touching the entities. */
  relationships: string[];
  /**
   * Entity ids taken by their labels and properties only, written back field by field: an edit of
   * name, type, country or aliases, which leaves everything else of the entity as it finds it.
   * Absent from change records made before there were such edits.
   */
  nodes?: string[];
}

export interface Snapshot {
  nodes: SnapshotNode[];
  relationships: SnapshotRelationship[];
  documents: SnapshotDocument[];
}

/** Relationship ids as the queries find them: from their indexed source. Ids that do not parse name nothing. */
export function refs(ids: readonly string[]): RelationRef[] {
  return ids.flatMap((id) => {
    const parts = parseRelationshipId(id);
    return parts ? [{ id, ...parts }] : [];
  });
}

export async function lockScope(tx: ManagedTransaction, scope: Scope, token: string): Promise<void> {
  await run(tx, 'lockElements', { entities: [...scope.entities, ...scope.nodes ?? []], relationships: refs(scope.relationships), token });
}

export async function readScope(tx: ManagedTransaction, scope: Scope): Promise<Snapshot> {
  const whole = scope.entities.length || scope.relationships.length
    ? (await run(tx, 'snapshot', { entities: scope.entities, relationships: refs(scope.relationships) }))[0]
    : undefined;
  const fields = scope.nodes?.length ? (await run(tx, 'entityNodes', { ids: scope.nodes })).map((r) => r.node) : [];
  return { nodes: [...whole?.nodes ?? [], ...fields], relationships: whole?.relationships ?? [], documents: whole?.documents ?? [] };
}

const idOf = (n: SnapshotNode) => String(n.properties.id);

/**
 * Replaces what the scope holds with `content`, which must be a snapshot of the same scope; `current`
 * is what it holds now, read in the same transaction, against which the entities taken by their
 * fields are patched: only what differs is written.
 */
export async function writeScope(tx: ManagedTransaction, scope: Scope, content: Snapshot, current: Snapshot): Promise<void> {
  const byFields = new Set(scope.nodes ?? []);
  if (scope.entities.length || scope.relationships.length) {
    await run(tx, 'removeScope', { entities: scope.entities, relationships: refs(scope.relationships) });
    const nodes = content.nodes.filter((n) => !byFields.has(idOf(n)));
    if (nodes.length) await run(tx, 'restoreNodes', { nodes });
    await run(tx, 'restoreRelationships', { relationships: content.relationships, documents: content.documents });
  }
  for (const id of byFields) {
    const now = current.nodes.find((n) => idOf(n) === id && n.labels.includes('Entity'));
    const next = content.nodes.find((n) => idOf(n) === id && n.labels.includes('Entity'));
    if (!now || !next) continue;
    const set: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(now.properties), ...Object.keys(next.properties)])) {
      if (stable(now.properties[key]) !== stable(next.properties[key])) set[key] = next.properties[key] ?? null;
    }
    const removeLabels = now.labels.filter((l) => !next.labels.includes(l));
    const addLabels = next.labels.filter((l) => !now.labels.includes(l));
    if (Object.keys(set).length || removeLabels.length || addLabels.length) await run(tx, 'patchEntity', { id, set, removeLabels, addLabels });
  }
}

/** JSON with keys in order, so the same content always reads the same. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined && (value as Record<string, unknown>)[k] !== null)
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A snapshot as one string, the same for the same stored content whatever order the database
 * listed it in: how undo tells that nothing changed since the change it undoes.
 */
export function canonical(s: Snapshot): string {
  const sorted = (items: unknown[]) => items.map(stable).sort();
  return `${sorted(s.nodes)}|${sorted(s.relationships)}|${sorted(s.documents)}`;
}
