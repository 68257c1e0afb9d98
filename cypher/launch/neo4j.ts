/**
 * @module The embedded Neo4j launcher: used when no NEO4J_URI is given. It fetches the community
 * server jars from Maven Central once, writes a loopback-only config, starts the server as a child
 * process, waits for Bolt, sets a generated password on first start, and stops it cleanly. A data
 * folder has one owner (owner.ts): a process that finds another's Neo4j running there uses it, or
 * refuses, and never stops it.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { constants as osConstants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import {
  ensureJars as fetchJars, findTool, freePort, LauncherError, portIsFree, startGuardedJvm, tail, type GuardedJvm, type JarSet,
} from './sidecar.ts';
import { claimFolder, inspectFolder, publishReady, releaseFolder, type RunRecord } from './owner.ts';

export { freePort, LauncherError } from './sidecar.ts';

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
  /**
   * When another live process already runs Neo4j on this data folder: use its server ('share'), or
   * refuse with a message naming it ('refuse'), for a process that must outlive whoever it shares with.
   */
  whenRunning: 'share' | 'refuse';
  /** What this process is, for the message another process shows when it finds the folder taken. */
  owner: string;
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
  whenRunning: 'share',
  owner: `a Sightline process (${process.argv.slice(1).map((a) => a.split('/').pop()).join(' ')})`,
  log: (line: string) => console.error(`[neo4j] ${line}`),
} satisfies EmbeddedOptions;

export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
  /** The JVM serving it. */
  pid: number;
  /** Set when another process runs this Neo4j and this one only uses it. */
  sharedWith?: { pid: number; owner: string };
  /**
   * Calls `listener` with why, each time a server this process started exits without being asked
   * to (killed, crashed); never for a shared one, whose owner restarts it.
   */
  onExit(listener: (why: string) => void): void;
  /** Starts a server that exited again, on the same port and data; only for one this process started. */
  restart(): Promise<void>;
  /** Stops the server if this process started it; a shared server is left running. */
  stop(): Promise<void>;
}

const ALTERNATIVE = 'set NEO4J_URI to use an existing Neo4j';

/** The community server and its dependencies, for the jar cache in `cacheDir`. */
export function neo4jJars(cacheDir: string): JarSet {
  return {
    label: `Neo4j ${NEO4J_VERSION} community`,
    cacheDir,
    artifacts: [`org.neo4j:neo4j:${NEO4J_VERSION}`],
    mustContain: `neo4j-${NEO4J_VERSION}.jar`,
    size: '~120 MB',
    alternative: ALTERNATIVE,
  };
}

/** Downloads the community server and its dependencies with Maven, once per machine. */
export function ensureJars(cacheDir: string, log: (l: string) => void): string {
  return fetchJars(neo4jJars(cacheDir), log);
}

function boltAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = tcpConnect({ port, host: '127.0.0.1' });
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('error', () => done(false));
  });
}

/** A quarter of a JVM memory size such as '512m' or '2g', in Neo4j's notation. */
function quarterOf(size: string): string {
  const m = /^(\d+)([kmg])?$/i.exec(size.trim());
  if (!m) throw new LauncherError(`NEO4J_HEAP must be a size such as 512m or 2g, not "${size}"`);
  const kib = Number(m[1]) * ({ k: 1, m: 1024, g: 1024 * 1024 } as Record<string, number>)[(m[2] ?? 'k').toLowerCase()]!;
  return `${Math.max(1, Math.floor(kib / 4))}k`;
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
    // One transaction may take a quarter of the heap: a console query that builds a huge list is
    // refused (MemoryPoolOutOfMemoryError) before it runs the heap out, which would end the JVM.
    `db.memory.transaction.max=${quarterOf(o.heap)}`,
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

/** Connects to the Neo4j another live process runs on `home`, with the password kept there. */
async function share(home: string, owner: RunRecord, ready: NonNullable<RunRecord['ready']>, log: (l: string) => void): Promise<EmbeddedNeo4j> {
  const uri = `bolt://127.0.0.1:${ready.boltPort}`;
  const file = join(home, 'password');
  const password = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    await driver.verifyAuthentication();
  } catch (e) {
    throw new LauncherError(`${owner.owner} (pid ${owner.ownerPid}) runs the embedded Neo4j in ${home}, but its password in ${file} is refused (${(e as Error).message.split('\n')[0]})`);
  } finally {
    await driver.close();
  }
  log(`using the Neo4j that ${owner.owner} (pid ${owner.ownerPid}) runs on ${uri} (data in ${home}); it keeps running after this process`);
  return {
    uri, user: 'neo4j', password, home, pid: ready.javaPid,
    sharedWith: { pid: owner.ownerPid, owner: owner.owner },
    onExit() { /* its owner watches it */ },
    async restart() { throw new LauncherError(`the Neo4j in ${home} belongs to ${owner.owner} (pid ${owner.ownerPid}); only it restarts it`); },
    async stop() { /* not ours to stop */ },
  };
}

/**
 * Finds who runs Neo4j on `home`: another live process (its server is shared, or refused), a process
 * that holds the store without a live owner (refused, never killed), or nobody, in which case this
 * process claims the folder and returns undefined. A server still starting is waited for.
 */
