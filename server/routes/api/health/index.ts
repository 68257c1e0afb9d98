/**
 * @module GET /api/health: whether the explorer can reach its database, and which one.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthAnswer, Unhealthy } from '../../../schemas/status.ts';
import { isUnavailable } from '../../../../cypher/repository.ts';

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
      if (!isUnavailable(e) && !(e instanceof Error && e.name === 'DatabaseUnavailableError')) throw e;
      reply.header('Retry-After', '5');
      return reply.code(503).send({
        error: 'ServiceUnavailable',
        message: 'The graph database is unreachable',
        details: { reason: (e as Error).message.split('\n')[0]! },
      });
    }
  });
};

export default health;
