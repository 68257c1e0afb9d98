/**
 * The ingest CLI's own embedded Neo4j dies in the middle of a run (killed, as by the OOM killer):
 * the run notices within seconds, stops, and says what is stored and what is not, and what it says
 * is stored is there, whole, when the database comes back; running the same command again then gives
 * the graph a clean run gives (same documents, entities, relationships and evidence).
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
import { comparableGraph, credentials, emptyGraph, testRepository } from '../helpers/db.ts';

const root = mkdtempSync(join(tmpdir(), 'sightline-dies-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What the first test leaves for the second: the folder ingested, the CLI's environment, and its store. */
const cut = {} as { docs: string; env: NodeJS.ProcessEnv; home: string };

function runCli(env: NodeJS.ProcessEnv, docs: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cli = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', docs], { env });
  let stdout = '';
  let stderr = '';
  cli.stdout.on('data', (d) => { stdout += String(d); });
  cli.stderr.on('data', (d) => { stderr += String(d); });
  return new Promise((resolve) => cli.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** The graph a run left in its store, comparable with another run's. */
async function storedGraph(home: string) {
  const server = await startEmbedded({ home, boltPort: 0, log: () => {} });
  const repo = new Repository(connectTo(server));
  try {
    return await comparableGraph(repo);
  } finally {
    await repo.db.close();
    await server.stop();
  }
}

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
    Object.assign(cut, { docs, env, home });
  }, 240_000);

  it('running the same command again finishes the run, and the graph equals a clean run\'s, evidence and all', async () => {
    expect(cut.home, 'the first test left a cut run').toBeDefined();
    const rerun = await runCli(cut.env, cut.docs);
    expect(rerun.code, rerun.stderr).toBe(0);
    // The clean run writes to the run's shared Neo4j, emptied first: the same command on an empty
    // database, without starting and stopping a third embedded Neo4j twice (once for the run, once to read it).
    const shared = await testRepository();
    try {
      await emptyGraph(shared);
      const db = credentials();
      const clean = await runCli({ ...cut.env, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password }, cut.docs);
      expect(clean.code, clean.stderr).toBe(0);
      const [resumed, fresh] = [await storedGraph(cut.home), await comparableGraph(shared)];
      expect(fresh.nodes.filter((n) => n.startsWith('Document')).length).toBe(300);
      expect(resumed).toEqual(fresh);
    } finally {
      await emptyGraph(shared);
      await shared.db.close();
    }
  }, 480_000);
});
