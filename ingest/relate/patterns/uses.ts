/**
 * @module USES: a customer or program uses a technology or product (no vendor named).
 */
import type { PatternInput } from '../pattern.ts';

export const uses: PatternInput[] = [
  {
    id: 'uses-verb', type: 'USES', pos: 'verb',
    triggers: ['use', 'employ', 'utilize', 'utilise', 'deploy', 'adopt', 'apply', 'rely', 'depend', 'integrate', 'incorporate', 'test', 'pilot', 'trial'],
    subject: ['@agent'], object: ['@patient', 'obl:on', 'obj>compound', 'obj>amod', 'obl:on>compound'],
    objectTypes: ['Technology', 'Product', 'Program'],
    confidence: 0.65,
  },
];
