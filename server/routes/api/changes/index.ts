/**
 * @module /api/changes: the audit trail. Every change a person made to the graph, with who, when,
 * what, the elements before and after, and why; and undo, which puts a change's before back as a
 * change of its own, refused when later work touched the same elements.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../../plugins/errors.ts';
import { requireToken, userOf } from '../../../plugins/auth.ts';
import { ChangeAnswer, ChangeSchema, ChangesQuery, UndoBody } from '../../../schemas/curation.ts';
import { toChangeRecord, undoChange } from '../../../curation/changes.ts';

const ChangeParams = z.object({ id: z.string().min(1).max(100) });

const changes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: {
      summary: 'Change records, newest first, by time, entity, relationship and user',
      tags: ['curation'], querystring: ChangesQuery, response: { 200: z.object({ changes: z.array(ChangeSchema) }) },
    },
  }, async (req) => {
    const { since, entity, relationship, user, limit } = req.query;
    const rows = await app.repo.read('changes', {
      since: since ? new Date(since).toISOString() : null, entity: entity ?? null, relationship: relationship ?? null, user: user ?? null, limit,
    });
    return { changes: rows.map((r) => toChangeRecord(r.change)) };
  });

  app.get('/:id', {
    schema: { summary: 'One change record', tags: ['curation'], params: ChangeParams, response: { 200: ChangeAnswer } },
  }, async (req) => {
    const row = await app.repo.readOne('change', { id: req.params.id });
    if (!row) throw notFound(`Change not found: ${req.params.id}`);
    return { change: toChangeRecord(row.change) };
  });

  app.post('/:id/undo', {
    onRequest: requireToken('Undo'),
    schema: {
      summary: 'Undo a change exactly, as a change of its own; 409 once undone, or when later work touched the same elements',
      tags: ['curation'], params: ChangeParams, body: UndoBody, response: { 200: ChangeAnswer },
    },
  }, async (req) => ({ change: await undoChange(app.repo, req.params.id, userOf(req), req.body.note ?? null) }));
};

export default changes;
