/**
 * @module readPlainCsv: the simplest list an analyst keeps by hand, a CSV with the columns name,
 * aliases, country, list, program, date, url (aliases and programs separated by ";"), and an
 * optional type (company, person, organization, agency; company when absent).
 */
import { countryName } from '../catalog.ts';
import { csvRows, isoDate, ListFileError, splitValues, type ListEntry, type ListFile } from './entries.ts';

export const PLAIN_COLUMNS = ['name', 'aliases', 'country', 'list', 'program', 'date', 'url'] as const;
const TYPES: Record<string, ListEntry['type']> = { company: 'Company', person: 'Person', individual: 'Person', organization: 'Organization', organisation: 'Organization', agency: 'Agency' };

export function readPlainCsv(text: string, file: string, listName?: string): ListFile {
  const rows = csvRows(text, file, PLAIN_COLUMNS, (columns) => `missing ${columns} (a plain list has ${PLAIN_COLUMNS.join(', ')})`);
  const entries = rows.map((r, i): ListEntry => {
    const line = i + 2;
    const name = r.name?.trim();
    if (!name) throw new ListFileError(file, line, 'a row without a name');
    const kind = (r.type ?? '').trim().toLowerCase();
    const type = kind ? TYPES[kind] : 'Company';
    if (!type) throw new ListFileError(file, line, `unknown type "${r.type}" (one of ${Object.keys(TYPES).join(', ')})`);
    const list = listName ?? r.list?.trim();
    if (!list) throw new ListFileError(file, line, 'no list named (the list column is empty and no --list was given)');
    return {
      list, key: name, type, name, aliases: splitValues(r.aliases).filter((a) => a !== name),
      countries: splitValues(r.country).map((c) => countryName(c)).filter((c): c is string => Boolean(c)),
      programs: splitValues(r.program),
      ...(isoDate(r.date) ? { listedSince: isoDate(r.date) } : {}),
      ...(r.url?.trim() ? { sourceUrl: r.url.trim() } : {}),
      line,
    };
  });
  return { format: 'csv', entries, skipped: 0 };
}
