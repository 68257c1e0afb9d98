/**
 * @module The ingest entry points the benchmark drives, loaded at run time: ingest/index.ts is
 * built in parallel with the benchmarks, and a bench run before it lands should say so, not crash.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../server/db/connection.ts';
import type { DocumentInput, Extraction } from '../../ingest/types.ts';

export interface IngestEntry {
  extractDocument(input: DocumentInput): Extraction | Promise<Extraction>;
  ingestPaths(db: Database, paths: string[], options?: { onProgress?: (...args: unknown[]) => void }): Promise<unknown>;
}

const ENTRY = resolve(dirname(fileURLToPath(import.meta.url)), '../../ingest/index.ts');

export async function loadIngest(): Promise<IngestEntry | string> {
  if (!existsSync(ENTRY)) return 'ingest/index.ts does not exist yet';
  const mod = (await import(ENTRY)) as Partial<IngestEntry>;
  const missing = (['extractDocument', 'ingestPaths'] as const).filter((k) => typeof mod[k] !== 'function');
  return missing.length ? `ingest/index.ts does not export ${missing.join(', ')}` : (mod as IngestEntry);
}
