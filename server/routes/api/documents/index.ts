/**
 * @module /api/documents: the source texts behind the graph, with where each entity and each piece of
 * evidence sits in them, and the upload that adds a new one.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DocumentAnswer, DocumentSummary } from '../../../schemas/documents.ts';
import { notFound } from '../../../plugins/errors.ts';
import { parseEvidence } from '../../../graph/evidence.ts';
import { IdParams } from '../../../schemas/params.ts';
import { mentionSpans, toSummary } from '../../../graph/documents.ts';
import upload from './upload.ts';

const documents: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: { summary: 'Every ingested document, newest first, without its text', tags: ['documents'], response: { 200: z.object({ documents: z.array(DocumentSummary) }) } },
  }, async () => {
    const rows = await app.repo.read('documents');
    return { documents: rows.map((r) => toSummary(r.document)) };
  });

  app.get('/:id', {
    schema: { summary: 'One document with its text, entity mention spans and evidence spans', tags: ['documents'], params: IdParams, response: { 200: DocumentAnswer } },
  }, async (req) => {
    const row = await app.repo.readOne('document', { id: req.params.id });
    if (!row) throw notFound(`Document not found: ${req.params.id}`);
    const text = row.document.text ?? '';
    const evidence = row.relationships.flatMap((r) =>
      parseEvidence(r.evidence)
        .filter((e) => e.doc === req.params.id)
        .map((e) => ({ relationshipId: r.id, type: r.type, sourceName: r.sourceName, targetName: r.targetName, start: e.start, end: e.end })));
    return {
      document: { ...toSummary(row.document), text },
      mentions: mentionSpans(row.document.mentionSpans, row.mentioned),
      evidence: evidence.sort((a, b) => a.start - b.start),
    };
  });

  await app.register(upload);
};

export default documents;
