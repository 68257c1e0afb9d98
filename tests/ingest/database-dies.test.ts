/**
 * The ingest CLI's own embedded Neo4j dies in the middle of a run (killed, as by the OOM killer):
 * the run notices within seconds, stops, and says what is stored and what is not, and what it says
 * is stored is there, whole, when the database comes back.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectTo } from '../../cypher/connection.ts';
import { freePort, startEmbedded } from '../../cypher/launch/neo4j.ts';
import { Repository } from '../../cypher/repository.ts';

const root = mkdtempSync(join(tmpdir(), 'sightline-dies-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ingest when its Neo4j dies mid-run', () => {
  it('stops within seconds, exits 1, and says how many documents are stored (they are, whole) and how many are not', async () => {
    const docs = join(root, 'docs');
    mkdirSync(docs);
    // Texts no earlier run has parsed (a fresh parse cache too), so the run lasts long enough to be cut.
    const run = randomUUID().slice(0, 8);
    for (let i = 0; i < 300; i++) {
      writeFileSync(join(docs, `${String(i).padStart(3, '0')}.txt`), `Arvex Systems supplied surveillance cameras to Nairobi in ${1990 + (i % 30)}. Order ${run}-${i} covered ${i + 2} cameras.\n`);
    }
    const home = join(root, 'neo4j');
    const nlp = inject('nlp');
    const env: NodeJS.ProcessEnv = {
      ...process.env, NEO4J_HOME_DIR: home, NEO4J_BOLT_PORT: String(await freePort()), NLP_CACHE_DIR: join(root, 'nlp-cache'),
      CORENLP_URL: nlp.url, CORENLP_USER: nlp.user ?? '', CORENLP_PASSWORD: nlp.password ?? '',
    };
    delete env.NEO4J_URI;
    const cli = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', docs], { env });
    let stdout = '';
    let stderr = '';
    cli.stderr.on('data', (d) => { stderr += String(d); });
    const firstWrite = new Promise<void>((resolve) => cli.stdout.on('data', (d) => {
      stdout += String(d);
      if (stdout.includes('[1/300]')) resolve();
    }));
    const exited = new Promise<number | null>((resolve) => cli.once('close', resolve));
    await firstWrite;

    const { javaPid } = JSON.parse(readFileSync(join(home, 'run', 'sightline-neo4j.json'), 'utf8')).ready;
    process.kill(javaPid, 'SIGKILL');
    const killedAt = Date.now();
    const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(r, 60_000, 'hung'))]);
    if (code === 'hung') cli.kill('SIGKILL');
    expect(code).toBe(1);
    expect(Date.now() - killedAt).toBeLessThan(20_000);

    const said = /stopped because the database went away \(The embedded Neo4j stopped unexpectedly \(killed by SIGKILL\)\)\. (\d+) documents are stored, each whole \(added (\d+), replaced 0, unchanged 0\); (\d+) were not written\. Run the same command again/.exec(stderr);
    expect(said, stderr).not.toBeNull();
    const [stored, added, notWritten] = [Number(said![1]), Number(said![2]), Number(said![3])];
    expect(stored).toBe(added);
    expect(stored + notWritten).toBe(300);
    expect(notWritten).toBeGreaterThan(0);

    const again = await startEmbedded({ home, boltPort: 0, log: () => {} });
    const repo = new Repository(connectTo(again));
    try {
      expect((await repo.readOne('graphCounts'))!.documents).toBe(stored);
    } finally {
      await repo.db.close();
      await again.stop();
    }
  }, 240_000);
});
