/**
 * @module GET /api/stats: the size of the graph by type, for the explorer's first screen.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { StatsAnswer } from '../../../schemas/status.ts';
import { ENTITY_TYPES, isRelationType } from '../../../../cypher/ontology.ts';

const stats: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: { summary: 'Counts of entities and relationships by type, documents, and the last ingest time', tags: ['graph'], response: { 200: StatsAnswer } },
  }, async () => {
    const [entities, relationships, docs] = await Promise.all([
      app.repo.read('statsEntities'),
      app.repo.read('statsRelationships'),
      app.repo.readOne('statsDocuments'),
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
