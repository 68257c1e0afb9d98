/**
 * @module LEADS: a person heads an organisation, a state, a place or a program. Titles ("X, chief
 * executive of Y", "Y's director X", "Y chairman X") and verbs ("X heads Y", "X serves as director of Y").
 */
import type { PatternInput } from '../pattern.ts';

const TITLES = [
  'ceo', 'executive', 'president', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'chief', 'leader', 'minister',
  'secretary', 'governor', 'mayor', 'commander', 'founder', 'manager', 'boss', 'premier', 'chancellor', 'commissioner',
  'administrator', 'superintendent', 'prosecutor', 'rector', 'dean', 'akim', 'vice-president', 'general',
];

export const leads: PatternInput[] = [
  {
    id: 'leads-title', type: 'LEADS', pos: 'noun',
    triggers: TITLES,
    subject: ['@holder', '^compound', '^nsubj', 'appos', '^conj:*>^appos'], object: ['nmod:of', 'nmod:poss', 'compound', 'nmod:at', 'nmod:for', '^compound>compound'],
    subjectTypes: ['Person'], objectInOrder: true,
    confidence: 0.75,
  },
  {
    id: 'leads-verb', type: 'LEADS', pos: 'verb',
    triggers: ['lead', 'head', 'run', 'chair', 'direct', 'manage', 'oversee', 'command', 'govern', 'preside'],
    subject: ['@agent'], object: ['@patient', 'obl:over'],
    subjectTypes: ['Person'],
    confidence: 0.7,
  },
];
