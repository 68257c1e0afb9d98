/**
 * @module /api/investigations: saved investigations, server-stored case files an analyst lists,
 * opens by id (the short link), renames, duplicates, deletes, exports as a file and imports from
 * one. Saving needs write access like every other change; a save on a stale version is a 409.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { InvestigationRow } from '../../../../cypher/rows.ts';
import { HttpError, notFound } from '../../../plugins/errors.ts';
import { requireToken, userOf } from '../../../plugins/auth.ts';
import {
  CaseFile, CreateInvestigationBody, DuplicateInvestigationBody, Investigation, InvestigationFile, InvestigationSummary, UpdateInvestigationBody,
} from '../../../schemas/investigations.ts';

const Params = z.object({ id: z.string().min(1).max(100) });

/** Short enough to read out and paste, long enough not to be guessed: 12 hex digits of a random UUID. */
const newId = () => randomUUID().replace(/-/g, '').slice(0, 12);

function toInvestigation(row: InvestigationRow): Investigation {
  return { ...row, state: CaseFile.parse(JSON.parse(row.state)) };
}

const investigations: FastifyPluginAsyncZod = async (app) => {
  const load = async (id: string) => {
    const row = await app.repo.readOne('investigation', { id });
    if (!row) throw notFound(`Investigation not found: ${id}`);
    return toInvestigation(row.investigation);
  };
  const create = async (name: string, state: CaseFile, user: string) => {
    const at = new Date().toISOString();
    const row: InvestigationRow = { id: newId(), name, createdBy: user, createdAt: at, updatedBy: user, updatedAt: at, version: 0, state: JSON.stringify(state) };
    await app.repo.write('createInvestigation', { investigation: row });
    return toInvestigation(row);
  };

  app.get('/', {
    schema: { summary: 'Saved investigations, the most recently changed first', tags: ['investigations'], response: { 200: z.object({ investigations: z.array(InvestigationSummary) }) } },
  }, async () => ({ investigations: (await app.repo.read('investigations')).map((r) => r.investigation) }));

  app.post('/', {
    onRequest: requireToken('Saved investigations'),
    schema: { summary: 'Save a new investigation', tags: ['investigations'], body: CreateInvestigationBody, response: { 200: Investigation } },
  }, async (req) => create(req.body.name, req.body.state, userOf(req)));

  app.get('/:id', {
    schema: { summary: 'Open a saved investigation by id', tags: ['investigations'], params: Params, response: { 200: Investigation } },
  }, async (req) => load(req.params.id));

  app.put('/:id', {
    onRequest: requireToken('Saved investigations'),
    schema: { summary: 'Rename an investigation or save its case file; 409 when someone saved it since you opened it', tags: ['investigations'], params: Params, body: UpdateInvestigationBody, response: { 200: Investigation } },
  }, async (req) => {
    const { name, state, version } = req.body;
    const row = await app.repo.write('updateInvestigation', {
      id: req.params.id, version, name: name ?? null, state: state ? JSON.stringify(state) : null, user: userOf(req), at: new Date().toISOString(), token: randomUUID(),
    });
    if (!row[0]) throw notFound(`Investigation not found: ${req.params.id}`);
    if (!row[0].updated) throw new HttpError(409, `Investigation ${req.params.id} was saved by someone else since you opened it (your version ${version}, now ${row[0].version}); reopen it and try again`, { version: row[0].version });
    return load(req.params.id);
  });

  app.post('/:id/duplicate', {
    onRequest: requireToken('Saved investigations'),
    schema: { summary: 'Save a copy of an investigation under a new id', tags: ['investigations'], params: Params, body: DuplicateInvestigationBody, response: { 200: Investigation } },
  }, async (req) => {
    const original = await load(req.params.id);
    return create(req.body.name ?? `${original.name} (copy)`, original.state, userOf(req));
  });

  app.delete('/:id', {
    onRequest: requireToken('Saved investigations'),
    schema: { summary: 'Delete a saved investigation (the graph is untouched)', tags: ['investigations'], params: Params, response: { 200: z.object({ deleted: z.string() }) } },
  }, async (req) => {
    const [row] = await app.repo.write('deleteInvestigation', { id: req.params.id });
    if (!row?.deleted) throw notFound(`Investigation not found: ${req.params.id}`);
    return { deleted: req.params.id };
  });

  app.get('/:id/export', {
    schema: { summary: 'Download an investigation as a file, to keep or to import elsewhere', tags: ['investigations'], params: Params, response: { 200: InvestigationFile } },
  }, async (req, reply) => {
    const found = await load(req.params.id);
    const filename = `${found.name.replace(/[^\w.-]+/g, '_').slice(0, 80) || 'investigation'}.sightline.json`;
    reply.header('content-disposition', `attachment; filename="${filename}"`);
    return { format: 'sightline-investigation' as const, version: 1 as const, name: found.name, exportedAt: new Date().toISOString(), state: found.state };
  });

  app.post('/import', {
    onRequest: requireToken('Saved investigations'),
    schema: { summary: 'Import an investigation file as a new saved investigation', tags: ['investigations'], body: InvestigationFile, response: { 200: Investigation } },
  }, async (req) => create(req.body.name, req.body.state, userOf(req)));
};

export default investigations;
