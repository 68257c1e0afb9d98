/**
 * @module `npm run ingest -- [files, folders or URLs...] [--reset] [--dry-run] [--format jsonl|text] [--title ...]`.
 * Without paths it reads seeds/. Every run needs the NLP sidecar (CORENLP_URL, or one started here,
 * or one an `npm start` already runs). A dry run extracts and prints without starting or touching any
 * database; otherwise the database from NEO4J_URI (or the embedded one, or the one a running server
 * already runs on the same data folder) is opened, the schema applied, and both are closed on exit
 * and on Ctrl-C. Exit code 1 when any file failed, 2 on bad arguments.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// Only what reading the arguments and the settings needs is loaded up front: the readers and the
// pipeline take seconds to load, and a mistyped option is answered before that (see dryRun and ingest).
import { nlpChunkChars, nlpClient, type NlpClient } from './nlp/client.ts';
import { openNlpServer, type NlpServer } from './nlp/server.ts';
import { extractionToJsonl } from './output/jsonl.ts';
import { formatSummary } from './output/summary.ts';
import { MetaOverridesSchema } from './read/sidecar.ts';
import type { MetaOverrides } from './types.ts';

/** How often a run checks that its database still answers. */
const WATCH_MS = 2_000;
const USAGE = 'usage: npm run ingest -- [files, folders or URLs...] [--reset] [--dry-run] [--format jsonl|text] [--title T] [--author A] [--publisher P] [--date D] [--language L] [--url U]';
/** Metadata fields a run may set for every document it reads; they win over sidecars and the files. */
const META_FIELDS = ['title', 'author', 'publisher', 'date', 'language', 'url'] as const;
const DEFAULT_PATH = relative(process.cwd(), join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds')) || '.';
const FORMATS = ['jsonl', 'text'] as const;
type Format = (typeof FORMATS)[number];

interface Args {
  paths: string[];
  reset: boolean;
  dryRun: boolean;
  format: Format;
  meta: MetaOverrides;
}

function parse(argv: string[]): Args {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      reset: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      title: { type: 'string' }, author: { type: 'string' }, publisher: { type: 'string' },
      date: { type: 'string' }, language: { type: 'string' }, url: { type: 'string' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  if (values.format && !values['dry-run']) throw new Error('--format applies to --dry-run only');
  if (values.reset && values['dry-run']) throw new Error('--reset and --dry-run contradict each other');
  const given = Object.fromEntries(META_FIELDS.flatMap((f) => (values[f] === undefined ? [] : [[f, values[f]]])));
  const meta = MetaOverridesSchema.safeParse(given);
  if (!meta.success) throw new Error(`--${meta.error.issues[0]!.path.join('.')}: ${meta.error.issues[0]!.message}`);
  return { paths: positionals.length ? positionals : [DEFAULT_PATH], reset: values.reset!, dryRun: values['dry-run']!, format, meta: meta.data };
}

/** Extracts and prints; never opens a database. Returns the number of failed files. */
async function dryRun(args: Args, nlp: NlpClient): Promise<number> {
  const { extractDocument, fileInput, isUrl, urlInput, UnreadableDocumentError } = await import('./index.ts');
  const { listFiles } = await import('./read/files.ts');
  const { files, skipped } = listFiles(args.paths.filter((p) => !isUrl(p)));
  for (const s of skipped) console.error(`skipped ${s.file}: ${s.reason}`);
  let failed = skipped.length;
  for (const file of [...files, ...args.paths.filter(isUrl)]) {
    try {
      const input = isUrl(file) ? await urlInput(file, args.meta, { allowPrivateUrls: true }) : fileInput(file, readFileSync(file), args.meta);
      const x = await extractDocument(input, nlp);
      if (args.format === 'jsonl') {
        for (const line of extractionToJsonl(x)) process.stdout.write(`${line}\n`);
      } else {
        const name = new Map(x.entities.map((e) => [e.id, e.name]));
        console.log(`${file}: ${x.entities.length} entities, ${x.relations.length} relations`);
        for (const r of x.relations) console.log(`  ${name.get(r.source)} ${r.type} ${name.get(r.target)}  [${r.evidence.rule} ${r.evidence.confidence}]  "${r.evidence.quote}"`);
      }
    } catch (e) {
      failed += 1;
      console.error(`skipped ${file}: ${e instanceof UnreadableDocumentError ? `${e.reason}: ${e.message}` : (e as Error).message}`);
    }
  }
  return failed;
}

async function ingest(args: Args, nlp: NlpClient): Promise<number> {
  // Loaded here so a dry run never loads the driver or the launcher.
  const { openDatabase, applySchema } = await import('../cypher/connection.ts');
  const { Repository } = await import('../cypher/repository.ts');
  const { ingestPaths, IngestStoppedError } = await import('./index.ts');
  const { SingleBar, Presets } = await import('cli-progress');
  // Ctrl-C while the embedded server starts must still stop it, so the handler is in place first
  // and closes the database as soon as there is one.
  let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
  let interrupted = false;
  const stop = async () => {
    interrupted = true;
    if (!db) return;
    await db.close();
    process.exit(130);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // A running `npm start` on the same data folder keeps its Neo4j: this run writes through it.
  db = await openDatabase({
    log: (line) => console.error(`[neo4j] ${line}`),
    embedded: { owner: 'npm run ingest', whenRunning: 'share' },
    // A database that dies while documents are being read is noticed within seconds, not at the next batch.
    watchMs: WATCH_MS,
  });
  if (interrupted) await stop();
  const tty = Boolean(process.stdout.isTTY);
  const bar = tty ? new SingleBar({ format: ' {bar} {value}/{total} docs | {speed} docs/s | {file}{part}' }, Presets.shades_classic) : undefined;
  const percent = (done: number, total: number) => Math.floor((done / Math.max(1, total)) * 100);
  try {
    await applySchema(db);
    const started = Date.now();
    const summary = await ingestPaths({ repo: new Repository(db), nlp }, args.paths, {
      reset: args.reset,
      meta: args.meta,
      allowPrivateUrls: true,
      onStart: (total) => bar?.start(total, 0, { speed: '0.0', file: '', part: '' }),
      onProgress: (done, total, file) => {
        const speed = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
        if (bar) {
          bar.update(done, { speed, file, part: '' });
        } else {
          console.log(`[${done}/${total}] ${file}`);
        }
      },
      // A long file (a report of hundreds of pages) is parsed in parts; say how far, so a run never looks stuck.
      onFileParse: (file, parsed, total) => {
        if (bar) bar.update({ file, part: ` (parsing ${percent(parsed, total)}%)` });
        else console.log(`  ${file}: parsed ${parsed.toLocaleString('en')} of ${total.toLocaleString('en')} characters (${percent(parsed, total)}%)`);
      },
    });
    bar?.stop();
    console.log(formatSummary(summary));
    return summary.failed;
  } catch (e) {
    if (!(e instanceof IngestStoppedError)) throw e;
    bar?.stop();
    console.log(formatSummary(e.summary));
    const { added, replaced, unchanged } = e.summary.documents;
    console.error(`ingest: stopped because the database went away (${e.message}). ${added + replaced + unchanged} documents are stored, each whole (added ${added}, replaced ${replaced}, unchanged ${unchanged}); ${e.notWritten} were not written. Run the same command again once Neo4j is back: what is stored is left as it is.`);
    return Math.max(1, e.summary.failed);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await db.close();
  }
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parse(process.argv.slice(2));
  } catch (e) {
    console.error(`ingest: ${(e as Error).message.split('\n')[0]}`);
    console.error(USAGE);
    process.exit(2);
  }
  let chunkChars: number;
  try {
    chunkChars = nlpChunkChars();
  } catch (e) {
    console.error(`ingest: ${(e as Error).message}`);
    process.exit(2);
  }
  let server: NlpServer | undefined;
  const stopNlp = async () => {
    await server?.stop();
    process.exit(130);
  };
  process.once('SIGINT', stopNlp);
  try {
    server = await openNlpServer();
    const nlp = nlpClient(server, { chunkChars });
    const failed = args.dryRun ? await dryRun(args, nlp) : await ingest(args, nlp);
    await server.stop();
    process.exit(failed > 0 ? 1 : 0);
  } catch (e) {
    console.error(`ingest: ${(e as Error).message.split('\n')[0]}`);
    await server?.stop();
    process.exit(1);
  }
}

await main();
