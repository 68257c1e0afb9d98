/**
 * @module GET /api/search: entities by name or alias, prefix and typo tolerant, best first; and
 * GET /api/search/documents: the text of the sources themselves, with snippets.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SearchResult } from '../../../schemas/entities.ts';
import { EntityTypeSchema } from '../../../../cypher/ontology-schemas.ts';
import { EntityTypesParam } from '../../../schemas/params.ts';
import { documentLucene, documentTerms, luceneQuery } from '../../../graph/lucene.ts';
import { snippetsOf } from '../../../graph/snippets.ts';
import { toSummary } from '../../../graph/documents.ts';
import { DocumentSearchAnswer } from '../../../schemas/documents.ts';
import { HttpError } from '../../../plugins/errors.ts';

/** Shorter input gets substring matching: "ZT" should find ZTE, and Lucene cannot fuzz two letters usefully. */
const SHORT_TERM = 3;

const Query = z.object({
  q: z.string().trim().min(1).max(200).describe('Name or alias, or its beginning; one typo per word is tolerated'),
  types: EntityTypesParam,
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const search: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: { summary: 'Find entities by name or alias', tags: ['graph'], querystring: Query, response: { 200: z.object({ results: z.array(SearchResult) }) } },
  }, async (req) => {
    const { q, types, limit } = req.query;
    const typeList = types && types.length > 0 ? types : null;
    const lucene = q.length >= SHORT_TERM ? luceneQuery(q) : undefined;
    const rows = lucene
      ? await app.repo.read('searchFulltext', { lucene, plain: q.toLowerCase(), types: typeList, limit })
      : await app.repo.read('searchContains', { term: q.toLowerCase(), types: typeList, limit });
    return {
      results: rows.map(({ entity: e, score }) => ({
        id: e.id,
        name: e.name,
        type: EntityTypeSchema.parse(e.type),
        ...(e.country ? { country: e.country } : {}),
        aliases: e.aliases ?? [],
        score,
      })),
    };
  });
};

const DocumentQuery = z.object({
  q: z.string().trim().min(1).max(500)
    .describe('Words that must all be there; "a phrase" in double quotes, word* for a prefix, word~ for a word spelled an edit or two off'),
  document: z.string().trim().min(1).max(100).optional().describe('Only this document (its id)'),
  year: z.coerce.number().int().min(1000).max(9999).optional().describe('Only documents dated in this year'),
  publisher: z.string().trim().min(1).max(200).optional().describe('Only documents whose publisher contains this (any case)'),
  entity: z.string().trim().min(1).max(1000).optional().describe('Only documents that mention this entity (its id)'),
  skip: z.coerce.number().int().min(0).max(10_000).default(0),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

const documents: FastifyPluginAsyncZod = async (app) => {
  app.get('/documents', {
    schema: {
      summary: 'Full-text search over the documents\' text (phrases, prefixes, fuzzy words), best first, with highlighted snippets',
      tags: ['documents'], querystring: DocumentQuery, response: { 200: DocumentSearchAnswer },
    },
  }, async (req) => {
    const { q, document, year, publisher, entity, skip, limit } = req.query;
    const terms = documentTerms(q);
    const lucene = documentLucene(terms);
    if (!lucene) throw new HttpError(400, 'q: no word to search for (letters or digits)', [{ field: 'q', message: 'no word to search for' }]);
    const row = await app.repo.readOne('searchDocuments', {
      lucene, document: document ?? null, year: year ?? null, publisher: publisher?.toLowerCase() ?? null, entity: entity ?? null, skip, limit,
    });
    return {
      total: row?.total ?? 0,
      results: (row?.hits ?? []).map((h) => ({
        document: toSummary(h.document),
        score: h.score,
        snippets: snippetsOf(h.document.text ?? '', terms, h.document.mentionSpans, h.mentioned),
      })),
    };
  });
};

const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(search);
  await app.register(documents);
};

export default searchRoutes;
