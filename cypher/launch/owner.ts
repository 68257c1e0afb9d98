/**
 * @module Who runs the embedded Neo4j of a data folder. The process that starts it first claims the
 * folder with a run record (`run/sightline-neo4j.json`, created exclusively, so two processes
 * starting at once cannot both launch); every other process reads the record and uses that Neo4j
 * or refuses, naming its owner. Nothing here kills a process: a folder is free again only when its
 * owner is gone, no Neo4j of this folder is alive and no process holds the store lock.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RunRecord {
  /** The process that started Neo4j and will stop it. */
  ownerPid: number;
  /** Its start time (clock ticks since boot, from /proc), so a reused pid is not taken for the owner. */
  ownerStart?: string;
  /** What the owner is, for messages: "the Sightline server (http://127.0.0.1:3000)". */
  owner: string;
  /** Set once Bolt answers: where to connect, and the JVM that serves it. */
  ready?: { boltPort: number; javaPid: number };
}

export type FolderState =
  /** Nobody runs Neo4j here; a record left by a dead owner has been removed. */
  | { state: 'free' }
  /** A live owner runs (or is starting, or restarting) Neo4j here. */
  | { state: 'owned'; record: RunRecord }
  /** A process that is no live owner's holds the store: an orphan of a killed run, or a Neo4j started by hand. */
  | { state: 'held'; pid: number; what: string };

const RECORD = 'sightline-neo4j.json';

const recordPath = (home: string) => join(home, 'run', RECORD);

/** Field 22 of /proc/<pid>/stat, the start time; undefined where /proc is not there. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and brackets; the fields after its last ')' are plain.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isAlive(pid: number, start?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return start === undefined || startTimeOf(pid) === undefined || startTimeOf(pid) === start;
}

function commandOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** True when `pid` is a Neo4j server whose home is `home`. */
export function isNeo4jOf(pid: number, home: string): boolean {
  const argv = commandOf(pid);
  return argv.includes('org.neo4j.server.CommunityEntryPoint') && argv.includes(`--home-dir=${home}`);
}

/**
 * The pid holding Neo4j's store lock in `home` (a POSIX lock, listed in /proc/locks), or undefined
 * when none does or the system has no /proc/locks. This is the check that cannot be fooled by a pid
 * file: Neo4j takes the lock for as long as it has the store open.
 */
export function storeLockHolder(home: string): number | undefined {
  const lockFile = join(home, 'data', 'databases', 'store_lock');
  if (!existsSync(lockFile)) return undefined;
  let locks: string;
  try {
    locks = readFileSync('/proc/locks', 'utf8');
  } catch {
    return undefined;
  }
  const { ino, dev } = statSync(lockFile);
  const major = (dev >> 8) & 0xfff;
  const minor = (dev & 0xff) | ((dev >> 12) & 0xfff00);
  for (const line of locks.split('\n')) {
    // "7: POSIX  ADVISORY  WRITE 26788 fe:00:10134518 0 EOF"
    const m = /\s(\d+)\s+([0-9a-f]+):([0-9a-f]+):(\d+)\s/.exec(line);
    if (m && Number(m[4]) === ino && parseInt(m[2]!, 16) === major && parseInt(m[3]!, 16) === minor) return Number(m[1]);
  }
  return undefined;
}

function readText(home: string): string | undefined {
  try {
    return readFileSync(recordPath(home), 'utf8');
  } catch {
    return undefined;
  }
}

function parseRecord(text: string | undefined): RunRecord | undefined {
  try {
    const record = JSON.parse(text ?? '') as RunRecord;
    return typeof record.ownerPid === 'number' && typeof record.owner === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

const readRecord = (home: string) => parseRecord(readText(home));

/** Who runs Neo4j in `home`, checked by pid, process start time, command line and store lock. */
export function inspectFolder(home: string): FolderState {
  const text = readText(home);
  const record = parseRecord(text);
  if (record && isAlive(record.ownerPid, record.ownerStart)) return { state: 'owned', record };
  const holder = storeLockHolder(home);
  const javaPid = record?.ready?.javaPid;
  const orphan = javaPid !== undefined && isNeo4jOf(javaPid, home) ? javaPid : undefined;
  const pid = holder ?? orphan;
  if (pid !== undefined) {
    const what = isNeo4jOf(pid, home)
      ? `a Neo4j (pid ${pid}) whose Sightline owner${record ? ` (pid ${record.ownerPid})` : ''} is gone`
      : `process ${pid} (${commandOf(pid).slice(0, 3).join(' ') || 'unknown command'})`;
    return { state: 'held', pid, what };
  }
  // The owner, its Neo4j and the store lock are all gone: whatever the record says is history,
  // unless another process has claimed the folder since we read it.
  if (text !== undefined && readText(home) === text) rmSync(recordPath(home), { force: true });
  return { state: 'free' };
}

/** Claims a free folder for this process; false when another process claimed it first. */
export function claimFolder(home: string, owner: string): boolean {
  const record: RunRecord = { ownerPid: process.pid, ownerStart: startTimeOf(process.pid), owner };
  try {
    writeFileSync(recordPath(home), JSON.stringify(record), { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** Tells other processes where this process's Neo4j answers (after every start). */
export function publishReady(home: string, ready: NonNullable<RunRecord['ready']>): void {
  const record = readRecord(home);
  if (record?.ownerPid !== process.pid) return;
  const next = `${recordPath(home)}.${process.pid}`;
  writeFileSync(next, JSON.stringify({ ...record, ready }));
  // A rename replaces the record whole: a reader never sees half of it.
  renameSync(next, recordPath(home));
}

/** Gives the folder up, if this process holds it. */
export function releaseFolder(home: string): void {
  if (readRecord(home)?.ownerPid === process.pid) rmSync(recordPath(home), { force: true });
}
