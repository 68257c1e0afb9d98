/**
 * @module What the two Java sidecars (Neo4j, and ingest's CoreNLP) share: jars fetched once from
 * Maven Central with `mvn` into a cache checked by size, free loopback ports, and a JVM child held
 * by a shell guard so that no stray java outlives the process that started it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A failure the user can act on; the message is one line that says what to do. */
export class LauncherError extends Error {
  override name = 'LauncherError';
}

/** `java` or `mvn`, or a LauncherError that says how to install it and what `alternative` to set instead. */
export function findTool(name: 'java' | 'mvn', alternative: string): string {
  const fromHome = name === 'java' && process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : undefined;
  const candidate = fromHome && existsSync(fromHome) ? fromHome : name;
  const probe = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    const hint = name === 'java'
      ? 'install Java 17 (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME'
      : 'install Maven (e.g. apt-get install maven)';
    throw new LauncherError(`${name} not found on PATH: ${hint}, or ${alternative}`);
  }
  return candidate;
}

export interface JarSet {
  /** What the jars are, for messages ("Neo4j 5.26.30 community"). */
  label: string;
  cacheDir: string;
  /** `groupId:artifactId:version[:classifier]` of each dependency; Maven resolves the rest. */
  artifacts: string[];
  /** A jar that must be among those fetched, or the fetch is taken as failed. */
  mustContain: string;
  /** Rough download size, told to the user before a long first fetch. */
  size: string;
  /** What to set instead when Maven Central cannot be reached. */
  alternative: string;
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

function dependencyXml(artifact: string): string {
  const [groupId, artifactId, version, classifier] = artifact.split(':');
  return `    <dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version>${classifier ? `<classifier>${classifier}</classifier>` : ''}</dependency>`;
}

/** Downloads the jars with Maven, once per machine; the folder of jars to put on the classpath. */
export function ensureJars(set: JarSet, log: (l: string) => void): string {
  const lib = join(set.cacheDir, 'lib');
  if (cacheIsComplete(set.cacheDir)) return lib;
  if (existsSync(set.cacheDir)) log(`jar cache at ${set.cacheDir} is incomplete or corrupt; fetching again`);
  const mvn = findTool('mvn', set.alternative);
  rmSync(set.cacheDir, { recursive: true, force: true });
  mkdirSync(set.cacheDir, { recursive: true });
  writeFileSync(join(set.cacheDir, 'pom.xml'), `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>sightline</groupId><artifactId>sidecar-jars</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
${set.artifacts.map(dependencyXml).join('\n')}
  </dependencies>
</project>
`);
  log(`fetching ${set.label} jars from Maven Central into ${set.cacheDir} (once, ${set.size})`);
  const run = spawnSync(mvn, ['-B', '-q', 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime'], {
    cwd: set.cacheDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-3).join(' | ');
    throw new LauncherError(`mvn could not fetch ${set.label} (exit ${run.status}): ${tail}; check access to Maven Central or ${set.alternative}`);
  }
  const manifest = Object.fromEntries(readdirSync(lib).filter((f) => f.endsWith('.jar')).map((f) => [f, statSync(join(lib, f)).size]));
  if (!(set.mustContain in manifest)) {
    throw new LauncherError(`mvn finished but ${set.mustContain} is not in ${lib}; delete ${set.cacheDir} and start again`);
  }
  writeFileSync(join(set.cacheDir, MANIFEST), JSON.stringify(manifest));
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

export function tail(file: string, lines = 8): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
}

export async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => { clearTimeout(timer); done(true); });
  });
}

export interface GuardedJvm {
  child: ChildProcess;
  /** True once the guard (and so the JVM) has exited. */
  exited(): boolean;
  /** The JVM's own pid (the guard's child), for pid files and memory sampling. */
  javaPid(): number;
  /** Closes the guard's stdin, which stops the JVM with SIGTERM; SIGKILL after `graceMs`. */
  stop(graceMs: number, log: (l: string) => void): Promise<void>;
}

/**
 * Starts `java args...` under a small shell guard: when our stdin pipe closes (a clean stop, or this
 * process dying even by SIGKILL) it stops the JVM, so no stray java outlives the launcher. Output
 * goes to `logFile`.
 */
export function startGuardedJvm(java: string, args: string[], logFile: string): GuardedJvm {
  const out = openSync(logFile, 'a');
  // Background jobs of a non-interactive shell read /dev/null, hence the stdin copy on fd 3.
  const guard = 'exec 3<&0; java_bin=$1; shift; "$java_bin" "$@" & j=$!; (read -r _ <&3; kill -TERM $j 2>/dev/null) & w=$!; wait $j; rc=$?; kill $w 2>/dev/null; exit $rc';
  const child = spawn('bash', ['-c', guard, 'java-guard', java, ...args], {
    stdio: ['pipe', out, out],
    detached: true, // own process group: a terminal's Ctrl-C reaches us, and we stop the JVM in order
  });
  closeSync(out);
  let exited = false;
  child.once('exit', () => { exited = true; });
  child.stdin!.on('error', () => { /* the guard is gone; exit handling reports why */ });
  let stopping: Promise<void> | undefined;
  return {
    child,
    exited: () => exited,
    javaPid: () => Number(spawnSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).stdout.split('\n')[0]) || child.pid!,
    stop(graceMs, log) {
      stopping ??= (async () => {
        child.stdin!.end();
        if (!(await waitForExit(child, graceMs))) {
          log(`did not stop within ${graceMs / 1000}s; killing it`);
          try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
          await waitForExit(child, 5_000);
        }
      })();
      return stopping;
    },
  };
}
