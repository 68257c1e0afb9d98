/**
 * @module Turns the paths a user gives into the files to ingest: folders are walked recursively for
 * documents (text, Markdown, HTML, PDF, Word); a path that does not exist, a file of a kind we do not
 * read, or a document in a folder in a format we do not read yet, is reported, not fatal.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { HTML_EXTENSIONS } from './readDocument.ts';

/** Extensions of the documents a reader exists for (read/readDocument.ts). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', ...HTML_EXTENSIONS, '.pdf', '.docx'];

/**
 * Documents an analyst may well have meant to ingest but which are not read yet: in a folder they
 * are listed as skipped, so a folder of reports never loses its old Word files in silence. Other
 * files there (images, data, notes to self) are not documents and are left alone.
 */
const UNREAD_DOCUMENT_EXTENSIONS = ['.doc', '.odt', '.rtf', '.epub'];

const UNSUPPORTED = `unsupported: only ${DOCUMENT_EXTENSIONS.join(', ')} files are read`;

export interface FileList {
  files: string[];
  skipped: { file: string; reason: string }[];
}

function walk(dir: string, out: FileList): void {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(dir, e.name);
    const ext = extname(e.name).toLowerCase();
    if (e.isDirectory()) walk(full, out);
    else if (e.isFile() && DOCUMENT_EXTENSIONS.includes(ext)) out.files.push(full);
    else if (e.isFile() && UNREAD_DOCUMENT_EXTENSIONS.includes(ext)) out.skipped.push({ file: full, reason: UNSUPPORTED });
  }
}

export function listFiles(paths: readonly string[]): FileList {
  const out: FileList = { files: [], skipped: [] };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      out.skipped.push({ file: path, reason: 'missing: no such file or folder' });
      continue;
    }
    if (isDir) walk(path, out);
    else if (DOCUMENT_EXTENSIONS.includes(extname(path).toLowerCase())) out.files.push(path);
    else out.skipped.push({ file: path, reason: UNSUPPORTED });
  }
  // One file named two ways ('a/x.txt' and './a/x.txt') is read once.
  out.files = [...new Map(out.files.map((f) => [resolve(f), f])).values()];
  return out;
}

/**
 * The source a file is stored under, which with the content is its identity: a later file with the
 * same source and other content replaces it. Relative to the working folder when inside it (so
 * `npm run ingest -- seeds/` matches from any clone), else the absolute path: never the bare file
 * name, or `/x/a/notes.txt` and `/x/b/notes.txt` would replace each other.
 */
export function sourcePath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(file);
}

/**
 * The source older versions stored a file under when it lay outside the project folder: its bare
 * name. Undefined for a source those versions stored as it is (a path inside the folder, a URL, an
 * upload's), which needs no adopting.
 */
export function legacySourceName(source: string): string | undefined {
  return isAbsolute(source) ? basename(source) : undefined;
}
