/**
 * @module What a relation pattern is: data, matched over a sentence's dependencies. A pattern names
 * the relationship type, the trigger words (lemmas, and the part of speech they must have), and
 * dependency paths from the trigger to each end. Paths are steps joined by `>`: `obj` goes down the
 * `obj` edge, `^appos` up an `appos` edge, `obl:*` down any `obl` edge; `.` is the trigger itself.
 * Macros spell the voice-independent roles once: `@agent` (who does it, active or passive) and
 * `@patient` (what it is done to); a macro may stand for any step of a longer path (`@placement>nmod:poss`, `obj>@maker`). A pattern earns its place by finding true facts in at least two
 * different documents of the development set: tests/ingest/blind/dev/justification.json records
 * them, and a test fails for a pattern that has fewer.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../../cypher/ontology.ts';
import { LinkStatusSchema, RelationTypeSchema } from '../../cypher/ontology-schemas.ts';

export const MACROS: Record<string, readonly string[]> = {
  '@agent': ['nsubj', 'nsubj:xsubj', 'obl:agent', 'nmod:agent', 'obl:by'],
  '@patient': ['obj', 'nsubj:pass', '^acl'],
  /**
   * Who a noun is said of: "X is a supplier", "X, a supplier", "X (a subsidiary of Y)" (a bracket the
   * parser leaves as a loose dependent); "X's supplier" is not this (that is the owner).
   */
  '@holder': ['nsubj', '^appos', '^acl:relcl', 'nsubj:xsubj', '^nmod:poss>nsubj', '^dep'],
  /** Where something was put: on the verb, or hung by the parser on what was put ("placed A and B on its list"). */
  '@placement': ['obl:*', 'obj>nmod:*', 'nsubj:pass>nmod:*'],
  /**
   * Where something was put and the words of its name: "added to its Belarus sanctions list" reaches
   * the list and "sanctions", "placed on a trade blacklist" the blacklist.
   */
  '@placementWords': ['obl:*', 'obj>nmod:*', 'nsubj:pass>nmod:*', 'obl:*>compound', 'obj>nmod:*>compound', 'nsubj:pass>nmod:*>compound'],
  /** What someone is barred or kept from doing: "prohibit DoD from contracting with ...", "prohibits Americans from investing in ...". */
  '@from': ['advcl:from', 'obl:from'],
  /** Who made goods, from the goods' noun: "Dahua cameras", "Huawei's equipment", "processors made by Intel", "parts from Nvidia". */
  '@maker': ['compound', 'nmod:poss', 'nmod:from', 'nmod:by', 'acl>obl:by', 'acl>obl:agent', 'acl>obl:from'],
  /**
   * What an object is named or made: "named DJI a Chinese military company", "named Inspur as a
   * Chinese military company"; the parser may read the first as two objects, the name the indirect one.
   */
  '@predicate': ['xcomp', 'obl:as', 'obj'],
  /** The noun a participle describes: "the listed parties", "the government bodies added". */
  '@described': ['^amod', '^acl'],
};

const Path = z.string().regex(/^(?:\.|(?:@\w+|\^?[a-z]+(?::[\w*]+)?)(?:>(?:@\w+|\^?[a-z]+(?::[\w*]+)?))*)$/, 'a path is steps like obj>nmod:to or ^appos, any of them a @macro');

const Constraint = z.object({
  /** Where to look from the trigger. */
  path: Path,
  /** The token reached must have one of these lemmas, or (with neither this nor `types`, any token reached will do) */
  lemmas: z.array(z.string()).optional(),
  /** be inside a mention of one of these types. */
  types: z.array(z.enum(ENTITY_TYPES)).optional(),
  /** And be no word of a name or of a reference: "legal practice", not the "Department" of "Department of Defense". */
  unnamed: z.boolean().optional(),
  /** And be a word of a name: the "Group" of "NSO Group". */
  named: z.boolean().optional(),
});

export const RelationPatternSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  type: RelationTypeSchema,
  triggers: z.array(z.string().min(1)).min(1),
  /**
   * Part of speech of the trigger: a verb, a noun, or either; or `name`, the head word of a name of
   * one of `triggerTypes` ("NtechLab's FindFace"), whatever its lemma (its triggers are then `['*']`).
   */
  pos: z.enum(['verb', 'noun', 'any', 'name']).default('verb'),
  triggerTypes: z.array(z.enum(ENTITY_TYPES)).optional(),
  subject: z.array(Path).min(1),
  object: z.array(Path).min(1),
  /**
   * Paths of that end are tried in order and the first that reaches a name wins: in "Communist
   * Party Secretary of Xinjiang" the title's "of" names what is led, not the word before it; a
   * designation's agent comes before the owner of the list it names.
   */
  subjectInOrder: z.boolean().default(false),
  objectInOrder: z.boolean().default(false),
  /** Types the ends must have beyond what the ontology allows (a pattern narrower than its type). */
  subjectTypes: z.array(z.enum(ENTITY_TYPES)).optional(),
  objectTypes: z.array(z.enum(ENTITY_TYPES)).optional(),
  /**
   * The end a sentence may leave unnamed because the text is about it, and what stands there then:
   * the page's `topic` ("Hillhouse Capital led a 380 million yuan round", on a page about YITU, funds
   * YITU; only a page whose title names one entity it keeps naming has one), or the `programme` the
   * text is about by then, the only one named or the one named most ("The cameras carry
   * facial-recognition software", in a report on Kampala's CCTV project), or the `issuer`, the body
   * the text last named designating, else the one issuing it ("The listed parties are ...").
   */
  fill: z.object({ end: z.enum(['subject', 'object']), from: z.enum(['topic', 'programme', 'issuer']) }).optional(),
  /** Every constraint must hold for the pattern to fire ("added ... to the Entity List"). */
  requires: z.array(Constraint).default([]),
  /** No constraint may hold ("sold its stake" is not a sale to a customer). */
  forbids: z.array(Constraint).default([]),
  /** The status the trigger itself states ("banned"), unless the sentence states another. */
  status: LinkStatusSchema.optional(),
  confidence: z.number().min(0).max(1),
}).refine((p) => (p.pos === 'name') === Boolean(p.triggerTypes?.length) && (p.pos !== 'name' || (p.triggers.length === 1 && p.triggers[0] === '*')), {
  message: "a name pattern has triggerTypes and the triggers ['*']; other patterns have neither",
});

export type RelationPattern = z.infer<typeof RelationPatternSchema>;
export type PatternInput = z.input<typeof RelationPatternSchema>;
