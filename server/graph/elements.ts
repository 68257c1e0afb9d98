/**
 * @module The one place rows from cypher/api/ become Cytoscape element data (server/schemas/graph.ts).
 */
import { ENTITY_ORIGINS, type EntityOrigin } from '../../cypher/ontology.ts';
import { EntityTypeSchema } from '../../cypher/ontology-schemas.ts';
import type { EdgeData, NodeData } from '../schemas/graph.ts';
import type { EdgeRow, EntityRow } from '../../cypher/rows.ts';

export function toNodeData(row: EntityRow): NodeData {
  return {
    id: row.id,
    label: row.name,
    type: EntityTypeSchema.parse(row.type),
    ...(row.country ? { country: row.country } : {}),
    aliases: row.aliases ?? [],
    origin: ENTITY_ORIGINS.includes(row.origin as EntityOrigin) ? row.origin as EntityOrigin : 'discovered',
  };
}

export function toEdgeData(row: EdgeRow): EdgeData {
  return {
    id: row.id,
    source: row.source,
    target: row.target,
    type: row.type,
    confidence: row.confidence ?? 0,
    evidenceCount: row.evidenceCount ?? 0,
    years: row.years ?? [],
    ...(row.status ? { status: row.status } : {}),
    ...(row.review === 'confirmed' || row.review === 'rejected' ? { review: row.review } : {}),
  };
}
