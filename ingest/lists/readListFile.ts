/**
 * @module readListFile: a watchlist file to entries. The format is named (`--format`) or told from
 * the file: JSON lines are FollowTheMoney, a CSV with the Consolidated Screening List's columns is
 * that list, any other CSV a plain list. Empty, binary, invalid UTF-8 and oversized files are refused
 * with a reason before anything is read; the size limit is LISTS_MAX_BYTES (256 MB by default).
 */
import { readFtm } from './readFtm.ts';
import { CSL_COLUMNS, readScreeningList } from './readScreeningList.ts';
import { readPlainCsv } from './readPlainCsv.ts';
import { ListFileError, type ListFile, type ListFormat } from './entries.ts';

export function maxListBytes(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.LISTS_MAX_BYTES);
  return Number.isFinite(n) && n > 0 ? n : 256 * 1024 * 1024;
}

export function detectFormat(text: string): ListFormat {
  const first = text.replace(/^\uFEFF/, '').trimStart();
  if (first.startsWith('{')) return 'ftm';
  const header = first.split('\n', 1)[0]!.toLowerCase().split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return CSL_COLUMNS.every((c) => header.includes(c)) ? 'csl' : 'csv';
}

export function readListFile(data: Buffer, file: string, options: { format?: ListFormat; list?: string; maxBytes?: number } = {}): ListFile {
  const max = options.maxBytes ?? maxListBytes();
  if (data.length > max) throw new ListFileError(file, undefined, `${data.length} bytes, over the limit of ${max} (LISTS_MAX_BYTES)`);
  if (data.subarray(0, 8192).includes(0)) throw new ListFileError(file, undefined, 'a binary file, not a list (JSON lines or CSV)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new ListFileError(file, undefined, 'not valid UTF-8 text');
  }
  if (!text.trim()) throw new ListFileError(file, undefined, 'the file is empty');
  const format = options.format ?? detectFormat(text);
  const read = format === 'ftm' ? readFtm : format === 'csl' ? readScreeningList : readPlainCsv;
  const result = read(text, file, options.list);
  if (!result.entries.length) throw new ListFileError(file, undefined, `no entry naming a firm, body, organisation or person (read as ${format})`);
  return result;
}
