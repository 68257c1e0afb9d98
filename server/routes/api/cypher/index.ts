/**
 * @module POST /api/cypher: a read-only console for analysts who know Cypher. The plan is checked
 * before anything runs, the transaction is a read with a server-side timeout, and rows are capped.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ConsoleAnswer } from '../../../schemas/console.ts';
import { Neo4jError } from 'neo4j-driver';
import { HttpError } from '../../../plugins/errors.ts';
import { refusal, shapeRecords } from '../../../graph/console.ts';
import { rateLimits } from '../../../plugins/security.ts';

const Body = z.object({
  query: z.string().trim().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).optional(),
  limit: z.number().int().min(1).max(5000).default(1000).describe('Most rows; more are cut and reported with `truncated`'),
});

/** Cypher's own complaints (syntax, unknown function, its timeout) are the analyst's to read and fix: a 400. */
function asClientError(e: unknown): never {
  if (e instanceof Neo4jError && /^Neo\.ClientError\.(Statement|Procedure|Transaction\.TransactionTimedOut)/.test(e.code)) {
    const message = e.code.includes('TimedOut') ? 'body.query: ran past the server-side timeout; narrow it or add a LIMIT' : `body.query: ${e.message.split('\n')[0]}`;
    throw new HttpError(400, message, { neo4jCode: e.code });
  }
  throw e;
}

const cypher: FastifyPluginAsyncZod = async (app) => {
  app.post('/', {
    config: { rateLimit: rateLimits.cypher },
    schema: {
      summary: 'Run a read-only Cypher query (refused unless its plan only reads), with a timeout and a row cap',
      tags: ['graph'],
      body: Body,
      response: { 200: ConsoleAnswer },
    },
  }, async (req) => {
    const { query, params = {}, limit } = req.body;
    const plan = await app.repo.explain(query, params).catch(asClientError);
    const why = refusal(plan);
    if (why) throw new HttpError(403, `Refused: ${why}`, { queryType: plan.queryType }, 'Forbidden');
    const result = await app.repo.readCapped(query, params, limit).catch(asClientError);
    const shaped = shapeRecords(result.keys, result.records);
    return {
      columns: result.keys,
      rows: shaped.rows,
      nodes: shaped.nodes.map((data) => ({ data })),
      edges: shaped.edges.map((data) => ({ data })),
      truncated: result.truncated,
    };
  });
};

export default cypher;
