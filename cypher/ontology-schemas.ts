/**
 * @module zod schemas of the ontology's names and the check of the ontology itself. The data lives in
 * ontology.ts; this module derives from it what request validation needs and fails at load when the
 * model is inconsistent (a colour that is not a colour, an unknown FollowTheMoney schema, a name
 * declared twice). The server and ingest load it at start; `npm run build:web` loads it before Vite
 * builds the browser's script, so the check runs at build time and zod stays out of the first view.
 */
import { z } from 'zod';
import {
  CHANGE_ACTIONS, ENTITY_ORIGINS, ENTITY_TYPES, LINE_DASHES, LINK_STATUSES, MATCH_STATUSES, ONTOLOGY, RELATION_TYPES, REVIEW_STATUSES,
} from './ontology.ts';

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export const LinkStatusSchema = z.enum(LINK_STATUSES);
export const MatchStatusSchema = z.enum(MATCH_STATUSES);
export const EntityOriginSchema = z.enum(ENTITY_ORIGINS);
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export const ChangeActionSchema = z.enum(CHANGE_ACTIONS);

/** FollowTheMoney schemata the export maps to (server/export/ftm.ts); an unknown one fails at load. */
const FtmEntitySchema = z.enum(['PublicBody', 'Company', 'Organization', 'Person', 'Project', 'LegalEntity']);
const FtmLinkSchema = z.enum(['Sanction', 'Ownership', 'Directorship', 'UnknownLink']);

const EntityTypeDef = z.object({
  name: z.string().regex(/^[A-Z][A-Za-z]+$/, 'labels are PascalCase words'),
  display: z.string(),
  plural: z.string(),
  shape: z.string(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  ftm: FtmEntitySchema,
  note: z.string(),
});
const RelationTypeDef = z.object({
  name: z.string().regex(/^[A-Z_]+$/, 'relationship types are UPPER_SNAKE'),
  display: z.string(),
  inverse: z.string(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  dash: z.enum(LINE_DASHES),
  /** False for a symmetric relation: drawn without an arrow, matched in either direction. */
  directed: z.boolean(),
  ftm: FtmLinkSchema,
  from: z.array(EntityTypeSchema).min(1),
  to: z.array(EntityTypeSchema).min(1),
  note: z.string(),
});

/** Throws on an inconsistent model; run when this module loads, so it never reaches ingest, the server or a web build. */
export function validateOntology(ontology: { entityTypes: readonly unknown[]; relationTypes: readonly unknown[] } = ONTOLOGY): void {
  const entities = z.array(EntityTypeDef).parse(ontology.entityTypes);
  const relations = z.array(RelationTypeDef).parse(ontology.relationTypes);
  for (const list of [entities.map((t) => t.name), relations.map((t) => t.name)]) {
    const dup = list.find((n, i) => list.indexOf(n) !== i);
    if (dup) throw new Error(`ontology: ${dup} is declared twice`);
  }
}
validateOntology();
