/**
 * @module The write stage, the only ingest code that touches Neo4j. A batch of documents is one
 * write transaction costing about as many queries as one document did (each query UNWINDs over the
 * batch); when that transaction fails, its documents are written again one per transaction, so a
 * failure never leaves half a document and one bad document does not keep the others out. The
 * evidence itself is merged by the pure functions of mergeEvidence.ts.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { isEntityType, isRelationType } from '../../cypher/ontology.ts';
import { DatabaseUnavailableError, run, type Repository } from '../../cypher/repository.ts';
import type { StoredRelationRow } from '../../cypher/rows.ts';
import { legacySourceName } from '../read/files.ts';
import type { Extraction } from '../types.ts';
import { documentRow, entityRows, keyOf, mergeRelations } from './mergeEvidence.ts';
import { redirectExtraction, type Redirect } from './redirect.ts';
import { redirectSplitNames, type SplitOff } from './splitOff.ts';

export type WriteStatus = 'added' | 'replaced' | 'unchanged';

export interface WriteResult {
  status: WriteStatus;
  /** Entity ids this document brought into the graph, and those it found there already (or in an earlier document of its batch). */
  newEntityIds: string[];
  knownEntityIds: string[];
}

/** What became of one document of a batch: written (or left unchanged), or refused with the error that says why. */
export type WriteOutcome = { ok: true; result: WriteResult } | { ok: false; error: Error };

/** Labels and relationship types go into queries dynamically, so only ontology names may pass. */
function labelError(x: Extraction): Error | undefined {
  for (const e of x.entities) if (!isEntityType(e.type)) return new Error(`refusing to write entity ${e.id}: "${e.type}" is not an ontology type`);
  for (const r of x.relations) if (!isRelationType(r.type)) return new Error(`refusing to write relation ${r.id}: "${r.type}" is not an ontology type`);
  return undefined;
}

/**
 * Writes are queued within the process: evidence is read, merged and written back whole, so two
 * batches adding to the same fact at once (an upload during a folder ingest) must not overwrite
 * each other's items.
 */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Writes documents in one transaction, in order; the outcome of each, in the same order. Never
 * throws: a document the ontology check or the database refuses gets its error as its outcome.
 */
export function writeBatch(repo: Repository, batch: readonly Extraction[]): Promise<WriteOutcome[]> {
  const next = queue.then(() => writeNow(repo, batch));
  queue = next.catch(() => undefined);
  return next;
}

/** Writes one document in its own transaction; throws what refused it. */
export async function writeExtraction(repo: Repository, x: Extraction): Promise<WriteResult> {
  const [outcome] = await writeBatch(repo, [x]) as [WriteOutcome];
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

async function writeNow(repo: Repository, batch: readonly Extraction[]): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = new Array(batch.length);
  const valid: number[] = [];
  for (const [i, x] of batch.entries()) {
    const error = labelError(x);
    if (error) outcomes[i] = { ok: false, error };
    else valid.push(i);
  }
  for (const group of withoutRepeats(valid, (i) => batch[i]!)) {
    try {
      const results = await repo.transaction((tx) => writeDocuments(tx, group.map((i) => batch[i]!)));
      for (const [k, i] of group.entries()) outcomes[i] = { ok: true, result: results[k]! };
    } catch (e) {
      // Alone, or refused by a database that went away (which refuses every document alike), each
      // document of the group gets the error as it is.
      if (group.length === 1 || e instanceof DatabaseUnavailableError) {
        for (const i of group) outcomes[i] = { ok: false, error: e as Error };
        continue;
      }
      // One document spoiled the batch; alone, each of the others goes in and the bad one says why.
      for (const i of group) {
        try {
          const [result] = await repo.transaction((tx) => writeDocuments(tx, [batch[i]!]));
          outcomes[i] = { ok: true, result: result! };
        } catch (single) {
          outcomes[i] = { ok: false, error: single as Error };
        }
      }
    }
  }
  return outcomes;
}

/**
 * Cuts a batch before a document whose content or source an earlier one of the same cut already
 * has: the second copy must see the first as stored (unchanged), and a second version of a file
 * must replace the first, as when they were written one after the other.
 */
function withoutRepeats(indexes: number[], extraction: (i: number) => Extraction): number[][] {
  const groups: number[][] = [];
  let group: number[] = [];
  const seen = new Set<string>();
  for (const i of indexes) {
    const { id, source } = extraction(i).document;
    if (seen.has(`id:${id}`) || seen.has(`source:${source}`)) {
      groups.push(group);
      group = [];
      seen.clear();
    }
    group.push(i);
    seen.add(`id:${id}`).add(`source:${source}`);
  }
  if (group.length) groups.push(group);
  return groups;
}

/**
 * The survivor of every merged-away id these documents name, followed through later merges (a
 * survivor merged away since), at most a few steps: merges form no cycles, since a survivor is
 * an entity and a merged id is not.
 */
