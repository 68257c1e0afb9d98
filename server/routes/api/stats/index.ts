/**
 * @module GET /api/stats: the size of the graph by type, for the explorer's first screen.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ENTITY_TYPES, isRelationType } from '../../../../ingest/ontology.ts';

const Counts = z.object({ total: z.number().int(), byType: z.record(z.string(), z.number().int()) });
const Stats = z.object({
  entities: Counts,
  relationships: Counts,
  documents: z.number().int(),
  lastIngest: z.string().nullable(),
});

type CountRow = { type: string; count: number };

const stats: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: { summary: 'Counts of entities and relationships by type, documents, and the last ingest time', tags: ['graph'], response: { 200: Stats } },
  }, async () => {
    const [entities, relationships, docs] = await Promise.all([
      app.repo.many<CountRow>('statsEntities'),
      app.repo.many<CountRow>('statsRelationships'),
      app.repo.one<{ documents: number; lastIngest: unknown }>('statsDocuments'),
    ]);
    // Every type appears, with 0 when absent, so the UI's legend does not change shape as data grows.
    const entityCounts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, entities.find((r) => r.type === t)?.count ?? 0]));
    // MENTIONS is structure (document to entity), not a claim; it is counted under documents.
    const relCounts = Object.fromEntries(relationships.filter((r) => isRelationType(r.type)).map((r) => [r.type, r.count]));
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return {
      entities: { total: sum(entityCounts), byType: entityCounts },
      relationships: { total: sum(relCounts), byType: relCounts },
      documents: docs?.documents ?? 0,
      lastIngest: docs?.lastIngest == null ? null : String(docs.lastIngest),
    };
  });
};

export default stats;
