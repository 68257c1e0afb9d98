/**
 * @module SUBSIDIARY_OF: child company to parent. "X, a subsidiary of Y", "Y's unit X", "X, a Rostec
 * subsidiary", "X belongs to Y", and the parent named as such ("Y, the parent company of X").
 */
import type { PatternInput } from '../pattern.ts';

const CHILD_NOUNS = ['subsidiary', 'unit', 'division', 'affiliate', 'arm', 'daughter', 'branch', 'part', 'member'];

export const subsidiaryOf: PatternInput[] = [
  {
    id: 'subsidiary-noun', type: 'SUBSIDIARY_OF', pos: 'noun',
    triggers: CHILD_NOUNS,
    // "Tiandy's Iranian arm, Tiandy Iran": the child set after its description.
    subject: ['@holder', 'appos'], object: ['nmod:of', 'nmod:poss', 'compound', 'nmod:within'],
    subjectTypes: ['Company'], objectTypes: ['Company'],
    confidence: 0.8,
  },
  {
    id: 'subsidiary-of-group', type: 'SUBSIDIARY_OF', pos: 'noun',
    triggers: ['company', 'firm', 'maker', 'manufacturer', 'developer', 'business', 'member', 'operator', 'supplier', 'vendor', 'integrator'],
    // A company described as one of a group: "24x7 Panoptes, a company in the Synesis group", "Presight,
    // an Abu Dhabi company of the G42 group", "Vega, a Russian firm within the Rostec state group".
    // A maker "of" a product is not this: the group must be named as one.
    subject: ['@holder'], object: ['nmod:within>compound', 'nmod:in>compound', 'nmod:of>compound'],
    requires: [{ path: 'nmod:*', lemmas: ['group', 'holding', 'conglomerate', 'consortium', 'family', 'stable'] }],
    subjectTypes: ['Company'], objectTypes: ['Company'],
    confidence: 0.65,
  },
];
