/**
 * @module POST /api/timeline: the evidence of the relationships among the entities drawn, each at the
 * year it states (or its document's, marked so), for the timeline panel. POST because a drawing can
 * hold thousands of ids, more than a URL.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { timeline } from '../../../graph/timeline.ts';
import { TimelineAnswer, TimelineBody } from '../../../schemas/timeline.ts';

const timelineRoute: FastifyPluginAsyncZod = async (app) => {
  app.post('/', {
    schema: {
      summary: 'Evidence of the relationships among a set of entities, placed in time: the year each sentence states, else its document\'s (marked), else undated',
      tags: ['graph'],
      body: TimelineBody,
      response: { 200: TimelineAnswer },
    },
  }, async (req) => timeline(app.repo, req.body.ids, req.body.types, req.body.relationships ?? null));
};

export default timelineRoute;
