/**
 * @module GET /api/health: whether the explorer can reach its database, and which one.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isUnavailable } from '../../../plugins/repository.ts';

const Healthy = z.object({
  status: z.literal('ok'),
  neo4j: z.object({ version: z.string(), edition: z.string(), origin: z.enum(['external', 'embedded']) }),
});
const Unhealthy = z.object({ error: z.string(), message: z.string(), details: z.object({ reason: z.string() }) });

const health: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: {
      summary: 'Database reachability, Neo4j version and edition',
      tags: ['meta'],
      response: { 200: Healthy, 503: Unhealthy },
    },
  }, async (_req, reply) => {
    try {
      const row = await app.repo.one<{ version: string; edition: string }>('health', {});
      return { status: 'ok' as const, neo4j: { version: row!.version, edition: row!.edition, origin: app.repo.db.origin } };
    } catch (e) {
      if (!isUnavailable(e) && !(e instanceof Error && e.name === 'DatabaseUnavailableError')) throw e;
      reply.header('Retry-After', '5');
      return reply.code(503).send({
        error: 'ServiceUnavailable',
        message: 'The graph database is unreachable',
        details: { reason: (e as Error).message.split('\n')[0] },
      });
    }
  });
};

export default health;
