/**
 * @module POST /api/timeline: the evidence of the relationships among the entities drawn, each at the
 * year it states (or its document's, marked so), for the timeline panel. POST because a drawing can
 * hold thousands of ids, more than a URL. Bounded: at most `limit` relationships (5,000) and
 * `evidencePerRelationship` sentences each (25), the answer saying what it left out.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { timeline } from '../../../graph/timeline.ts';
import { TIMELINE_MAX_EVIDENCE, TIMELINE_MAX_RELATIONSHIPS, TimelineAnswer, TimelineBody } from '../../../schemas/timeline.ts';

const timelineRoute: FastifyPluginAsyncZod = async (app) => {
  app.post('/', {
    schema: {
      summary: 'Evidence of the relationships among a set of entities, placed in time: the year each sentence states, else its document\'s (marked), else undated',
      tags: ['graph'],
      body: TimelineBody,
      response: { 200: TimelineAnswer },
    },
  }, async (req) => timeline(app.repo, req.body.ids, req.body.types, req.body.relationships ?? null, {
    maxRelationships: req.body.limit ?? TIMELINE_MAX_RELATIONSHIPS, maxEvidence: req.body.evidencePerRelationship ?? TIMELINE_MAX_EVIDENCE,
  }));
};

export default timelineRoute;
