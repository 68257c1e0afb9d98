/**
 * @module GET /api/about: what the explorer needs to know of the server it runs on, today the public
 * address that links in reports are written with, so a report made on a laptop behind a proxy never
 * points its reader at 127.0.0.1.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AboutAnswer } from '../../../schemas/status.ts';

const about: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: { summary: 'The public address of the explorer (PUBLIC_URL), for links in reports', tags: ['meta'], response: { 200: AboutAnswer } },
  }, async () => ({ publicUrl: app.config.publicUrl ?? null }));
};

export default about;
