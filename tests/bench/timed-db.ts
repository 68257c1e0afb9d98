/**
 * @module A Database that times every query run through it by the name of its file in cypher/, and
 * the transactions around them, so end-to-end ingest can be broken down into its write queries,
 * transaction overhead (BEGIN/COMMIT round trips) and the time no transaction was open. Ingest
 * extracts while it writes, so a query's time includes any wait for the extraction running beside
 * it, and the time with no transaction open is the extraction the writes did not hide.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../cypher/connection.ts';
import { round } from './measure.ts';
import { queryNameOf } from './query-names.ts';

export interface Timings {
  transactions: { count: number; ms: number };
  queries: Map<string, { calls: number; ms: number }>;
}

export function timedDatabase<D extends Database>(db: D): { db: D; timings: Timings } {
  const timings: Timings = { transactions: { count: 0, ms: 0 }, queries: new Map() };
  const wrap = (tx: ManagedTransaction): ManagedTransaction => ({
    run: (async (text: string, params?: Record<string, unknown>) => {
      const started = performance.now();
      const result = await tx.run(text, params);
      const name = queryNameOf(text);
      const entry = timings.queries.get(name) ?? { calls: 0, ms: 0 };
      entry.calls++;
      entry.ms += performance.now() - started;
      timings.queries.set(name, entry);
      return result;
    }) as ManagedTransaction['run'],
  } as ManagedTransaction);
  const timedWork = <T>(run: (work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>, work: (tx: ManagedTransaction) => Promise<T>) => {
    const started = performance.now();
    return run((tx) => work(wrap(tx))).finally(() => {
      timings.transactions.count++;
      timings.transactions.ms += performance.now() - started;
    });
  };
  return {
    db: { ...db, read: (work) => timedWork(db.read, work), write: (work) => timedWork(db.write, work) },
    timings,
  };
}

/** Per-document milliseconds by query, what the transactions cost beyond their queries, and the time none was open (transactions run one at a time). */
export function perDocument(t: Timings, documents: number, totalMs: number) {
  const queryMs = [...t.queries.values()].reduce((s, q) => s + q.ms, 0);
  return [
    ...[...t.queries].sort((a, b) => b[1].ms - a[1].ms).map(([name, q]) => ({ part: `query ${name}`, calls: round(q.calls / documents, 2), msPerDocument: round(q.ms / documents, 2) })),
    { part: 'transaction overhead (begin, commit, round trips)', calls: round(t.transactions.count / documents, 2), msPerDocument: round((t.transactions.ms - queryMs) / documents, 2) },
    { part: 'no transaction open (read file and extract, not hidden by a write)', calls: 1, msPerDocument: round((totalMs - t.transactions.ms) / documents, 2) },
  ];
}
