/**
 * @module The only code that runs queries: named queries from cypher/, typed by queries.gen.ts, in
 * read or write transactions with a server-side timeout, and database outages turned into one error
 * type. The server decorates its instance with one; ingest's write stage runs its batch through
 * `run` inside the transaction it holds.
 */
import neo4j, { Neo4jError, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Database } from './connection.ts';
import type { QueryName, Queries } from './queries.gen.ts';
import { query } from './registry.ts';

export type ParamsOf<N extends QueryName> = Queries[N]['params'];
export type RowOf<N extends QueryName> = Queries[N]['row'];
/** Parameters may be left out only by a query that declares none. */
type ParamsArg<N extends QueryName> = keyof ParamsOf<N> extends never ? [params?: ParamsOf<N>] : [params: ParamsOf<N>];

/**
 * The database cannot be reached now; the server answers 503 with Retry-After, the CLI says so and
 * stops. The message is for clients (no addresses); the driver's own error, for logs, is its cause.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** The database is up but did not finish a request within the query timeout: a busy server, not a bad request. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
}

function timedOut(e: unknown): boolean {
  return e instanceof Neo4jError && /TransactionTimedOut|Transaction\.Terminated|LockClientStopped/.test(e.code);
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

function isUnavailable(e: unknown): boolean {
  if (e instanceof Neo4jError) return UNAVAILABLE.has(e.code) || e.code.startsWith('Neo.TransientError.Database');
  return e instanceof Error && /ECONNREFUSED|ECONNRESET|Pool is closed|connection acquisition timed out/i.test(e.message);
}


/** How many times a write transaction that lost a race is run before its error is passed on. */
const RACE_ATTEMPTS = 6;

