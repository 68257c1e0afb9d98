/**
 * @module Turns the paths a user gives into the files to ingest: folders are walked recursively for
 * text files; a path that does not exist or a file of a kind we do not read is reported, not fatal.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

/** Extensions read as plain text or Markdown; anything else in a folder is left alone. */
export const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'];

export interface FileList {
  files: string[];
  skipped: { file: string; reason: string }[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const full = join(dir, e.name);
      if (e.isDirectory()) return walk(full);
      return e.isFile() && TEXT_EXTENSIONS.includes(extname(e.name).toLowerCase()) ? [full] : [];
    });
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
    if (isDir) out.files.push(...walk(path));
    else if (TEXT_EXTENSIONS.includes(extname(path).toLowerCase())) out.files.push(path);
    else out.skipped.push({ file: path, reason: `unsupported: only ${TEXT_EXTENSIONS.join(', ')} files are read` });
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
