/**
 * @module GET /api/relationships/:id: one link with every sentence that supports it, so an analyst can
 * check the claim against its source before it goes into a report.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { parseRelationshipId } from '../../../../ingest/ontology.ts';
import { notFound } from '../../../plugins/errors.ts';
import { EdgeDataSchema, toEdgeData, type EdgeRow } from '../../../graph/elements.ts';
import { citeEvidence, parseEvidence, StoredEvidenceSchema } from '../../../graph/evidence.ts';
import { IdParams } from '../../../http/params.ts';

/** The stored item (graph/evidence.ts) as citeEvidence answers it: its document beside it, absent fields left out. */
const Evidence = StoredEvidenceSchema.extend({
  documentTitle: z.string(),
  publisher: z.string().optional(),
  date: z.string().optional(),
  year: z.number().int().optional(),
  status: z.string().optional(),
  detail: z.string().optional(),
});

const Answer = z.object({
  relationship: EdgeDataSchema.extend({ sourceName: z.string(), targetName: z.string() }),
  evidence: z.array(Evidence),
});

type Row = {
  relationship: EdgeRow & { sourceName: string; targetName: string };
  evidence: string[];
  documents: { id: string; title: string | null; publisher: string | null; date: unknown }[];
};

const relationships: FastifyPluginAsyncZod = async (app) => {
  app.get('/:id', {
    schema: { summary: 'One relationship with all its evidence and the documents it cites', tags: ['graph'], params: IdParams, response: { 200: Answer } },
  }, async (req) => {
    const ends = parseRelationshipId(req.params.id);
    const row = ends && await app.repo.one<Row>('relationship', { id: req.params.id, ...ends });
    if (!row) throw notFound(`Relationship not found: ${req.params.id}`);
    const docs = new Map(row.documents.map((d) => [d.id, d]));
    return {
      relationship: { ...toEdgeData(row.relationship), sourceName: row.relationship.sourceName, targetName: row.relationship.targetName },
      evidence: parseEvidence(row.evidence).map((e) => citeEvidence(e, docs.get(e.doc))),
    };
  });
};

export default relationships;
