/**
 * @module GET /api/ontology: the entity and relationship types with display names and colours, so the
 * web explorer and analysts' scripts read the one list ingest and the server use.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { OntologyAnswer } from '../../../schemas/status.ts';
import { LINK_STATUSES, ONTOLOGY } from '../../../../cypher/ontology.ts';

const ontology: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: { summary: 'Entity and relationship types, their display names, colours and allowed ends', tags: ['meta'], response: { 200: OntologyAnswer } },
  }, async (_req, reply) => {
    // The model changes only with a deploy; let browsers keep it for the session.
    reply.header('Cache-Control', 'public, max-age=300');
    return { entityTypes: [...ONTOLOGY.entityTypes], relationTypes: ONTOLOGY.relationTypes.map((t) => ({ ...t, from: [...t.from], to: [...t.to] })), linkStatuses: [...LINK_STATUSES] };
  });
};

export default ontology;
