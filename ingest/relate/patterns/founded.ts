/**
 * @module FOUNDED: who founded or established a company or organisation.
 */
import type { PatternInput } from '../pattern.ts';

export const founded: PatternInput[] = [
  {
    id: 'founded-verb', type: 'FOUNDED', pos: 'verb',
    triggers: ['found', 'establish', 'co-found', 'cofound', 'start', 'create', 'set', 'launch', 'incorporate', 'spin'],
    subject: ['@agent'], object: ['@patient'],
    objectTypes: ['Company', 'Organization'],
    confidence: 0.75,
  },
];
