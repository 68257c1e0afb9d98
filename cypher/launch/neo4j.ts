/**
 * @module The embedded Neo4j launcher: used when no NEO4J_URI is given. It fetches the community
 * server jars from Maven Central once, writes a loopback-only config, starts the server as a child
 * process, waits for Bolt, sets a generated password on first start, and stops it cleanly.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { createServer, connect as tcpConnect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

/** The one place the Neo4j version is pinned (tests, CI and the launcher all read it from here). */
export const NEO4J_VERSION = '5.26.30';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface EmbeddedOptions {
  /** Where the database, logs and generated password live; survives restarts. */
  home: string;
  /** Where the downloaded jars are cached; shared by every home on the machine. */
  cacheDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  boltPort: number;
  heap: string;
  pageCache: string;
  /** How long to wait for Bolt before giving up. */
  startTimeoutMs: number;
  log: (line: string) => void;
}

export const embeddedDefaults = {
  home: process.env.NEO4J_HOME_DIR ?? join(REPO, '.data', 'neo4j'),
  cacheDir: process.env.NEO4J_JAR_CACHE ?? join(REPO, '.cache', `neo4j-${NEO4J_VERSION}`),
  boltPort: Number(process.env.NEO4J_BOLT_PORT ?? 7687),
  // Small enough for a 2-core laptop running the app and a browser beside it.
  heap: process.env.NEO4J_HEAP ?? '512m',
  pageCache: process.env.NEO4J_PAGECACHE ?? '256m',
  startTimeoutMs: 180_000,
  log: (line: string) => console.error(`[neo4j] ${line}`),
} satisfies EmbeddedOptions;

/** A failure the user can act on; the message is one line that says what to do. */
export class LauncherError extends Error {
  override name = 'LauncherError';
}

export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
  pid: number;
  stop(): Promise<void>;
}

function findTool(name: 'java' | 'mvn'): string {
  const fromHome = name === 'java' && process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : undefined;
  const candidate = fromHome && existsSync(fromHome) ? fromHome : name;
  const probe = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    const hint = name === 'java'
      ? 'install Java 17 (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME'
      : 'install Maven (e.g. apt-get install maven)';
    throw new LauncherError(`${name} not found on PATH: ${hint}, or set NEO4J_URI to use an existing Neo4j`);
  }
  return candidate;
}

const MANIFEST = 'manifest.json';

/** Jars present and the same size as when they were fetched; anything else is a corrupt cache. */
function cacheIsComplete(cacheDir: string): boolean {
  const manifestPath = join(cacheDir, MANIFEST);
  if (!existsSync(manifestPath)) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, number>;
    const entries = Object.entries(manifest);
    return entries.length > 0 && entries.every(([jar, size]) => {
      const p = join(cacheDir, 'lib', jar);
      return existsSync(p) && statSync(p).size === size;
    });
  } catch {
    return false;
  }
}

/** Downloads the community server and its dependencies with Maven, once per machine. */
export function ensureJars(cacheDir: string, log: (l: string) => void): string {
  const lib = join(cacheDir, 'lib');
  if (cacheIsComplete(cacheDir)) return lib;
  if (existsSync(cacheDir)) log(`jar cache at ${cacheDir} is incomplete or corrupt; fetching again`);
  const mvn = findTool('mvn');
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'pom.xml'), `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>sightline</groupId><artifactId>neo4j-jars</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${NEO4J_VERSION}</version></dependency>
  </dependencies>
</project>
`);
  log(`fetching Neo4j ${NEO4J_VERSION} community jars from Maven Central into ${cacheDir} (once, ~120 MB)`);
  const run = spawnSync(mvn, ['-B', '-q', 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime'], {
    cwd: cacheDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-3).join(' | ');
    throw new LauncherError(`mvn could not fetch Neo4j ${NEO4J_VERSION} (exit ${run.status}): ${tail}; check access to Maven Central or set NEO4J_URI`);
  }
  const manifest = Object.fromEntries(readdirSync(lib).filter((f) => f.endsWith('.jar')).map((f) => [f, statSync(join(lib, f)).size]));
  if (!Object.keys(manifest).some((j) => j === `neo4j-${NEO4J_VERSION}.jar`)) {
    throw new LauncherError(`mvn finished but neo4j-${NEO4J_VERSION}.jar is not in ${lib}; delete ${cacheDir} and start again`);
  }
  writeFileSync(join(cacheDir, MANIFEST), JSON.stringify(manifest));
  return lib;
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
      .once('error', () => done(false))
      .once('listening', () => probe.close(() => done(true)))
      .listen(port, '127.0.0.1');
  });
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

function boltAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = tcpConnect({ port, host: '127.0.0.1' });
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('error', () => done(false));
  });
}

function writeConfig(home: string, boltPort: number, o: EmbeddedOptions) {
  const dirs = ['data', 'logs', 'run', 'import', 'plugins', 'conf'];
  for (const d of dirs) mkdirSync(join(home, d), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), [
    '# Written by the Sightline launcher at every start; edit embedded.ts, not this file.',
    ...['data', 'logs', 'run', 'import', 'plugins'].map((d) => `server.directories.${d}=${join(home, d)}`),
    // Loopback only: the embedded server is a private store of the app, never exposed.
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    // Transaction logs are only for recovery here (no backups or clustering), so keep them short.
    'db.tx_log.rotation.retention_policy=2 days',
    // Bolt waits 5 s of netty quiet time twice on shutdown; a private loopback server has no
    // clients to drain, so Ctrl-C returns in about a second instead of ten.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    '',
  ].join('\n'));
}

