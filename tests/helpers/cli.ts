/**
 * @module The ingest CLI as the user runs it: a real process on real files, against the run's test
 * Neo4j and CoreNLP (never one of its own).
 */
import { spawn, spawnSync } from 'node:child_process';
import { inject } from 'vitest';
import { credentials } from './db.ts';

export interface CliRun { code: number | null; stdout: string; stderr: string }

/** The variables that point the CLI at the run's own services. */
export function cliEnv(): NodeJS.ProcessEnv {
  const nlp = inject('nlp');
  const db = credentials();
  return {
    ...process.env,
    CORENLP_URL: nlp.url, CORENLP_USER: nlp.user ?? '', CORENLP_PASSWORD: nlp.password ?? '',
    NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password,
  };
}

/** Runs `npm run ingest -- ...args` to the end, from the project folder as npm does. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args], {
    encoding: 'utf8', timeout: 120_000, env: { ...cliEnv(), ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `npm run ingest -- ...args` and resolves when it ends, for runs that race another writer. */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args], { env: { ...cliEnv(), ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += String(d); });
  child.stderr.on('data', (d) => { stderr += String(d); });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}
