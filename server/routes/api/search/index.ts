/**
 * @module GET /api/search: entities by name or alias, prefix and typo tolerant, best first.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SearchResult } from '../../../schemas/entities.ts';
import { EntityTypeSchema } from '../../../../cypher/ontology.ts';
import { EntityTypesParam } from '../../../schemas/params.ts';
import { luceneQuery } from '../../../graph/lucene.ts';

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

export default search;
