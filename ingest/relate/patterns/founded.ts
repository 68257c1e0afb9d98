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
  {
    id: 'founded-founder-noun', type: 'FOUNDED', pos: 'noun',
    triggers: ['founder', 'co-founder', 'cofounder'],
    // "Rick Smith, Axon's founder and chief executive", "its founder and chief executive, Eugene
    // Kaspersky", "Synesis co-founder Alexander Shatrov", "a co-founder and co-owner of ... Synesis".
    subject: ['@holder', '^compound', '^nsubj', 'appos', '^conj:*>^appos'], object: ['nmod:of', 'nmod:poss', 'compound'],
    subjectTypes: ['Person', 'Company', 'Organization'], objectTypes: ['Company', 'Organization'], objectInOrder: true,
    confidence: 0.7,
  },
];
