/**
 * @module POST /api/cypher: a read-only console for analysts who know Cypher. It needs the API token
 * beyond loopback; the plan is checked before anything runs; the query runs in a read transaction
 * with a server-side timeout and the database's per-transaction memory limit, rows are capped, and
 * one query runs at a time.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ConsoleAnswer } from '../../../schemas/console.ts';
import { Neo4jError } from 'neo4j-driver';
import { HttpError } from '../../../plugins/errors.ts';
import { refusal, shapeRecords } from '../../../graph/console.ts';
import { requireToken } from '../../../plugins/auth.ts';
import { rateLimits } from '../../../plugins/security.ts';

const Body = z.object({
  query: z.string().trim().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).optional(),
  limit: z.number().int().min(1).max(5000).default(1000).describe('Most rows; more are cut and reported with `truncated`'),
});

/** How long past its timeout a query may take to come back before the client is answered anyway. */
const GRACE_MS = 1_000;
/** Seconds a client is told to wait while the console is busy. */
const BUSY_RETRY_S = 5;

const timedOut = (timeoutMs: number) => new HttpError(408, `body.query: ran past the ${timeoutMs / 1000}s timeout; narrow it or add a LIMIT`, { timeoutMs });

/**
 * Cypher's own complaints (syntax, unknown function) are the analyst's to read and fix: a 400. A
 * query past its timeout is a 408; one past the memory a transaction may take, a 422. Neo4j says
 * both as transient errors, but running the same query again would meet the same limit.
 */
function asClientError(e: unknown, timeoutMs: number): never {
  if (!(e instanceof Neo4jError)) throw e;
  if (/^Neo\.ClientError\.Transaction\.TransactionTimedOut/.test(e.code)) throw timedOut(timeoutMs);
  if (/^Neo\.TransientError\.General\.(MemoryPoolOutOfMemoryError|OutOfMemoryError)$/.test(e.code)) {
    throw new HttpError(422, 'body.query: needs more memory than one query may take; narrow it, aggregate sooner or add a LIMIT', { neo4jCode: e.code });
  }
  if (/^Neo\.ClientError\.(Statement|Procedure)/.test(e.code)) throw new HttpError(400, `body.query: ${e.message.split('\n')[0]}`, { neo4jCode: e.code });
  throw e;
}

const cypher: FastifyPluginAsyncZod = async (app) => {
  /**
   * The query still running in the database, if any. Neo4j checks a transaction's timeout between
   * rows, never inside one expression: a `reduce` or list comprehension over a huge list runs to its
   * end however long that takes. The client is answered 408 on time all the same, and the console
   * takes no other query until the database has finished, so such queries hold one core at most.
   */
  let running: { since: number } | undefined;

  app.post('/', {
    onRequest: requireToken('Console queries'),
    config: { rateLimit: rateLimits.cypher },
    schema: {
      summary: 'Run a read-only Cypher query (refused unless its plan only reads), with a timeout, a memory limit and a row cap',
      tags: ['graph'],
      body: Body,
      response: { 200: ConsoleAnswer },
    },
  }, async (req, reply) => {
    const { query, params = {}, limit } = req.body;
    const timeoutMs = app.repo.queryTimeoutMs;
    if (running) {
      reply.header('Retry-After', String(BUSY_RETRY_S));
      throw new HttpError(429, `The console runs one query at a time, and one has been running for ${Math.round((Date.now() - running.since) / 1000)}s; retry shortly`, { retryAfterSeconds: BUSY_RETRY_S });
    }
    const plan = await app.repo.explain(query, params).catch((e) => asClientError(e, timeoutMs));
    const why = refusal(plan);
    if (why) throw new HttpError(403, `Refused: ${why}`, { queryType: plan.queryType }, 'Forbidden');

    const mine = { since: Date.now() };
    running = mine;
    const work = app.repo.readCapped(query, params, limit);
    void work.catch(() => undefined).finally(() => {
      if (running === mine) running = undefined;
    });
    let late: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => { late = setTimeout(resolve, timeoutMs + GRACE_MS, 'late'); });
    try {
      const result = await Promise.race([work, deadline]).catch((e) => asClientError(e, timeoutMs));
      if (result === 'late') {
        req.log.warn({ query }, 'console query still running in Neo4j past its timeout; the console takes no other until it ends');
        throw timedOut(timeoutMs);
      }
      const shaped = shapeRecords(result.keys, result.records);
      return {
        columns: result.keys,
        rows: shaped.rows,
        nodes: shaped.nodes.map((data) => ({ data })),
        edges: shaped.edges.map((data) => ({ data })),
        truncated: result.truncated,
      };
    } finally {
      clearTimeout(late);
    }
  });
};

export default cypher;
