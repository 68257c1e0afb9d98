/**
 * @module GET /api/ontology: the entity and relationship types with display names and colours, so the
 * web explorer and analysts' scripts read the one list ingest and the server use.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LINK_STATUSES, ONTOLOGY } from '../../../../ingest/ontology.ts';

const Ontology = z.object({
  entityTypes: z.array(z.object({
    name: z.string(), display: z.string(), plural: z.string(), shape: z.string(), color: z.string(), note: z.string(),
  })),
  relationTypes: z.array(z.object({
    name: z.string(), display: z.string(), inverse: z.string(), color: z.string(),
    from: z.array(z.string()), to: z.array(z.string()), note: z.string(),
  })),
  linkStatuses: z.array(z.string()),
});

const ontology: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: { summary: 'Entity and relationship types, their display names, colours and allowed ends', tags: ['meta'], response: { 200: Ontology } },
  }, async (_req, reply) => {
    // The model changes only with a deploy; let browsers keep it for the session.
    reply.header('Cache-Control', 'public, max-age=300');
    return { entityTypes: [...ONTOLOGY.entityTypes], relationTypes: ONTOLOGY.relationTypes.map((t) => ({ ...t, from: [...t.from], to: [...t.to] })), linkStatuses: [...LINK_STATUSES] };
  });
};

export default ontology;
