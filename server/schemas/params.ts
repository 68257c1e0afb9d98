/**
 * @module Query-string pieces shared by routes: comma-separated type lists checked against the
 * ontology, entity ids, and bounded numbers. Every list a query receives passes through an enum here,
 * so no caller-chosen label or relationship type ever reaches Cypher unchecked.
 */
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema } from '../../cypher/ontology-schemas.ts';

/** `a,b,c` → ['a','b','c'], each checked by `item`; an empty string means no filter. */
export function commaList<T extends string>(item: z.ZodType<T, string>) {
  return z
    .string()
    .max(2000)
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item).max(50));
}

export const EntityTypesParam = commaList(EntityTypeSchema).optional()
  .describe('Comma-separated entity types, e.g. Company,State');
export const RelTypesParam = commaList(RelationTypeSchema).optional()
  .describe('Comma-separated relationship types, e.g. SUPPLIES,SUBSIDIARY_OF');

/** Ids are slugs or hashes; the bound keeps a pasted document out of the logs and the query. */
export const EntityId = z.string().min(1).max(200);

export const IdParams = z.object({ id: EntityId });

/** A switch: `true` or `1` in a query string (or true in a JSON body) turns it on; absent is off. */
export const Toggle = z.union([z.boolean(), z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')]).default(false);

export const Year = z.coerce.number().int().min(1900).max(2100);
