/**
 * @module GET /api/review-queue: the relationships nobody has reviewed, what matters most first, for
 * the explorer's keyboard triage; the verdicts go to POST /api/relationships/:id/review.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ReviewQueueAnswer } from '../../../schemas/investigations.ts';
import { FLAG_TYPES } from '../../../graph/subgraph.ts';
import { toEdgeData } from '../../../graph/elements.ts';

export const reviewQueueDefaults = {
  /** Below this confidence a link is called weakly supported. */
  lowConfidence: 0.7,
  /** From this many relationships an entity is a hub: a wrong link there misleads many walks. */
  hub: 10,
};

const reviewQueue: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: {
      summary: 'Relationships not yet reviewed, ordered by what matters most to review first: low confidence, one source only, near sanctioned, restricted, listed or hub entities',
      tags: ['curation'],
      querystring: z.object({ skip: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(500).default(50) }),
      response: { 200: ReviewQueueAnswer },
    },
  }, async (req) => {
    const row = await app.repo.readOne('reviewQueue', { flagTypes: FLAG_TYPES, hub: reviewQueueDefaults.hub, skip: req.query.skip, limit: req.query.limit });
    return {
      remaining: row?.remaining ?? 0,
      items: (row?.items ?? []).map((i) => ({
        relationship: { ...toEdgeData(i.edge), sourceName: i.sourceName, targetName: i.targetName },
        version: i.version,
        priority: i.priority,
        reasons: [
          ...(i.confidence < reviewQueueDefaults.lowConfidence ? ['low confidence' as const] : []),
          ...(i.documents <= 1 ? ['one source' as const] : []),
          ...(i.flagged ? ['sanctioned, restricted or listed' as const] : []),
          ...(i.degree >= reviewQueueDefaults.hub ? ['hub' as const] : []),
        ],
      })),
    };
  });
};

export default reviewQueue;
