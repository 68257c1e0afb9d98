/**
 * @module The curation contract: change records, a person's verdicts and corrections on
 * relationships, facts added by hand, entity edits, merges and splits. Every write names the version
 * of what it changes as its author last read it; a stale one is refused with 409.
 */
import { z } from 'zod';
import { ChangeActionSchema, EntityTypeSchema, LinkStatusSchema, RelationTypeSchema } from '../../cypher/ontology-schemas.ts';
import { EntityId, Year } from './params.ts';

const SnapshotSchema = z.object({
  nodes: z.array(z.object({ labels: z.array(z.string()), properties: z.record(z.string(), z.unknown()) })),
  relationships: z.array(z.object({ type: z.string(), from: z.string(), fromKind: z.string(), to: z.string(), properties: z.record(z.string(), z.unknown()) })),
  documents: z.array(z.object({ id: z.string(), mentionSpans: z.string().nullable() })),
}).describe('The elements the change touched, as stored: entities with every relationship touching them, relationships by id, mention spans');

export const ChangeSchema = z.object({
  id: z.string(),
  at: z.string().describe('ISO 8601'),
  user: z.string().describe('Whose token made it, or "local analyst"'),
  action: ChangeActionSchema,
  summary: z.string(),
  note: z.string().nullable(),
  entities: z.array(z.string()).describe('Entities the change concerns'),
  relationships: z.array(z.string()).describe('Relationships the change concerns'),
  before: SnapshotSchema,
  after: SnapshotSchema,
  undoes: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type Change = z.infer<typeof ChangeSchema>;

export const ChangesQuery = z.object({
  since: z.string().datetime({ offset: true }).optional().describe('Changes at or after this time (ISO 8601)'),
  entity: EntityId.optional().describe('Changes concerning this entity or its relationships'),
  relationship: z.string().min(1).max(500).optional().describe('Changes concerning this relationship'),
  user: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const ChangeAnswer = z.object({ change: ChangeSchema });

const Version = z.number().int().min(0).describe('The version of what you change as you last read it; another person\'s change since makes this a 409');
const Note = z.string().trim().max(2000);
const RequiredNote = Note.min(1, 'say why: a note is required');

export const ReviewBody = z.object({
  decision: z.enum(['confirm', 'reject', 'clear']).describe('clear takes a verdict back'),
  version: Version,
  note: Note.optional().describe('Why; required to reject'),
}).refine((b) => b.decision !== 'reject' || !!b.note, { path: ['note'], message: 'say why: a note is required to reject' });

export const DisputeBody = z.object({
  evidence: z.string().min(1).max(500).describe('The item\'s key, `<doc>@<start>-<end>`, as GET /api/relationships/:id lists it'),
  disputed: z.boolean().default(true).describe('false takes the mark back'),
  version: Version,
  note: RequiredNote,
});

export const CorrectionBody = z.object({
  type: RelationTypeSchema.optional(),
  reverse: z.boolean().optional().describe('Swap source and target'),
  status: LinkStatusSchema.nullable().optional().describe('null goes back to what the evidence says'),
  years: z.array(Year).max(20).nullable().optional().describe('null goes back to what the evidence says'),
  version: Version,
  note: RequiredNote,
}).refine((b) => b.type !== undefined || b.reverse || b.status !== undefined || b.years !== undefined, { message: 'nothing to correct: give type, reverse, status or years' });

export const SupportBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quote'), doc: z.string().min(1).max(100), start: z.number().int().min(0), end: z.number().int().min(1) })
    .describe('A sentence selected in a stored document'),
  z.object({ kind: z.literal('source'), url: z.url(), title: z.string().trim().min(1).max(500), date: z.string().max(40).optional(), quote: z.string().trim().min(1).max(5000) })
    .describe('An external source'),
  z.object({ kind: z.literal('note'), text: z.string().trim().min(1, 'a note support needs its text').max(5000) })
    .describe('The analyst\'s own word: shown as such, standing lower than a quote'),
]);

export const AddFactBody = z.object({
  source: EntityId,
  type: RelationTypeSchema,
  target: EntityId,
  year: Year.optional(),
  status: LinkStatusSchema.optional(),
  support: SupportBody,
  note: Note.optional(),
});

export const RelationshipChangeAnswer = z.object({
  change: ChangeSchema,
  relationship: z.string().describe('The id of the relationship as it now is (a new one after a correction of type or direction)'),
});

export const UndoBody = z.object({ note: Note.optional() }).default({});

export const EntityEditBody = z.object({
  name: z.string().trim().min(1).max(300).optional(),
  type: EntityTypeSchema.optional(),
  country: z.string().trim().min(1).max(100).nullable().optional().describe('null clears it'),
  aliases: z.array(z.string().trim().min(1).max(300)).max(200).optional().describe('The whole list of aliases'),
  version: Version,
  note: Note.optional(),
}).refine((b) => b.name !== undefined || b.type !== undefined || b.country !== undefined || b.aliases !== undefined, { message: 'nothing to change: give name, type, country or aliases' });

export const MergeBody = z.object({
  merge: EntityId.describe('The entity merged away into this one'),
  acrossTypes: z.boolean().default(false).describe('Say so to merge entities of different types; the survivor keeps its type'),
  version: Version.describe('The survivor\'s version'),
  mergedVersion: Version.describe('The merged entity\'s version'),
  note: Note.optional(),
});

export const SplitBody = z.object({
  name: z.string().trim().min(1).max(300).describe('The new entity\'s name; its id is made from it'),
  type: EntityTypeSchema.optional().describe('Its type; the split entity\'s by default'),
  country: z.string().trim().min(1).max(100).optional(),
  mentions: z.array(z.object({ doc: z.string().min(1).max(100), start: z.number().int().min(0), end: z.number().int().min(1) })).min(1).max(500)
    .describe('The mentions that name the new entity, as GET /api/documents/:id lists them'),
  version: Version,
  note: Note.optional(),
});

export const EntityChangeAnswer = z.object({
  change: ChangeSchema,
  entity: z.string().describe('The entity as it now is: the survivor of a merge, the new entity of a split'),
});
