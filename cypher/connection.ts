/**
 * @module The one owner of the Neo4j driver: picks the database (NEO4J_URI, else the embedded
 * launcher), verifies it, applies the schema, runs read and write transactions, and closes cleanly.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { loadSchemaStatements } from './registry.ts';
import { embeddedDefaults, startEmbedded, type EmbeddedNeo4j, type EmbeddedOptions } from './launch/neo4j.ts';
import { superviseEmbedded } from './launch/supervise.ts';

/**
 * neo4j-driver 5 leaves Nagle's algorithm on for its Bolt socket and has no option to turn it off:
 * a message that spills past its 1,400-byte chunk then waits for the server's delayed ACK, ~40 ms
 * a query (BENCHMARKS.md, cause 1; ingest ran at 4% of its ceiling). Every client socket this
 * process opens gets TCP_NODELAY instead; the driver's are the ones that matter, and for HTTP
 * clients it is already the default.
 */
subscribe('net.client.socket', (message) => {
  (message as { socket: Socket }).socket.setNoDelay(true);
});

export interface Database {
  driver: Driver;
  uri: string;
  /** Named database on a multi-database server; undefined means the server's default. */
  database?: string;
  origin: 'external' | 'embedded';
  /** Why the database is known to be down, or undefined while it is believed up. */
  readonly down: string | undefined;
  /**
   * Marks the database down (a failed request, or the embedded server's exit): requests then fail
   * at once instead of each waiting out the driver's retries, until a probe reaches it again.
   */
  markDown(reason: string): void;
  /**
   * A second driver, opened on first use, that gives integers exactly (as bigint): for answers that
   * show a user's values as they are stored (the console), where 2^63 - 1 must not become Infinity.
   */
  exactDriver(): Driver;
  /** `timeoutMs` asks the server to end the transaction when it runs longer (a runaway query). */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: TxOptions): Promise<T>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: TxOptions): Promise<T>;
  close(): Promise<void>;
}

export interface TxOptions {
  timeoutMs?: number;
}

export interface Credentials {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** Credentials from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE, or undefined when NEO4J_URI is unset. */
export function credentialsFromEnv(env = process.env): Credentials | undefined {
  if (!env.NEO4J_URI) return undefined;
  return {
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  };
}

/** How often a database marked down is tried again. */
const PROBE_MS = 1_000;

/** Wraps a driver for any server: bolt:// to one instance, neo4j:// to a cluster with routing. */
export function connectTo(c: Credentials, origin: Database['origin'] = 'external', onClose?: () => Promise<void>): Database {
  const timeouts = { connectionAcquisitionTimeout: 10_000, connectionTimeout: 5_000, maxTransactionRetryTime: 5_000 };
  // Counts, offsets and years are far below 2^53; plain numbers keep every layer simple.
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { disableLosslessIntegers: true, ...timeouts });
  let exact: Driver | undefined;
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({ database: c.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  let closed = false;
  let down: string | undefined;
  let probing = false;
  const probe = async () => {
    probing = true;
    while (down !== undefined && !closed) {
      await new Promise((r) => setTimeout(r, PROBE_MS));
      try {
        await driver.verifyConnectivity({ database: c.database });
        down = undefined;
      } catch {
        // Still down: look again after the next pause.
      }
    }
    probing = false;
  };
  return {
    driver,
    uri: c.uri,
    database: c.database,
    origin,
    get down() { return down; },
    exactDriver() {
      exact ??= neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { useBigInt: true, maxConnectionPoolSize: 2, ...timeouts });
      return exact;
    },
    markDown(reason) {
      if (closed) return;
      down = reason;
      if (!probing) void probe();
    },
    async read(work, options) {
      const s = session('READ');
      try {
        return await s.executeRead(work, options?.timeoutMs ? { timeout: options.timeoutMs } : undefined);
      } finally {
        await s.close();
      }
    },
    async write(work, options) {
      const s = session('WRITE');
      try {
        return await s.executeWrite(work, options?.timeoutMs ? { timeout: options.timeoutMs } : undefined);
      } finally {
        await s.close();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([driver.close(), exact?.close()]);
      await onClose?.();
    },
  };
}

export interface OpenOptions {
  env?: NodeJS.ProcessEnv;
  embedded?: Partial<EmbeddedOptions>;
  /** Restart an embedded server this process started when it exits unasked (the server does; a CLI run stops instead). */
  supervise?: boolean;
  /**
   * While open, check this often that the database answers, and mark it down when it does not: a
   * long ingest then notices a database that died between two writes within seconds, not at its
   * next batch. An embedded server this process started is marked down the moment it exits.
   */
  watchMs?: number;
  log?: (line: string) => void;
}

/** Marks `db` down whenever a check every `everyMs` fails; the timer, cleared when `db` closes. */
function watch(db: Database, everyMs: number): NodeJS.Timeout {
  const timer = setInterval(() => {
    if (db.down !== undefined) return;
    db.driver.verifyConnectivity({ database: db.database }).catch(() => db.markDown('Neo4j stopped answering'));
  }, everyMs);
  return timer.unref();
}

/**
 * The database the app should use: NEO4J_URI when set, otherwise an embedded server started here
 * and stopped by `close()`. Fails with a message naming the URI when the server cannot be reached.
 */
export async function openDatabase(o: OpenOptions = {}): Promise<Database & { embedded?: EmbeddedNeo4j }> {
  const external = credentialsFromEnv(o.env);
  let watching: NodeJS.Timeout | undefined;
  if (external) {
    const db = connectTo(external, 'external', async () => clearInterval(watching));
    try {
      await db.driver.verifyConnectivity({ database: external.database });
    } catch (e) {
      await db.close();
      throw new Error(`cannot reach Neo4j at ${external.uri}: ${(e as Error).message.split('\n')[0]} (check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)`);
    }
    if (o.watchMs) watching = watch(db, o.watchMs);
    return db;
  }
  const log = o.log ?? o.embedded?.log;
  const embedded = await startEmbedded({ ...o.embedded, ...(log ? { log } : {}) });
  let closing = false;
  const db = connectTo({ uri: embedded.uri, user: embedded.user, password: embedded.password }, 'embedded', () => {
    closing = true;
    clearInterval(watching);
    return embedded.stop();
  });
  if (o.supervise) superviseEmbedded(embedded, { log: log ?? embeddedDefaults.log, down: (reason) => db.markDown(reason) }, () => closing);
  else embedded.onExit((why) => db.markDown(`The embedded Neo4j stopped unexpectedly (${why})`));
  if (o.watchMs) watching = watch(db, o.watchMs);
  return Object.assign(db, { embedded });
}

/** Applies cypher/schema/*.cypher in order; every statement there is idempotent. */
export async function applySchema(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const script of loadSchemaStatements()) {
      for (const statement of script.statements) await session.run(statement);
    }
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
}
