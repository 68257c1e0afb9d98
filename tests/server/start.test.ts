import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../cypher/launch/neo4j.ts';

function javaFor(home: string): number[] {
  return readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((pid) => {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return argv[0]!.endsWith('java') && argv.some((a) => a.includes(home));
    } catch {
      return false;
    }
  }).map(Number);
}

async function waitFor<T>(probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 500));
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', (code) => r(code)));
}

describe('npm start (server/main.ts) with no NEO4J_URI', () => {
  const home = mkdtempSync(join(tmpdir(), 'sightline-start-'));
  const nlp = inject('nlp');
  let env: NodeJS.ProcessEnv;
  let url: string;
  let app: ChildProcess;
  let stderr = '';

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = {
      ...process.env, PORT: String(port), NEO4J_HOME_DIR: home, NEO4J_BOLT_PORT: String(await freePort()), LOG_LEVEL: 'warn',
      CORENLP_URL: nlp.url, CORENLP_USER: nlp.user ?? '', CORENLP_PASSWORD: nlp.password ?? '',
    };
    delete env.NEO4J_URI;
    app = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'inherit', 'pipe'] });
    app.stderr!.on('data', (d) => { stderr += String(d); process.stderr.write(d); });
    await waitFor(async () => ((await fetch(`${url}/api/health`)).ok ? true : undefined), 180_000);
  });
  afterAll(async () => {
    if (app.exitCode === null) {
      app.kill('SIGINT');
      await exited(app);
    }
    rmSync(home, { recursive: true, force: true });
  });

  it('starts an embedded Neo4j, loads the seed articles and answers health', async () => {
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health.neo4j.origin).toBe('embedded');
    expect(health.neo4j.version).toMatch(/^5\.26\./);
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).length;
    const docs = await (await fetch(`${url}/api/documents`)).json();
    expect(docs.documents.length).toBe(seeds);
    expect(javaFor(home).length).toBe(1);
  });

  it("lets `npm run ingest` on the same data folder write through the server's Neo4j, which keeps serving", async () => {
    const [neo4jPid] = javaFor(home);
    const dir = mkdtempSync(join(tmpdir(), 'sightline-start-doc-'));
    writeFileSync(join(dir, 'ecuador.txt'), 'Hikvision supplied cameras to Ecuador in 2019.');
    try {
      const before = (await (await fetch(`${url}/api/documents`)).json()).documents.length;
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', dir], { env, encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toMatch(/using the Neo4j that the Sightline server at http:\/\/127\.0\.0\.1:\d+ \(pid \d+\) runs/);
      expect(r.stdout).toContain('added 1');
      expect(r.status).toBe(0);
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      expect((await (await fetch(`${url}/api/documents`)).json()).documents.length).toBe(before + 1);
      expect(javaFor(home)).toEqual([neo4jPid]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a second server on the same data folder, naming the first, and leaves the first serving', async () => {
    const second = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...env, PORT: String(await freePort()) }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    second.stderr!.on('data', (d) => { stderr += String(d); });
    expect(await exited(second)).toBe(1);
    expect(stderr).toMatch(new RegExp(`the Sightline server at ${url.replace(/\./g, '\\.')} \\(pid ${app.pid}\\) already runs the embedded Neo4j in ${home}`));
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    expect(javaFor(home).length).toBe(1);
  });

  it('notices its Neo4j dying, answers 503 at once with Retry-After and no internal address, and restarts it with the graph intact', async () => {
    const [killed] = javaFor(home);
    const documents = (await (await fetch(`${url}/api/documents`)).json()).documents.length;
    process.kill(killed!, 'SIGKILL');
    await waitFor(async () => ((await fetch(`${url}/api/stats`)).status === 503 ? true : undefined), 10_000);
    expect(stderr).toMatch(new RegExp(`Neo4j \\(pid ${killed}\\) stopped unexpectedly \\(killed by SIGKILL\\); restarting it`));
    for (const path of ['/api/stats', '/api/entities/ntechlab', '/api/search?q=hik', '/api/health']) {
      const started = Date.now();
      const res = await fetch(`${url}${path}`);
      expect(Date.now() - started, path).toBeLessThan(500);
      expect(res.status, path).toBe(503);
      expect(res.headers.get('retry-after'), path).toBe('5');
      const body = await res.text();
      expect(body, path).not.toMatch(/127\.0\.0\.1|bolt|:\d{4,5}/);
      expect(JSON.parse(body).error, path).toBe('ServiceUnavailable');
    }
    await waitFor(async () => ((await fetch(`${url}/api/health`)).ok ? true : undefined), 120_000);
    expect(stderr).toMatch(/Neo4j restarted \(pid \d+\)/);
    const after = javaFor(home);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(killed);
    expect((await (await fetch(`${url}/api/documents`)).json()).documents.length).toBe(documents);
  }, 180_000);

  it('stops on Ctrl-C with exit code 0 and leaves no java behind', async () => {
    app.kill('SIGINT');
    expect(await exited(app)).toBe(0);
    expect(javaFor(home)).toEqual([]);
  });
});
