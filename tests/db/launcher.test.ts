import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectTo } from '../../cypher/connection.ts';
import { Repository } from '../../cypher/repository.ts';
import { embeddedDefaults, ensureJars, startEmbedded } from '../../cypher/launch/neo4j.ts';

const homes: string[] = [];
function tempHome() {
  const home = mkdtempSync(join(tmpdir(), 'sightline-launcher-'));
  homes.push(home);
  return home;
}
afterAll(() => { for (const h of homes) rmSync(h, { recursive: true, force: true }); });

function javaProcessesFor(home: string): number[] {
  return readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((pid) => {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return argv[0]!.endsWith('java') && argv.includes('org.neo4j.server.CommunityEntryPoint') && argv.some((a) => a.includes(home));
    } catch {
      return false;
    }
  }).map(Number);
}

/** Starts an embedded Neo4j on `home` from a separate process, as `npm start` would; resolves once it answers. */
async function launchInChild(home: string): Promise<ChildProcess> {
  const script = `import { startEmbedded } from ${JSON.stringify(join(process.cwd(), 'cypher/launch/neo4j.ts'))};
    await startEmbedded({ home: ${JSON.stringify(home)}, boltPort: 0, log: () => {} });
    console.log('ready');
    setInterval(() => {}, 1000);`;
  const file = join(home, 'launch.mts');
  writeFileSync(file, script);
  // node --import tsx, not the tsx wrapper, so a signal hits the process that launched Neo4j.
  const child = spawn(process.execPath, ['--import', 'tsx', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready, fail) => {
    child.stdout!.on('data', (d) => { if (String(d).includes('ready')) ready(); });
    child.once('exit', (code) => fail(new Error(`launcher exited early with ${code}`)));
  });
  return child;
}

async function withPath<T>(path: string, work: () => Promise<T>): Promise<T> {
  const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };
  process.env.PATH = path;
  delete process.env.JAVA_HOME;
  try {
    return await work();
  } finally {
    process.env.PATH = saved.PATH;
    if (saved.JAVA_HOME) process.env.JAVA_HOME = saved.JAVA_HOME;
  }
}

// Several tests start Neo4j twice; each start took 20-50 s on a shared two-core machine under load,
// past the suite's 60 s default.
describe('embedded Neo4j launcher', { timeout: 240_000 }, () => {
  it('refuses a Bolt port that is already in use, naming the port and the variable to change', async () => {
    const blocker: Server = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(startEmbedded({ home: tempHome(), boltPort: port, log: () => {} }))
        .rejects.toThrow(new RegExp(`port ${port} .*in use.*NEO4J_BOLT_PORT`));
    } finally {
      blocker.close();
    }
  });

  it('says how to install java when it is missing', async () => {
    await withPath('/nonexistent', async () => {
      await expect(startEmbedded({ home: tempHome(), boltPort: 0, log: () => {} })).rejects.toThrow(/java not found.*Java 17/);
    });
  });

  it('treats a cache whose jars do not match the manifest as corrupt and fetches again (and says so when mvn is missing)', async () => {
    const cache = tempHome();
    mkdirSync(join(cache, 'lib'));
    writeFileSync(join(cache, 'lib', 'neo4j-broken.jar'), 'truncated');
    writeFileSync(join(cache, 'manifest.json'), JSON.stringify({ 'neo4j-broken.jar': 123456 }));
    const lines: string[] = [];
    await withPath('/nonexistent', async () => {
      expect(() => ensureJars(cache, (l) => lines.push(l))).toThrow(/mvn not found.*Maven/);
    });
    expect(lines.join('\n')).toMatch(/incomplete or corrupt/);
  });

  // The tests that start Neo4j run side by side, most of their time being JVM start-up: each has its
  // own folder and counts only the java processes on it, and none changes PATH (the tests above that
  // do run alone, before them).
  it.concurrent('reuses the cached jars and the stored data on a second start, and leaves no java process after stop', async () => {
    const cacheBefore = statSync(join(embeddedDefaults.cacheDir, 'manifest.json')).mtimeMs;
    const home = tempHome();
    const first = await startEmbedded({ home, boltPort: 0, log: () => {} });
    const password = readFileSync(join(home, 'password'), 'utf8');
    expect(statSync(join(home, 'password')).mode & 0o777).toBe(0o600);
    let repo = new Repository(connectTo(first));
    await repo.write('probeWrite', { id: 'kept', name: 'Kept' });
    await repo.db.close();
    await first.stop();
    expect(javaProcessesFor(home)).toEqual([]);

    const second = await startEmbedded({ home, boltPort: 0, log: () => {} });
    try {
      expect(second.password).toBe(password);
      repo = new Repository(connectTo(second));
      expect(await repo.read('probeRead', { id: 'kept' })).toEqual([{ name: 'Kept' }]);
      await repo.db.close();
    } finally {
      await second.stop();
    }
    expect(statSync(join(embeddedDefaults.cacheDir, 'manifest.json')).mtimeMs).toBe(cacheBefore);
    expect(javaProcessesFor(home)).toEqual([]);
  });

  it.concurrent('stops Neo4j when the process that launched it is killed with SIGKILL', async () => {
    const home = tempHome();
    const child = await launchInChild(home);
    expect(javaProcessesFor(home).length).toBe(1);
    child.kill('SIGKILL');
    const deadline = Date.now() + 60_000;
    while (javaProcessesFor(home).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(javaProcessesFor(home)).toEqual([]);
    expect(existsSync(join(home, 'data'))).toBe(true);
  });

  it.concurrent('refuses a data folder whose Neo4j outlived its launcher, naming that Neo4j, and never stops it', async () => {
    const home = tempHome();
    const launcher = await launchInChild(home);
    const [neo4jPid] = javaProcessesFor(home);
    // Orphan the JVM: its guard's watcher (which stops it when the launcher goes) dies first, then the launcher.
    const guard = Number(readFileSync(`/proc/${neo4jPid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
    const watcher = spawnSync('pgrep', ['-P', String(guard)], { encoding: 'utf8' }).stdout.split('\n').map(Number).find((p) => p && p !== neo4jPid)!;
    process.kill(watcher, 'SIGKILL');
    launcher.kill('SIGKILL');
    await new Promise((r) => launcher.once('exit', r));
    try {
      await expect(startEmbedded({ home, boltPort: 0, startTimeoutMs: 10_000, log: () => {} }))
        .rejects.toThrow(new RegExp(`store in ${home} is held by a Neo4j \\(pid ${neo4jPid}\\) whose Sightline owner \\(pid ${launcher.pid}\\) is gone.*stop pid ${neo4jPid} yourself`));
      expect(javaProcessesFor(home)).toEqual([neo4jPid]);
    } finally {
      process.kill(neo4jPid!, 'SIGTERM');
      const deadline = Date.now() + 60_000;
      while (javaProcessesFor(home).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    }
  });

  it.concurrent('starts over a record left by a launcher that died with its Neo4j', async () => {
    const home = tempHome();
    const launcher = await launchInChild(home);
    launcher.kill('SIGKILL');
    const deadline = Date.now() + 60_000;
    while (javaProcessesFor(home).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(existsSync(join(home, 'run', 'sightline-neo4j.json'))).toBe(true);
    const again = await startEmbedded({ home, boltPort: 0, log: () => {} });
    try {
      expect(again.sharedWith).toBeUndefined();
      expect(javaProcessesFor(home)).toEqual([again.pid]);
    } finally {
      await again.stop();
    }
    expect(existsSync(join(home, 'run', 'sightline-neo4j.json'))).toBe(false);
  });
});