async function shareOrClaim(home: string, o: EmbeddedOptions): Promise<EmbeddedNeo4j | undefined> {
  const deadline = Date.now() + o.startTimeoutMs;
  for (;;) {
    const found = inspectFolder(home);
    if (found.state === 'held') {
      throw new LauncherError(`the Neo4j store in ${home} is held by ${found.what}; Sightline will not stop a process it did not start: stop pid ${found.pid} yourself, or set NEO4J_HOME_DIR to another folder`);
    }
    if (found.state === 'owned') {
      const { record } = found;
      if (o.whenRunning === 'refuse') {
        throw new LauncherError(`${record.owner} (pid ${record.ownerPid}) already runs the embedded Neo4j in ${home}${record.ready ? ` on Bolt port ${record.ready.boltPort}` : ''}; stop it first, or set NEO4J_HOME_DIR to another folder`);
      }
      if (record.ready && await boltAnswers(record.ready.boltPort)) return share(home, record, record.ready, o.log);
      if (Date.now() > deadline) {
        throw new LauncherError(`${record.owner} (pid ${record.ownerPid}) owns the embedded Neo4j in ${home}, but it did not answer within ${o.startTimeoutMs / 1000}s`);
      }
    } else if (claimFolder(home, o.owner)) {
      return undefined;
    }
    // Still starting, or claimed by another process between our look and our claim: look again.
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function startEmbedded(options: Partial<EmbeddedOptions> = {}): Promise<EmbeddedNeo4j> {
  const o: EmbeddedOptions = { ...embeddedDefaults, ...options };
  const home = resolve(o.home);
  mkdirSync(join(home, 'run'), { recursive: true });
  const shared = await shareOrClaim(home, o);
  if (shared) return shared;
  let current: Launched;
  try {
    current = await launch(home, o, o.boltPort === 0 ? await freePort() : o.boltPort);
  } catch (e) {
    releaseFolder(home);
    throw e;
  }
  const listeners: ((why: string) => void)[] = [];
  let stopping = false;
  let restarting: Promise<void> | undefined;
  const watch = (launched: Launched) => {
    launched.jvm.child.once('exit', (code, signal) => {
      if (stopping || launched !== current) return;
      for (const listener of listeners) listener(exitReason(code, signal));
    });
  };
  watch(current);
  return {
    uri: current.uri, user: 'neo4j', password: current.password, home,
    get pid() { return current.javaPid; },
    onExit(listener) { listeners.push(listener); },
    restart() {
      // The same port, so the driver and any process sharing this server find it where it was.
      restarting = launch(home, o, current.boltPort).then((next) => {
        current = next;
        watch(next);
      }).finally(() => { restarting = undefined; });
      return restarting;
    },
    async stop() {
      stopping = true;
      // A server still coming back is stopped once it is up, not left behind.
      await restarting?.catch(() => undefined);
      await current.jvm.stop(60_000, (l) => o.log(`Neo4j ${l}`));
      releaseFolder(home);
    },
  };
}

/** Why a JVM's guard ended: the guard reports a signal that killed the JVM as 128 plus its number. */
function exitReason(code: number | null, signal: NodeJS.Signals | null): string {
  const killedBy = signal ?? (code !== null && code > 128 ? Object.entries(osConstants.signals).find(([, n]) => n === code - 128)?.[0] : undefined);
  return killedBy ? `killed by ${killedBy}` : `exit code ${code}`;
}

interface Launched { jvm: GuardedJvm; uri: string; boltPort: number; javaPid: number; password: string }

/** Starts Neo4j on a folder this process has claimed. */
async function launch(home: string, o: EmbeddedOptions, boltPort: number): Promise<Launched> {
  const java = findTool('java', ALTERNATIVE);
  const lib = ensureJars(o.cacheDir, o.log);
  if (!(await portIsFree(boltPort))) {
    throw new LauncherError(`port ${boltPort} on 127.0.0.1 is in use (another Neo4j?): set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use that server`);
  }
  writeConfig(home, boltPort, o);

  // The distribution's boot loader would read these from server.jvm.additional; we start the entry
  // point directly, so the flags Neo4j needs on Java 17 go on our command line. No
  // -XX:+ExitOnOutOfMemoryError (Neo4j's own config leaves it off too): a console query can build a
  // list Neo4j does not account for (a list comprehension over a huge range) and run the heap out;
  // Neo4j then fails that query and carries on, where the flag would end the database for everyone.
  const javaArgs = [
    `-Xms${o.heap}`, `-Xmx${o.heap}`,
    '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow',
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
  const jvm = startGuardedJvm(java, javaArgs, consoleLog);

  const uri = `bolt://127.0.0.1:${boltPort}`;
  const started = Date.now();
  o.log(`starting Neo4j ${NEO4J_VERSION} on ${uri} (data in ${home})`);
  while (!(await boltAnswers(boltPort))) {
    if (jvm.exited()) {
      throw new LauncherError(`Neo4j exited during start-up (code ${jvm.child.exitCode}); last log lines: ${tail(join(home, 'logs', 'neo4j.log'), 4) || tail(consoleLog, 4)}`.replace(/\n/g, ' | '));
    }
    if (Date.now() - started > o.startTimeoutMs) {
      await jvm.stop(30_000, o.log);
      throw new LauncherError(`Neo4j did not open Bolt on port ${boltPort} within ${o.startTimeoutMs / 1000}s; last log lines: ${tail(join(home, 'logs', 'neo4j.log'), 4)}`.replace(/\n/g, ' | '));
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const javaPid = jvm.javaPid();

  let password: string;
  try {
    password = await ensurePassword(uri, home);
  } catch (e) {
    await jvm.stop(30_000, o.log);
    throw e;
  }
  publishReady(home, { boltPort, javaPid });
  o.log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return { jvm, uri, boltPort, javaPid, password };
}
