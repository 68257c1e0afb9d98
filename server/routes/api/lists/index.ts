/**
 * @module /api/lists: watchlists. The lists loaded, the import of a new list file (FollowTheMoney
 * JSON lines, the Consolidated Screening List CSV, a plain CSV), the ties between list entries and
 * graph entities, and a person's decision on a tie (the review queue). Imports and decisions change
 * the store and need write access, like uploads.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importList, LIST_FORMATS, ListFileError, type ListFormat } from '../../../../ingest/index.ts';
import { HttpError } from '../../../plugins/errors.ts';
import { requireToken, userOf } from '../../../plugins/auth.ts';
import { makeChange } from '../../../curation/changes.ts';
import { planListDecision } from '../../../curation/list-matches.ts';
import { rateLimits } from '../../../plugins/security.ts';
import { acceptUploads } from '../../../plugins/uploads.ts';
import { DecisionAnswer, DecisionBody, ListImportAnswer, ListMatch, ListSummary, MatchesQuery } from '../../../schemas/lists.ts';

const ImportBody = z.object({
  file: z.object({ filename: z.string(), data: z.any() }).describe('The list file as a multipart/form-data `file` part'),
  list: z.string().trim().min(1).max(300).optional().describe('Put every entry on this list, whatever the file says'),
  format: z.enum(LIST_FORMATS as [ListFormat, ...ListFormat[]]).optional().describe('ftm, csl or csv; told from the file when absent'),
  addUnmatched: z.enum(['true', 'false']).optional().describe('"true" makes an entity (identity from the list, no relation) for each entry that names none of the graph'),
});

const lists: FastifyPluginAsyncZod = async (app) => {
  await acceptUploads(app, 4);

  app.get('/', {
    schema: { summary: 'The watchlists loaded, with their entries listed and ended and their ties to the graph', tags: ['lists'], response: { 200: z.object({ lists: z.array(ListSummary) }) } },
  }, async () => ({ lists: (await app.repo.read('lists')).map((r) => r.list) }));

  app.post('/', {
    onRequest: requireToken('List imports'),
    config: { rateLimit: rateLimits.ingest },
    schema: {
      summary: 'Import a watchlist file and cross-reference its entries with the graph; a bad file is refused with its line and changes nothing',
      tags: ['lists'],
      consumes: ['multipart/form-data'],
      body: ImportBody,
      response: { 200: ListImportAnswer },
    },
  }, async (req) => {
    const { file, list, format, addUnmatched } = req.body;
    try {
      return await importList(app.repo, file.data as Buffer, file.filename || 'upload', { ...(list ? { list } : {}), ...(format ? { format } : {}), addUnmatched: addUnmatched === 'true' });
    } catch (e) {
      if (e instanceof ListFileError) throw new HttpError(/over the limit/.test(e.message) ? 413 : 422, `The list cannot be read: ${e.message}`, { file: e.file, ...(e.line ? { line: e.line } : {}) });
      throw e;
    }
  });

  app.get('/matches', {
    schema: {
      summary: 'Ties between list entries and graph entities by status, most doubtful first: pending ones are the review queue',
      tags: ['lists'],
      querystring: MatchesQuery,
      response: { 200: z.object({ matches: z.array(ListMatch) }) },
    },
  }, async (req) => {
    const { status, list, skip, limit } = req.query;
    const rows = await app.repo.read('listMatches', { statuses: status, list: list ?? null, skip, limit });
    return { matches: rows.map((r) => ListMatch.parse(r.match)) };
  });

  app.post('/matches/decision', {
    onRequest: requireToken('Decisions on list matches'),
    schema: {
      summary: 'Confirm or reject the tie between a list entry and an entity, recorded with who (the token\'s user), when and why, and as a change record; a re-import never undoes it',
      tags: ['lists'],
      body: DecisionBody,
      response: { 200: DecisionAnswer },
    },
  }, async (req) => {
    const { entry, entity, decision, note } = req.body;
    const by = { user: userOf(req), at: new Date().toISOString(), note: note ?? null };
    const status = decision === 'confirm' ? 'confirmed' as const : 'rejected' as const;
    const change = await makeChange(app.repo, {
      user: by.user, action: 'list-match', note: by.note,
      scope: { entities: [entity], relationships: [] },
      concerns: { entities: [entity], relationships: [] },
      plan: (before) => planListDecision(before, entry, entity, status, by),
    });
    const tie = change.before.relationships.find((r) => r.fromKind === 'ListEntry' && r.from === entry);
    return DecisionAnswer.parse({ before: tie?.properties.status, after: status, decidedBy: by.user, decidedAt: by.at, change: change.id });
  });
};

export default lists;
