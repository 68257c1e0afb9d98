/**
 * @module readScreeningList: the US Consolidated Screening List as trade.gov publishes it (CSV, one
 * row per listed party, its published columns). Each row is on the list its `source` column names
 * (the Entity List, the SDN List, ...); individuals become people and other parties firms; vessels
 * and aircraft are skipped. The country is the ISO code that ends each address.
 */
import { countryName } from '../catalog.ts';
import { csvRows, isoDate, ListFileError, splitValues, type ListEntry, type ListFile } from './entries.ts';

export const CSL_COLUMNS = ['source', 'entity_number', 'type', 'programs', 'name', 'addresses', 'start_date', 'source_list_url', 'alt_names'] as const;

export function readScreeningList(text: string, file: string, listName?: string): ListFile {
  const rows = csvRows(text, file, CSL_COLUMNS, (columns) => `not a Consolidated Screening List: missing ${columns}`);
  const entries: ListEntry[] = [];
  let skipped = 0;
  rows.forEach((r, i) => {
    const line = i + 2;
    const kind = (r.type ?? '').trim().toLowerCase();
    if (kind === 'vessel' || kind === 'aircraft') {
      skipped += 1;
      return;
    }
    const name = r.name?.trim();
    if (!name) throw new ListFileError(file, line, 'a row without a name');
    const list = listName ?? (r.source?.trim() || file);
    // "... Hangzhou, Zhejiang, 310051, CN; ..., HK": the code that ends each address.
    const codes = splitValues(r.addresses).map((a) => /,\s*([A-Z]{2})\s*$/.exec(a)?.[1]).filter((c): c is string => Boolean(c));
    entries.push({
      list, key: r.entity_number?.trim() || r._id?.trim() || name,
      type: kind === 'individual' ? 'Person' : 'Company',
      name, aliases: splitValues(r.alt_names).filter((a) => a !== name),
      countries: [...new Set(codes.map((c) => countryName(c)).filter((c): c is string => Boolean(c)))],
      programs: splitValues(r.programs),
      ...(isoDate(r.start_date) ? { listedSince: isoDate(r.start_date) } : {}),
      ...(r.source_list_url?.trim() ? { sourceUrl: r.source_list_url.trim() } : {}),
      line,
    });
  });
  return { format: 'csl', entries, skipped };
}
