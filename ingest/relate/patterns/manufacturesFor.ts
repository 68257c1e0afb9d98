/**
 * @module MANUFACTURES_FOR: contract manufacturing, a foundry making a designer's chips. Read from the
 * goods' side: "the processor, designed by HiSilicon, had been made by SMIC", "both had their wafers
 * fabricated by TSMC". Only for chips and wafers: a camera "made by Dahua" is Dahua's own product.
 */
import type { PatternInput } from '../pattern.ts';

const CHIPS = ['chip', 'chips', 'processor', 'processors', 'wafer', 'wafers', 'semiconductor', 'semiconductors', 'die', 'dies', 'design', 'designs', 'cpu', 'cpus', 'soc'];

export const manufacturesFor: PatternInput[] = [
  {
    id: 'manufactures-for-made-by', type: 'MANUFACTURES_FOR', pos: 'verb',
    triggers: ['make', 'fabricate', 'manufacture', 'produce', 'build', 'fab'],
    subject: ['obl:agent', 'obl:by'],
    object: ['nsubj:*>acl>obl:by', 'nsubj:*>acl>obl:agent', 'nsubj:*>nmod:poss', 'nsubj:*>compound'],
    requires: [{ path: 'nsubj:*', lemmas: CHIPS }],
    subjectTypes: ['Company'], objectTypes: ['Company'],
    confidence: 0.7,
  },
];
