/**
 * @module The "direct" side of the API benchmark. One request per probe is sent through the real
 * route while every query its repository hands to the driver is recorded (text as sent, parameters,
 * and which ran concurrently); the benchmark then replays exactly those Cypher texts through
 * neo4j-driver, with the same concurrency inside a request, so API overhead is the ratio between two
 * measurements of the same database work and no route logic is copied here.
 */
import type { FastifyInstance } from 'fastify';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../cypher/connection.ts';
import { percentile, round } from './measure.ts';
import { queryNameOf } from './query-names.ts';

export interface Call {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/** Calls in start order, grouped: the calls of one group were in flight together. */
export type Recording = Call[][];

export async function record(app: FastifyInstance, url: string, post?: object): Promise<Recording> {
  // Recorded where the repository hands queries to the driver, so the replay sends the same bytes.
  const db = app.repo.db;
  const read = db.read;
  const groups: Recording = [];
  let inFlight = 0;
  db.read = <T>(work: (tx: ManagedTransaction) => Promise<T>) => {
    if (inFlight === 0) groups.push([]);
    const group = groups[groups.length - 1]!;
    inFlight++;
    return read.call(db, (tx) => work({
      run: ((text: string, params: Record<string, unknown> = {}) => {
        group.push({ name: queryNameOf(text), text, params });
        return tx.run(text, params);
      }) as ManagedTransaction['run'],
    } as ManagedTransaction)).finally(() => { inFlight--; }) as Promise<T>;
  };
  try {
    const res = await app.inject(post ? { method: 'POST', url, payload: post } : { method: 'GET', url });
    if (res.statusCode !== 200) throw new Error(`${post ? 'POST' : 'GET'} ${url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
  } finally {
    db.read = read;
  }
  return groups;
}

async function replayOne(db: Database, recording: Recording): Promise<void> {
  for (const group of recording) {
    await Promise.all(group.map((c) => db.read(async (tx) => (await tx.run(c.text, c.params)).records.length)));
  }
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * `connections` concurrent loops replaying `amount` requests in all, the recordings in turn, like the
 * autocannon run beside it: both see the same probes the same number of times.
 */
export async function replayLoad(db: Database, recordings: Recording[], connections: number, amount: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (next < amount) {
      const recording = recordings[next++ % recordings.length]!;
      const t = performance.now();
      try {
        await replayOne(db, recording);
        latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / elapsed),
    p50: round(percentile(latencies, 50), 2),
    p99: round(percentile(latencies, 99), 2),
    errors,
  };
}

function dbHits(plan: { dbHits?: number; children?: unknown[] } | false | undefined): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((s, c) => s + dbHits(c as typeof plan), 0);
}

/**
 * Where a request's database time goes: each recorded query run alone (median of three, after the
 * warm-up) and profiled once for its db hits, summed by query name over the probes.
 */
export async function breakdown(db: Database, recordings: Recording[]): Promise<{ query: string; calls: number; msPerRequest: number; dbHitsPerRequest: number }[]> {
  const byName = new Map<string, { calls: number; ms: number; hits: number }>();
  for (const recording of recordings) {
    for (const call of recording.flat()) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await db.read(async (tx) => (await tx.run(call.text, call.params)).records.length);
        times.push(performance.now() - t);
      }
      const profile = await db.read(async (tx) => (await tx.run(`PROFILE ${call.text}`, call.params)).summary.profile);
      const entry = byName.get(call.name) ?? { calls: 0, ms: 0, hits: 0 };
      entry.calls++;
      entry.ms += percentile(times, 50);
      entry.hits += dbHits(profile as Parameters<typeof dbHits>[0]);
      byName.set(call.name, entry);
    }
  }
  return [...byName].map(([name, e]) => ({
    query: name, calls: round(e.calls / recordings.length, 1), msPerRequest: round(e.ms / recordings.length, 2), dbHitsPerRequest: Math.round(e.hits / recordings.length),
  }));
}
