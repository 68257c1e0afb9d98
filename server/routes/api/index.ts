/**
 * @module The API's resources and their prefixes, in one list so the surface is readable at a glance.
 */
import type { FastifyPluginAsync } from 'fastify';
import health from './health/index.ts';

export const apiRoutes: [FastifyPluginAsync<any>, string][] = [
  [health, '/api/health'],
];
