/**
 * @module POST /api/geo: where the entities drawn are (country, ISO code, a city's coordinates), all
 * from reference data, for the map. POST because a drawing can hold thousands of ids.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { locate } from '../../../graph/geo.ts';
import { GeoAnswer, GeoBody } from '../../../schemas/geo.ts';

const geo: FastifyPluginAsyncZod = async (app) => {
  app.post('/', {
    schema: {
      summary: 'Country, ISO code and a city\'s coordinates for a set of entities, from reference data (catalog and gazetteer), never from text',
      tags: ['graph'],
      body: GeoBody,
      response: { 200: GeoAnswer },
    },
  }, async (req) => ({ entities: await locate(app.repo, req.body.ids) }));
};

export default geo;
