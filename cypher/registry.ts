/**
 * @module Loads every `.cypher` file under this folder and parses its header (name, what it returns,
 * its typed parameters and row columns). Start-up fails here, not at the first request, when a query
 * is malformed; `generate.ts` turns the same headers into the types of `queries.gen.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Returns = 'one' | 'many' | 'none';

export interface Typed {
  name: string;
  /** A TypeScript type, written in the header (`string[]`, `EdgeRow`, `number | null`). */
  type: string;
  doc: string;
}

export interface NamedQuery {
  name: string;
  /** Path relative to cypher/, for error messages. */
  file: string;
  returns: Returns;
  params: Typed[];
  columns: Typed[];
  doc: string;
  text: string;
}

const ROOT = dirname(fileURLToPath(import.meta.url));

export function listCypherFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) return listCypherFiles(full);
      return entry.endsWith('.cypher') ? [full] : [];
    });
}

/** Strips comments and string literals so `$param` inside them is not taken for a parameter. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\/[^\n]*/g, '')
    .replace(/'(?:\\.|[^'\\])*'/g, "''")
    .replace(/"(?:\\.|[^"\\])*"/g, '""');
}

/** `$name: Type -- what it is` (a parameter) or `name: Type` (a row column). */
function typed(line: string, sigil: '$' | '', fail: (why: string) => never): Typed {
  const m = line.startsWith(sigil) ? /^(\w+)\s*:\s*(.+?)(?:\s+--\s+(.*))?$/.exec(line.slice(sigil.length)) : null;
  if (!m) return fail(`"${line}" must read "${sigil}name: Type" (then " -- what it is", optionally)`);
  return { name: m[1]!, type: m[2]!.trim(), doc: m[3]?.trim() ?? '' };
}

export function parseQuery(file: string, source: string): NamedQuery {
  const header = new Map<string, string[]>();
  for (const line of source.split('\n')) {
    const m = /^\s*\/\/\s*@(\w+)\s*(.*)$/.exec(line);
    if (m) header.set(m[1]!, [...(header.get(m[1]!) ?? []), m[2]!.trim()]);
  }
  const fail = (why: string): never => {
    throw new Error(`cypher/${file}: ${why}`);
  };
  const name = header.get('name')?.[0] ?? fail('missing "// @name" header');
  // One naming scheme: the file is the query's name, so a name found in code finds its file.
  if (basename(file, '.cypher') !== name) fail(`is named "${name}"; the file must be ${name}.cypher`);
  const returns = header.get('returns')?.[0] as Returns | undefined;
  if (!returns || !['one', 'many', 'none'].includes(returns)) fail('"// @returns" must be one, many or none');
  const doc = header.get('doc')?.join(' ') ?? '';
  if (!doc) fail('missing "// @doc" header');
  const params = (header.get('param') ?? []).map((p) => typed(p, '$', fail));
  const columns = (header.get('row') ?? []).map((r) => typed(r, '', fail));
  if (returns === 'none' && columns.length) fail('returns none but declares "// @row" columns');
  if (returns !== 'none' && !columns.length) fail(`returns ${returns} but declares no "// @row" column`);
  const used = new Set([...codeOnly(source).matchAll(/\$(\w+)/g)].map((m) => m[1]!));
  const declared = params.map((p) => p.name);
  for (const p of used) if (!declared.includes(p)) fail(`uses $${p} but the header does not declare it`);
  for (const p of declared) if (!used.has(p)) fail(`declares $${p} but never uses it`);
  return { name, file, returns: returns!, params, columns, doc, text: source };
}

export function loadQueries(root = ROOT): Map<string, NamedQuery> {
  const queries = new Map<string, NamedQuery>();
  for (const full of listCypherFiles(root)) {
    const file = relative(root, full);
    // Schema scripts hold several statements and are applied by the schema runner, not by name.
    if (file.startsWith('schema')) continue;
    const q = parseQuery(file, readFileSync(full, 'utf8'));
    const clash = queries.get(q.name);
    if (clash) throw new Error(`cypher/${file}: name "${q.name}" is already used by cypher/${clash.file}`);
    queries.set(q.name, q);
  }
  return queries;
}

let schemaCache: { file: string; statements: string[] }[] | undefined;

/** Schema scripts in order, each split into statements on `;` at line end; read once per process. */
export function loadSchemaStatements(): { file: string; statements: string[] }[] {
  schemaCache ??= readSchemaStatements();
  return schemaCache;
}

function readSchemaStatements(root = ROOT): { file: string; statements: string[] }[] {
  return listCypherFiles(join(root, 'schema')).map((full) => ({
    file: relative(root, full),
    statements: readFileSync(full, 'utf8')
      .replace(/^\s*\/\/[^\n]*$/gm, '')
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.trim())
      .filter(Boolean),
  }));
}

let cache: Map<string, NamedQuery> | undefined;

/** The query called `name`; throws with the known names when there is none. */
export function query(name: string): NamedQuery {
  cache ??= loadQueries();
  const q = cache.get(name);
  if (!q) throw new Error(`no query named "${name}" in cypher/ (known: ${[...cache.keys()].sort().join(', ')})`);
  return q;
}
