/**
 * `npm start` (server/main.ts as a real process) refuses a bad setting at start, naming the variable
 * and the value, before it opens a database or a parser.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../cypher/launch/neo4j.ts';
import { credentials } from '../helpers/db.ts';

/** Runs the server until it exits or `ms` pass (then it is stopped: it did not refuse). */
function start(env: NodeJS.ProcessEnv, ms: number): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += String(d); });
  const timer = setTimeout(() => child.kill('SIGINT'), ms);
  return new Promise((resolve) => child.once('exit', (code) => { clearTimeout(timer); resolve({ code, stderr }); }));
}

describe('npm start with a bad NLP_CHUNK_CHARS', () => {
  const seeds = mkdtempSync(join(tmpdir(), 'uploads-config-seeds-'));
  afterAll(() => rmSync(seeds, { recursive: true, force: true }));

  it('exits 1 at start with one line naming NLP_CHUNK_CHARS and the bad value, instead of parsing with the default', async () => {
    const nlp = inject('nlp');
    const db = credentials();
    const base = {
      ...process.env, PORT: String(await freePort()), LOG_LEVEL: 'warn', SEEDS_DIR: seeds,
      NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password,
      CORENLP_URL: nlp.url, CORENLP_USER: nlp.user ?? '', CORENLP_PASSWORD: nlp.password ?? '',
    };
    for (const bad of ['forty thousand', '12', '50000000']) {
      const r = await start({ ...base, NLP_CHUNK_CHARS: bad }, 30_000);
      expect(r.code, bad).toBe(1);
      expect(r.stderr.trim()).toBe(`sightline: bad configuration: NLP_CHUNK_CHARS is the characters per CoreNLP request, a whole number from 1000 to 1000000, not "${bad}"`);
    }
    expect(readdirSync(seeds)).toEqual([]);
  });
});
