/**
 * @module What a watchlist holds once read, whatever its format: entries naming a firm, body,
 * organisation or person, with the list, programs, listing date and source URL that make the
 * listing citable. Readers (readFtm, readScreeningList, readPlainCsv) produce these; nothing here
 * touches the database.
 */
import { parse } from 'csv-parse/sync';
import type { LISTABLE_TYPES } from '../../cypher/ontology.ts';

export type ListFormat = 'ftm' | 'csl' | 'csv';
export const LIST_FORMATS: readonly ListFormat[] = ['ftm', 'csl', 'csv'];

export interface ListEntry {
  /** The list it is on, as its publisher names it ("Entity List (EL) - Bureau of Industry and Security"). */
  list: string;
  /** The entry's own key in that list: the FtM id, the CSL entity number, else its name. */
  key: string;
  type: (typeof LISTABLE_TYPES)[number];
  name: string;
  aliases: string[];
  /** Country names as the catalog spells its states ("China", "Russia"). */
  countries: string[];
  programs: string[];
  /** ISO date (or year) the listing started, when the list says. */
  listedSince?: string;
  sourceUrl?: string;
  /** Line of the file it was read from, for messages. */
  line: number;
}

export interface ListFile {
  format: ListFormat;
  entries: ListEntry[];
  /** Records of kinds a list may hold that name no one (addresses, vessels, identifiers). */
  skipped: number;
}

/** A list file that cannot be read as its format: says which file, which line and what is wrong. */
export class ListFileError extends Error {
  override name = 'ListFileError';
  constructor(readonly file: string, readonly line: number | undefined, detail: string) {
    super(`${file}${line ? `, line ${line}` : ''}: ${detail}`);
  }
}

/** A date as ISO text (2019-10-09), or the year alone when that is all the list gives. */
export function isoDate(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(v);
  return m ? [m[1], m[2], m[3]].filter(Boolean).join('-') : undefined;
}

/**
 * A list's CSV as rows keyed by lower-cased header, refused with the line when it does not parse
 * and with the missing names when a required column is absent, worded by `missing`.
 */
export function csvRows(text: string, file: string, required: readonly string[], missing: (columns: string) => string): Record<string, string>[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, bom: true });
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new ListFileError(file, err.lines, `not a readable CSV (${err.message})`);
  }
  const header = rows.length ? Object.keys(rows[0]!) : [];
  const absent = required.filter((c) => !header.includes(c));
  if (absent.length) throw new ListFileError(file, 1, missing(`column${absent.length > 1 ? 's' : ''} ${absent.join(', ')}`));
  return rows;
}

/** Values of a multi-valued cell: "a; b;c" -> ["a", "b", "c"]. */
export function splitValues(cell: string | undefined): string[] {
  return (cell ?? '').split(';').map((s) => s.trim()).filter(Boolean);
}
