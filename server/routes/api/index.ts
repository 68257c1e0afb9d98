/**
 * @module The API's resources and their prefixes, in one list so the surface is readable at a glance.
 */
import type { FastifyPluginAsync } from 'fastify';
import about from './about/index.ts';
import health from './health/index.ts';
import ontology from './ontology/index.ts';
import stats from './stats/index.ts';
import search from './search/index.ts';
import entities from './entities/index.ts';
import supplyChain from './supply-chain/index.ts';
import paths from './paths/index.ts';
import relationships from './relationships/index.ts';
import documents from './documents/index.ts';
import cypher from './cypher/index.ts';
import exportRoute from './export/index.ts';
import lists from './lists/index.ts';
import timeline from './timeline/index.ts';
import geo from './geo/index.ts';
import changes from './changes/index.ts';
import reviewQueue from './review-queue/index.ts';
import investigations from './investigations/index.ts';

export const apiRoutes: [FastifyPluginAsync<any>, string][] = [
  [health, '/api/health'],
  [about, '/api/about'],
  [ontology, '/api/ontology'],
  [stats, '/api/stats'],
  [search, '/api/search'],
  [entities, '/api/entities'],
  [supplyChain, '/api/supply-chain'],
  [paths, '/api/paths'],
  [relationships, '/api/relationships'],
  [timeline, '/api/timeline'],
  [geo, '/api/geo'],
  [documents, '/api/documents'],
  [lists, '/api/lists'],
  [changes, '/api/changes'],
  [reviewQueue, '/api/review-queue'],
  [investigations, '/api/investigations'],
  [exportRoute, '/api/export'],
  [cypher, '/api/cypher'],
];
