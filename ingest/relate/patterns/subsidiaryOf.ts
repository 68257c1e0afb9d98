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
];
