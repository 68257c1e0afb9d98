/**
 * @module importList: a watchlist file into the graph's store, beside the graph. The whole file is
 * read and checked first, so a bad file changes nothing; then, in one transaction, each list is
 * created or updated with this import's date, its entries written (an entry missing from the new
 * import has its listing ended, never deleted), and every entry cross-referenced with the entities
 * it may name. Importing the same file twice gives the same store; a person's decision on a match
 * survives any re-import.
 */
import { LISTABLE_TYPES } from '../../cypher/ontology.ts';
import { run, type Repository } from '../../cypher/repository.ts';
import type { ListedEntityWrite, ListEntryWrite } from '../../cypher/rows.ts';
import { slug } from '../names.ts';
import { crossReference } from './crossReference.ts';
import type { ListEntry, ListFormat } from './entries.ts';
import { readListFile } from './readListFile.ts';

/** Rows per query: an import of 50,000 entries goes as ten statements, not one giant parameter. */
const BATCH = 5_000;

export interface ListImportReport {
  file: string;
  format: ListFormat;
  importedAt: string;
  lists: { id: string; name: string; entries: number; added: number; ended: number }[];
  /** Records the lists hold that name no one (addresses, vessels). */
  skipped: number;
  matches: { linked: number; pending: number };
  /** Entries that named no entity of the graph. */
  unmatched: number;
  /** Entities made from unmatched entries, when asked. */
  addedEntities: number;
}

export interface ListImportOptions {
  format?: ListFormat;
  /** Puts every entry on this list, whatever the file says. */
  list?: string;
  now?: Date;
  maxBytes?: number;
  /** Makes an entity (identity from the list, no relation) for each entry that names none of the graph. */
  addUnmatched?: boolean;
}

const entryId = (listId: string, key: string) => `${listId}~${key}`;

function toWrite(listId: string, e: ListEntry): ListEntryWrite {
  return {
    id: entryId(listId, e.key), key: e.key, type: e.type, name: e.name, aliases: e.aliases, countries: e.countries,
    programs: e.programs, listedSince: e.listedSince ?? null, sourceUrl: e.sourceUrl ?? null,
  };
}

/**
 * The entity an unmatched entry becomes: its name's id, or with its country when the graph already
 * uses that id for something the cross-reference did not take it for.
 */
function listedEntity(e: ListEntry, taken: ReadonlySet<string>): ListedEntityWrite {
  const country = e.countries[0] ?? null;
  const plain = slug(e.name) || 'entry';
  const id = taken.has(plain) && country ? `${plain}-${slug(country)}` : plain;
  return { entry: entryId(slug(e.list) || 'list', e.key), id, type: e.type, name: e.name, aliases: e.aliases, country };
}

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

export async function importList(repo: Repository, data: Buffer, file: string, options: ListImportOptions = {}): Promise<ListImportReport> {
  const read = readListFile(data, file, options);
  const importedAt = (options.now ?? new Date()).toISOString();
  const byList = new Map<string, ListEntry[]>();
  for (const e of read.entries) byList.set(e.list, [...(byList.get(e.list) ?? []), e]);
  const candidates = (await repo.read('listMatchCandidates', { types: LISTABLE_TYPES })).map((r) => r.entity);
  const matches = crossReference(read.entries, candidates);
  const matched = new Set(matches.map((m) => `${m.entry.list}~${m.entry.key}`));
  const unmatched = read.entries.filter((e) => !matched.has(`${e.list}~${e.key}`));
  const report: ListImportReport = {
    file, format: read.format, importedAt, lists: [], skipped: read.skipped, matches: { linked: 0, pending: 0 }, unmatched: unmatched.length, addedEntities: 0,
  };
  await repo.transaction(async (tx) => {
    for (const [name, entries] of byList) {
      const id = slug(name) || 'list';
      await run(tx, 'upsertList', { list: { id, name, format: read.format, source: file, importedAt } });
      let added = 0;
      // The same key twice in one list is one entry: the last row wins.
      const unique = [...new Map(entries.map((e) => [e.key, e])).values()];
      for (const rows of batches(unique.map((e) => toWrite(id, e)))) added += (await run(tx, 'upsertListEntries', { list: id, importedAt, entries: rows }))[0]?.added ?? 0;
      const ended = (await run(tx, 'endMissingListEntries', { list: id, importedAt }))[0]?.ended ?? 0;
      report.lists.push({ id, name, entries: unique.length, added, ended });
    }
    const rows = matches.map((m) => ({
      entry: entryId(slug(m.entry.list) || 'list', m.entry.key), entity: m.entityId, score: m.score, status: m.status, entryName: m.entryName, entityName: m.entityName,
    }));
    for (const batch of batches(rows)) {
      const [counts] = await run(tx, 'writeListMatches', { matches: batch, at: importedAt });
      report.matches.linked += counts?.linked ?? 0;
      report.matches.pending += counts?.pending ?? 0;
    }
    if (options.addUnmatched) {
      const taken = new Set(candidates.map((c) => c.id));
      for (const batch of batches(unmatched.map((e) => listedEntity(e, taken)))) {
        report.addedEntities += (await run(tx, 'addListedEntities', { rows: batch, at: importedAt }))[0]?.added ?? 0;
      }
    }
  });
  return report;
}