async function redirectsFor(tx: ManagedTransaction, docs: readonly Extraction[]): Promise<Map<string, Redirect>> {
  const redirects = new Map<string, Redirect>();
  let pending = [...new Set(docs.flatMap((x) => x.entities.map((e) => e.id)))];
  const from = new Map(pending.map((id) => [id, id]));
  for (let step = 0; step < 8 && pending.length; step++) {
    const rows = await run(tx, 'redirects', { ids: pending });
    pending = [];
    for (const r of rows) {
      for (const [original, current] of from) {
        if (current !== r.id) continue;
        if (r.survivorType && isEntityType(r.survivorType)) redirects.set(original, { survivor: r.survivor, type: r.survivorType });
        else from.set(original, r.survivor);
      }
      if (!r.survivorType) pending.push(r.survivor);
    }
  }
  return redirects;
}

/** The entities split off any entity these documents name, with the names that now mean them. */
async function splitsFor(tx: ManagedTransaction, docs: readonly Extraction[]): Promise<SplitOff[]> {
  const ids = [...new Set(docs.flatMap((x) => x.entities.map((e) => e.id)))];
  const rows = await run(tx, 'splitOffs', { ids });
  return rows.flatMap((r) => (isEntityType(r.type) ? [{ ...r, type: r.type }] : []));
}

async function writeDocuments(tx: ManagedTransaction, given: readonly Extraction[]): Promise<WriteResult[]> {
  // Split names before merge redirects: a split names the entity it came from as ingest resolves it,
  // even when that entity was merged away since.
  const splits = await splitsFor(tx, given);
  const split = given.map((x) => redirectSplitNames(x, splits));
  const redirects = await redirectsFor(tx, split);
  const docs = split.map((x) => redirectExtraction(x, redirects));
  const found = new Map((await run(tx, 'findDocuments', {
    documents: docs.map((x) => ({ id: x.document.id, source: x.document.source })),
  })).map((r) => [r.id, r]));
  // A file read again unchanged that an older version stored under its bare name takes its path now,
  // so its next version replaces it rather than landing beside it. Only the same content is moved: a
  // namesake from another folder never is.
  const adopt = docs.flatMap((x) => {
    const legacy = legacySourceName(x.document.source);
    const f = found.get(x.document.id)!;
    return f.stored && legacy && f.storedSource === legacy ? [{ id: x.document.id, legacy, source: x.document.source }] : [];
  });
  if (adopt.length) await run(tx, 'adoptSources', { documents: adopt });
  const fresh = docs.filter((x) => !found.get(x.document.id)!.stored);
  if (!fresh.length) return docs.map(() => ({ status: 'unchanged', newEntityIds: [], knownEntityIds: [] }));

  const older = fresh.flatMap((x) => found.get(x.document.id)!.older);
  // This runs before the relationships are read, so the transaction holds the write lock on both
  // ends of every relationship it is about to create or extend (taken in id order, so two batches
  // wait for each other rather than deadlock). Known are the entities it did not create itself,
  // including those another writer created while this one waited: their relationships must be read.
  const merged = await run(tx, 'mergeEntities', { rows: entityRows(fresh), token: randomUUID() });
  const known = new Set(merged.filter((r) => !r.created).map((r) => r.id));

  const stored = new Map<string, StoredRelationRow>();
  const remember = (rows: StoredRelationRow[]) => {
    for (const r of rows) stored.set(keyOf(r), r);
  };
  if (older.length) remember(await run(tx, 'relationsWithEvidenceFrom', { docIds: older }));
  // A relationship whose end this transaction created cannot be stored yet. The query returns every
  // relationship from a source to one of its targets, so only the batch's exact keys are kept.
  const keys = new Set<string>();
  const targetsBySource = new Map<string, Record<string, true>>();
  for (const r of fresh.flatMap((x) => x.relations)) {
    if (!known.has(r.source) || !known.has(r.target)) continue;
    keys.add(keyOf(r));
    const targets = targetsBySource.get(r.source) ?? {};
    targets[r.target] = true;
    targetsBySource.set(r.source, targets);
  }
  if (keys.size) {
    const sources = [...targetsBySource].map(([source, targets]) => ({ source, targets }));
    remember((await run(tx, 'relationsByKey', { sources })).filter((r) => keys.has(keyOf(r))));
  }

  const { emptied, created, updated } = mergeRelations([...stored.values()], fresh, new Set([...older, ...fresh.map((x) => x.document.id)]));
  if (older.length) await run(tx, 'deleteDocuments', { ids: older });
  await run(tx, 'createDocuments', { documents: fresh.map(documentRow) });
  if (emptied.length) await run(tx, 'deleteRelations', { sources: emptied });
  if (created.length || updated.length) await run(tx, 'writeRelations', { created, updated });

  // Per document: an entity an earlier document of the batch brought in is known to the later ones.
  const seen = new Set(known);
  return docs.map((x) => {
    const f = found.get(x.document.id)!;
    if (f.stored) return { status: 'unchanged', newEntityIds: [], knownEntityIds: [] };
    const own = x.entities.map((e) => e.id);
    const result: WriteResult = {
      status: f.older.length ? 'replaced' : 'added',
      newEntityIds: own.filter((id) => !seen.has(id)),
      knownEntityIds: own.filter((id) => seen.has(id)),
    };
    for (const id of own) seen.add(id);
    return result;
  });
}

/** Empties the graph of documents and entities, for `--reset`. */
export async function resetGraph(repo: Repository): Promise<void> {
  await repo.write('resetGraph');
}

export async function countDocuments(repo: Repository): Promise<number> {
  return (await repo.readOne('countDocuments'))?.documents ?? 0;
}
