/**
 * @module GET /api/relationships/:id: one link with every sentence that supports it, so an analyst can
 * check the claim against its source before it goes into a report.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RelationshipAnswer } from '../../../schemas/relationships.ts';
import { parseRelationshipId } from '../../../../cypher/ontology.ts';
import { notFound } from '../../../plugins/errors.ts';
import { toEdgeData } from '../../../graph/elements.ts';
import { citeEvidence, parseEvidence } from '../../../graph/evidence.ts';
import { IdParams } from '../../../schemas/params.ts';

const relationships: FastifyPluginAsyncZod = async (app) => {
  app.get('/:id', {
    schema: { summary: 'One relationship with all its evidence and the documents it cites', tags: ['graph'], params: IdParams, response: { 200: RelationshipAnswer } },
  }, async (req) => {
    const ends = parseRelationshipId(req.params.id);
    const row = ends && await app.repo.readOne('relationship', { id: req.params.id, ...ends });
    if (!row) throw notFound(`Relationship not found: ${req.params.id}`);
    const docs = new Map(row.documents.map((d) => [d.id, d]));
    return {
      relationship: { ...toEdgeData(row.relationship), sourceName: row.relationship.sourceName, targetName: row.relationship.targetName },
      evidence: parseEvidence(row.evidence).map((e) => citeEvidence(e, docs.get(e.doc))),
    };
  });
};

export default relationships;
