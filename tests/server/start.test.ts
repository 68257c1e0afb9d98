import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('npm start (server/main.ts) with no NEO4J_URI', () => {
  const home = mkdtempSync(join(tmpdir(), 'sightline-start-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('starts an embedded Neo4j, loads the seed articles, answers health, and leaves no java after Ctrl-C', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEO4J_HOME_DIR: home, NEO4J_BOLT_PORT: String(await freePort()), LOG_LEVEL: 'warn' };
    delete env.NEO4J_URI;
    const app = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    try {
      const health = await waitFor(async () => {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        return res.ok ? res.json() : undefined;
      }, 180_000);
      expect(health.neo4j.origin).toBe('embedded');
      expect(health.neo4j.version).toMatch(/^5\.26\./);
      const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).length;
      const docs = await (await fetch(`http://127.0.0.1:${port}/api/documents`)).json();
      expect(docs.documents.length).toBe(seeds);
      expect(javaFor(home).length).toBe(1);
    } finally {
      app.kill('SIGINT');
      await new Promise((r) => app.once('exit', r));
    }
    expect(app.exitCode).toBe(0);
    expect(javaFor(home)).toEqual([]);
  }, 300_000);
});
