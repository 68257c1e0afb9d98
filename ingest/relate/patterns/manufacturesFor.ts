/**
 * @module MANUFACTURES_FOR: contract manufacturing, a foundry making another company's designs.
 */
import type { PatternInput } from '../pattern.ts';

export const manufacturesFor: PatternInput[] = [
  {
    id: 'manufactures-for-verb', type: 'MANUFACTURES_FOR', pos: 'verb',
    triggers: ['manufacture', 'produce', 'fabricate', 'make', 'assemble'],
    subject: ['@agent'], object: ['obl:for', 'obj>nmod:for', 'obl:on_behalf_of'],
    subjectTypes: ['Company'], objectTypes: ['Company'],
    confidence: 0.75,
  },
  {
    id: 'manufactures-for-noun', type: 'MANUFACTURES_FOR', pos: 'noun',
    triggers: ['foundry', 'manufacturer', 'fab', 'producer'],
    subject: ['@holder'], object: ['nmod:for', 'nmod:of', 'nmod:poss'],
    subjectTypes: ['Company'], objectTypes: ['Company'],
    confidence: 0.6,
  },
];
