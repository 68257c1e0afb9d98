/**
 * @module `npm run lists -- import FILE... [--list NAME] [--format ftm|csl|csv] [--add-unmatched]` and
 * `npm run lists -- show`. Imports watchlists (FollowTheMoney JSON lines, the US Consolidated
 * Screening List CSV, or a plain CSV) into the database from NEO4J_URI, the embedded one, or the
 * one a running server already runs on the same data folder, and
 * cross-references them with the graph; `show` lists what is loaded. A bad file is reported with its
 * line and changes nothing. Exit code 1 when a file could not be imported, 2 on bad arguments.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LIST_FORMATS, ListFileError, type ListFormat } from './entries.ts';
import type { ListImportReport } from './importList.ts';

const USAGE = 'usage: npm run lists -- import FILE... [--list NAME] [--format ftm|csl|csv] [--add-unmatched]\n       npm run lists -- show';

interface Args {
  command: 'import' | 'show';
  files: string[];
  list?: string;
  format?: ListFormat;
  addUnmatched: boolean;
}

function parse(argv: string[]): Args {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { list: { type: 'string' }, format: { type: 'string' }, 'add-unmatched': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [command, ...files] = positionals;
  if (command !== 'import' && command !== 'show') throw new Error(command ? `unknown command "${command}"` : 'no command given');
  if (command === 'import' && !files.length) throw new Error('import needs at least one file');
  if (command === 'show' && (files.length || values.list || values.format || values['add-unmatched'])) throw new Error('show takes no files or options');
  if (values.format && !LIST_FORMATS.includes(values.format as ListFormat)) throw new Error(`--format must be one of ${LIST_FORMATS.join(', ')}, not "${values.format}"`);
  if (values.list !== undefined && !values.list.trim()) throw new Error('--list needs a name');
  return { command, files, ...(values.list ? { list: values.list.trim() } : {}), ...(values.format ? { format: values.format as ListFormat } : {}), addUnmatched: values['add-unmatched'] };
}

function formatReport(r: ListImportReport): string {
  const lists = r.lists.map((l) => `  ${l.name}: ${l.entries} entries (${l.added} new, ${l.ended} no longer listed)`);
  return [
    `${r.file} (${r.format}):`,
    ...lists,
    `  matched to the graph: ${r.matches.linked} linked, ${r.matches.pending} waiting for review; ${r.unmatched} entries name no entity of the graph${r.addedEntities ? ` (${r.addedEntities} added as entities)` : ''}${r.skipped ? `; ${r.skipped} records skipped (addresses, vessels, ...)` : ''}`,
  ].join('\n');
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parse(process.argv.slice(2));
  } catch (e) {
    console.error(`lists: ${(e as Error).message.split('\n')[0]}`);
    console.error(USAGE);
    process.exit(2);
  }
  const { openDatabase, applySchema } = await import('../../cypher/connection.ts');
  const { Repository } = await import('../../cypher/repository.ts');
  const { importList } = await import('./importList.ts');
  let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
  const stop = async () => {
    await db?.close();
    process.exit(130);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  let failed = 0;
  try {
    // A running `npm start` on the same data folder keeps its Neo4j: lists are written through it.
    db = await openDatabase({ log: (line) => console.error(`[neo4j] ${line}`), embedded: { owner: 'npm run lists', whenRunning: 'share' } });
    await applySchema(db);
    const repo = new Repository(db);
    if (args.command === 'show') {
      const lists = await repo.read('lists');
      if (!lists.length) console.log('No lists loaded. Import one with: npm run lists -- import FILE');
      for (const { list: l } of lists) console.log(`${l.name} (${l.format}, last imported ${l.lastImported}): ${l.active} listed, ${l.ended} ended; ${l.linked} linked to the graph, ${l.pending} waiting for review`);
    }
    for (const file of args.files) {
      try {
        console.log(formatReport(await importList(repo, readFileSync(file), file, { ...(args.format ? { format: args.format } : {}), ...(args.list ? { list: args.list } : {}), addUnmatched: args.addUnmatched })));
      } catch (e) {
        failed += 1;
        const code = (e as NodeJS.ErrnoException).code;
        console.error(`lists: ${e instanceof ListFileError ? e.message : code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: a folder, not a list file` : (e as Error).message}`);
      }
    }
  } catch (e) {
    // The database unreachable or refusing: one line saying so, not a stack trace.
    console.error(`lists: ${(e as Error).message.split('\n')[0]}`);
    failed += 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await db?.close();
  }
  process.exit(failed ? 1 : 0);
}

await main();