function tail(file: string, lines = 8): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
}

/** Kills a server left behind by a launcher that was itself killed (SIGKILL gives it no chance to clean up). */
function killStale(home: string, log: (l: string) => void) {
  const pidFile = join(home, 'run', 'sightline-neo4j.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  rmSync(pidFile, { force: true });
  if (!pid) return;
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return;
  }
  if (cmdline.includes('CommunityEntryPoint') && cmdline.includes(home)) {
    log(`stopping a stale Neo4j (pid ${pid}) left by an earlier run`);
    try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
  }
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => { clearTimeout(timer); done(true); });
  });
}

/**
 * Sets the generated password over Bolt the first time: the built-in user starts as neo4j/neo4j
 * and must change it before any other query.
 */
async function ensurePassword(uri: string, home: string): Promise<string> {
  const file = join(home, 'password');
  const stored = existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  if (stored) {
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', stored));
    try {
      await driver.verifyAuthentication();
      return stored;
    } catch {
      // Fall through: the file may have been written by a run that died before the change landed.
    } finally {
      await driver.close();
    }
  }
  const password = stored ?? randomBytes(18).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  chmodSync(file, 0o600);
  const initial = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'));
  try {
    const session = initial.session({ database: 'system' });
    try {
      await session.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password", { password });
    } finally {
      await session.close();
    }
  } catch (e) {
    throw new LauncherError(`cannot log in to the embedded Neo4j in ${home} (${(e as Error).message.split('\n')[0]}); if you changed the password by hand, write it to ${file}, or delete ${home} to start with an empty database`);
  } finally {
    await initial.close();
  }
  return password;
}

export async function startEmbedded(options: Partial<EmbeddedOptions> = {}): Promise<EmbeddedNeo4j> {
  const o: EmbeddedOptions = { ...embeddedDefaults, ...options };
  const home = resolve(o.home);
  const java = findTool('java');
  const lib = ensureJars(o.cacheDir, o.log);
  mkdirSync(join(home, 'run'), { recursive: true });
  killStale(home, o.log);

  const boltPort = o.boltPort === 0 ? await freePort() : o.boltPort;
  if (!(await portIsFree(boltPort))) {
    throw new LauncherError(`port ${boltPort} on 127.0.0.1 is in use (another Neo4j?): set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use that server`);
  }
  writeConfig(home, boltPort, o);

  // The distribution's boot loader would read these from server.jvm.additional; we start the entry
  // point directly, so the flags Neo4j needs on Java 17 go on our command line.
  const javaArgs = [
    `-Xms${o.heap}`, `-Xmx${o.heap}`,
    '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
    '-cp', `${lib}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${home}`,
    `--config-dir=${join(home, 'conf')}`,
  ];
  const consoleLog = join(home, 'logs', 'console.log');
  const out = openSync(consoleLog, 'a');
  // A small shell guard holds the JVM: when our stdin pipe closes (a clean stop, or this process dying
  // even by SIGKILL) it stops the JVM, so no stray java outlives the launcher.
    // (Background jobs of a non-interactive shell read /dev/null, hence the stdin copy on fd 3.)
  const guard = 'exec 3<&0; java_bin=$1; shift; "$java_bin" "$@" & j=$!; (read -r _ <&3; kill -TERM $j 2>/dev/null) & w=$!; wait $j; rc=$?; kill $w 2>/dev/null; exit $rc';
  const child = spawn('bash', ['-c', guard, 'neo4j-guard', java, ...javaArgs], {
    stdio: ['pipe', out, out],
    detached: true, // own process group: a terminal's Ctrl-C reaches us, and we stop Neo4j in order
  });
  closeSync(out);
  let exited = false;
  child.once('exit', () => { exited = true; });
  child.stdin!.on('error', () => { /* the guard is gone; exit handling reports why */ });

  const uri = `bolt://127.0.0.1:${boltPort}`;
  const started = Date.now();
  o.log(`starting Neo4j ${NEO4J_VERSION} on ${uri} (data in ${home})`);
  while (!(await boltAnswers(boltPort))) {
    if (exited) {
      throw new LauncherError(`Neo4j exited during start-up (code ${child.exitCode}); last log lines: ${tail(join(home, 'logs', 'neo4j.log'), 4) || tail(consoleLog, 4)}`.replace(/\n/g, ' | '));
    }
    if (Date.now() - started > o.startTimeoutMs) {
      child.stdin!.end();
      throw new LauncherError(`Neo4j did not open Bolt on port ${boltPort} within ${o.startTimeoutMs / 1000}s; last log lines: ${tail(join(home, 'logs', 'neo4j.log'), 4)}`.replace(/\n/g, ' | '));
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const javaPid = Number(spawnSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).stdout.split('\n')[0]) || child.pid!;
  writeFileSync(join(home, 'run', 'sightline-neo4j.pid'), String(javaPid));

  let password: string;
  try {
    password = await ensurePassword(uri, home);
  } catch (e) {
    child.stdin!.end();
    await waitForExit(child, 30_000);
    throw e;
  }
  o.log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);

  let stopping: Promise<void> | undefined;
  return {
    uri, user: 'neo4j', password, home, pid: javaPid,
    stop() {
      stopping ??= (async () => {
        child.stdin!.end();
        if (!(await waitForExit(child, 60_000))) {
          o.log('Neo4j did not stop within 60s; killing it');
          try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
          await waitForExit(child, 5_000);
        }
        rmSync(join(home, 'run', 'sightline-neo4j.pid'), { force: true });
      })();
      return stopping;
    },
  };
}
