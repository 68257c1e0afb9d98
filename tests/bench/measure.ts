/**
 * @module Timing, memory sampling, percentiles, the printed tables and the JSON result files every
 * benchmark shares. Benchmarks report numbers; nothing here asserts a time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

/** Resident set size of another process (the Neo4j JVM) in bytes, or undefined when unreadable. */
export function rssOf(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

// `npm run bench` starts node without --expose-gc; this is the documented way to get gc() anyway,
// so each measurement starts from a collected heap instead of the previous one's garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** JS heap plus buffers outside it: what a piece of work allocates, without V8's retained pages. */
function liveBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/**
 * Samples this process's RSS (and optionally another's) while work runs. `process.resourceUsage`
 * only knows the peak of the whole process lifetime, which hides how memory grows with N.
 */
export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  private startRss = process.memoryUsage().rss;
  private startLive = liveBytes();
  peak = this.startRss;
  peakLive = this.startLive;
  peakOther = 0;

  constructor(private readonly otherPid?: number, private readonly everyMs = 25) {}

  start(): this {
    gc();
    this.startRss = process.memoryUsage().rss;
    this.startLive = liveBytes();
    this.peak = this.startRss;
    this.peakLive = this.startLive;
    this.timer = setInterval(() => this.sample(), this.everyMs);
    this.timer.unref();
    return this;
  }

  private sample() {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
    this.peakLive = Math.max(this.peakLive, liveBytes());
    this.peakOther = Math.max(this.peakOther, rssOf(this.otherPid) ?? 0);
  }

  stop(): { peakRssMb: number; growthMb: number; liveGrowthMb: number; otherPeakRssMb?: number } {
    this.sample();
    clearInterval(this.timer);
    return {
      peakRssMb: mb(this.peak),
      growthMb: mb(this.peak - this.startRss),
      liveGrowthMb: mb(this.peakLive - this.startLive),
      ...(this.otherPid ? { otherPeakRssMb: mb(this.peakOther) } : {}),
    };
  }
}

/** CPU time in ms of another process (user + system, from /proc; clock ticks are 10 ms on Linux). */
function cpuMsOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * CPU spent while work runs, by this process (all its threads, so autocannon's worker too) and by
 * another (the Neo4j JVM). On two cores, CPU per request is what caps throughput and p99.
 */
export async function cpuDuring<T>(otherPid: number | undefined, work: () => Promise<T>): Promise<{ value: T; nodeCpuMs: number; otherCpuMs: number }> {
  const node = process.cpuUsage();
  const other = cpuMsOf(otherPid);
  const value = await work();
  const used = process.cpuUsage(node);
  return { value, nodeCpuMs: (used.user + used.system) / 1000, otherCpuMs: cpuMsOf(otherPid) - other };
}

export function mb(bytes: number): number {
  return Math.round((bytes / 1048576) * 10) / 10;
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export type Row = Record<string, string | number | boolean | undefined>;

/** Prints rows as an aligned text table, the same shape BENCHMARKS.md quotes. */
export function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n## ${title}`);
  if (rows.length === 0) {
    console.log('(no rows)');
    return;
  }
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: Row[string]) => (v === undefined ? '' : String(v));
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(width[i]!)).join(' | ')} |`;
  console.log(line(cols));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
}

/** Writes one part's results as JSON, stamped, and as `<part>-latest.json` for BENCHMARKS.md. */
export function writeResults(part: string, data: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const body = JSON.stringify({ part, at: new Date().toISOString(), ...(data as object) }, null, 2);
  const file = join(RESULTS_DIR, `${part}-${stamp}.json`);
  writeFileSync(file, body);
  writeFileSync(join(RESULTS_DIR, `${part}-latest.json`), body);
  return file;
}
