/**
 * @module The map's request and answer (server/graph/geo.ts).
 */
import { z } from 'zod';
import { TIMELINE_MAX_IDS } from './timeline.ts';

export const GeoBody = z.object({
  ids: z.array(z.string().min(1).max(200)).min(1).max(TIMELINE_MAX_IDS).describe('The entities drawn'),
});

export const GeoAnswer = z.object({
  entities: z.array(z.object({
    id: z.string(), name: z.string(), type: z.string(),
    country: z.string().optional().describe('The entity\'s country from reference data; a state is its own'),
    countryCode: z.string().optional().describe('ISO 3166-1 alpha-2, as the map\'s boundaries are keyed'),
    coordinates: z.tuple([z.number(), z.number()]).optional().describe('Longitude, latitude of a city, from the gazetteer'),
  })),
});