/** An error that says another transaction got there first, not that this one is wrong. */
function lostRace(e: unknown): boolean {
  return e instanceof Neo4jError && (e.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' || e.code.startsWith('Neo.TransientError.Transaction.'));
}

const compact = new Map<string, string>();

/**
 * The query as sent: header comments and indentation dropped. The driver writes a message in
 * 1400-byte chunks, and a RUN that spills past one chunk meets Nagle's algorithm and a delayed ACK
 * on loopback: a steady extra ~40 ms per query, measured on neighbours (50 ms raw, 8 ms compacted).
 */
export function textOf(name: QueryName): string {
  let text = compact.get(name);
  if (text === undefined) {
    text = query(name).text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//')).join('\n');
    compact.set(name, text);
  }
  return text;
}

function rowsOf<N extends QueryName>(records: readonly Neo4jRecord[]): RowOf<N>[] {
  // The header declares the columns; the registry checked the header against the query text.
  return records.map((r) => r.toObject() as RowOf<N>);
}

/** Runs a named query inside a transaction the caller holds (a write batch spanning several queries). */
export async function run<N extends QueryName>(tx: ManagedTransaction, name: N, ...[params]: ParamsArg<N>): Promise<RowOf<N>[]> {
  const result = await tx.run(textOf(name), params ?? {});
  return rowsOf<N>(result.records);
}

export class Repository {
  /** `timeoutMs` 0 sets no server-side limit (a long ingest); the server passes its query timeout. */
  constructor(readonly db: Database, private readonly timeoutMs = 0) {}

  /** Rows of a named read query. */
  async read<N extends QueryName>(name: N, ...[params]: ParamsArg<N>): Promise<RowOf<N>[]> {
    this.ensureUp();
    try {
      return await this.db.read((tx) => run(tx, name, ...([params] as ParamsArg<N>)), { timeoutMs: this.timeoutMs });
    } catch (e) {
      return this.translate(e, { busy: true });
    }
  }

  /** The first row of a named read query, or undefined. */
  async readOne<N extends QueryName>(name: N, ...args: ParamsArg<N>): Promise<RowOf<N> | undefined> {
    return (await this.read(name, ...args))[0];
  }

  /** Runs a named write query in one transaction. */
  async write<N extends QueryName>(name: N, ...[params]: ParamsArg<N>): Promise<RowOf<N>[]> {
    this.ensureUp();
    try {
      return await this.db.write((tx) => run(tx, name, ...([params] as ParamsArg<N>)), { timeoutMs: this.timeoutMs });
    } catch (e) {
      return this.translate(e, { busy: true });
    }
  }

  /**
   * Runs a named query in an auto-commit transaction: the only kind that may hold
   * `CALL { ... } IN TRANSACTIONS`, which batches a large delete into many small commits.
   */
  async autoCommit<N extends QueryName>(name: N, ...[params]: ParamsArg<N>): Promise<RowOf<N>[]> {
    this.ensureUp();
    const session = this.db.driver.session({ database: this.db.database });
    try {
      return rowsOf<N>((await session.run(textOf(name), params ?? {})).records);
    } catch (e) {
      return this.translate(e);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs several named queries in one write transaction (`run` inside `work`). One that lost a race
   * to another writer runs again from the start, and then sees what the winner wrote: a unique id
   * another transaction stored first (the same document from two processes at once), or a deadlock
   * the driver's own retries did not outlast. `work` must decide everything from what it reads.
   */
  async transaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      this.ensureUp();
      try {
        return await this.db.write(work, { timeoutMs: this.timeoutMs });
      } catch (e) {
        if (attempt < RACE_ATTEMPTS && lostRace(e)) {
          // Apart, and at random, so two writers that collided do not collide again in step.
          await new Promise((r) => setTimeout(r, Math.random() * 100 * attempt));
          continue;
        }
        return this.translate(e, { busy: true });
      }
    }
  }

  /**
   * The query plan of an analyst's console query: its type ('r' read, 'w' write, 'rw', 's' schema)
   * and every operator with its details, for the console's read-only check. Nothing runs.
   */
  async explain(text: string, params: Record<string, unknown>): Promise<{ queryType: string; operators: { type: string; details: string }[] }> {
    this.ensureUp();
    const session = this.db.driver.session({ database: this.db.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`EXPLAIN ${text}`, params, { timeout: this.timeoutMs });
      const operators: { type: string; details: string }[] = [];
      const walk = (p: { operatorType: string; arguments?: Record<string, unknown>; children?: unknown[] }) => {
        operators.push({ type: p.operatorType.split('@')[0]!, details: String(p.arguments?.Details ?? '') });
        for (const c of p.children ?? []) walk(c as typeof p);
      };
      if (result.summary.plan) walk(result.summary.plan as never);
      return { queryType: result.summary.queryType, operators };
    } catch (e) {
      return this.translate(e);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs an analyst's console query, which `explain` has cleared, in one read-only auto-commit
   * transaction with the server-side timeout, reading at most `limit` records: the rest are never
   * fetched. Never retried: a query that ran out of memory or time would only do so again.
   */
  async readCapped(text: string, params: Record<string, unknown>, limit: number): Promise<{ keys: string[]; records: Neo4jRecord[]; truncated: boolean }> {
    this.ensureUp();
    const session = this.db.exactDriver().session({ database: this.db.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = session.run(text, params, { timeout: this.timeoutMs });
      const keys = (await result.keys()).map(String);
      const records: Neo4jRecord[] = [];
      let truncated = false;
      for await (const record of result) {
        if (records.length === limit) {
          truncated = true;
          break;
        }
        records.push(record);
      }
      return { keys, records, truncated };
    } catch (e) {
      return this.translate(e);
    } finally {
      await session.close();
    }
  }

  /** A database known to be down fails at once: no driver retries, no connection timeouts. */
  private ensureUp(): void {
    const down = this.db.down;
    if (down !== undefined) throw new DatabaseUnavailableError(down);
  }

  /**
   * An outage becomes DatabaseUnavailableError, and marks the database down until it answers again.
   * With `busy`, a named query past the query timeout becomes DatabaseBusyError: under load the
   * graph's own queries take longer, and that is the server's state, not the client's error. (An
   * analyst's console query past the timeout is that query's fault, and the console says so.)
   */
  private translate(e: unknown, { busy = false } = {}): never {
    if (busy && timedOut(e)) throw new DatabaseBusyError(`The graph database did not answer within ${this.timeoutMs / 1000}s`, { cause: e });
    if (!isUnavailable(e)) throw e;
    const reason = this.db.down ?? 'The graph database does not answer';
    this.db.markDown(reason);
    throw new DatabaseUnavailableError(reason, { cause: e });
  }

  get queryTimeoutMs() {
    return this.timeoutMs;
  }
}
