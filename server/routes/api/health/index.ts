/**
 * @module GET /api/health: whether the explorer can reach its database, and which one. A database
 * known to be down (its embedded server restarting, or a probe still failing) answers at once.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthAnswer, Unhealthy } from '../../../schemas/status.ts';
import { DatabaseUnavailableError } from '../../../../cypher/repository.ts';

/** Seconds a client should wait before asking again; as the error handler's 503s say. */
const RETRY_AFTER_S = 5;

const health: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: {
      summary: 'Database reachability, Neo4j version and edition',
      tags: ['meta'],
      response: { 200: HealthAnswer, 503: Unhealthy },
    },
  }, async (_req, reply) => {
    try {
      const row = await app.repo.readOne('health', {});
      return { status: 'ok' as const, neo4j: { version: row!.version, edition: row!.edition, origin: app.repo.db.origin } };
    } catch (e) {
      if (!(e instanceof DatabaseUnavailableError)) throw e;
      reply.header('Retry-After', String(RETRY_AFTER_S));
      // The reason is written for clients: the driver's own message names internal addresses.
      return reply.code(503).send({ error: 'ServiceUnavailable', message: 'The graph database is unreachable', details: { reason: e.message } });
    }
  });
};

export default health;
