/**
 * @module ENACTED: who passed or issued a law, order, rule or list.
 */
import type { PatternInput } from '../pattern.ts';

export const enacted: PatternInput[] = [
  {
    id: 'enacted-verb', type: 'ENACTED', pos: 'verb',
    triggers: ['enact', 'pass', 'adopt', 'issue', 'sign', 'approve', 'introduce', 'publish', 'decree', 'promulgate', 'establish', 'create', 'maintain', 'administer', 'implement', 'amend', 'expand', 'update', 'invoke', 'use'],
    subject: ['@agent'], object: ['@patient', 'obl:under'],
    objectTypes: ['Law'],
    confidence: 0.7,
  },
  {
    id: 'enacted-possessive-law', type: 'ENACTED', pos: 'noun',
    triggers: ['act', 'law', 'order', 'list', 'regulation', 'rule', 'decree', 'directive', 'strategy', 'code', 'program', 'programme'],
    subject: ['nmod:poss', 'nmod:of', 'nmod:by'], object: ['.'],
    subjectTypes: ['State', 'Agency', 'Place'], objectTypes: ['Law'],
    confidence: 0.6,
  },
  {
    id: 'enacted-by-instrument', type: 'ENACTED', pos: 'verb',
    // The instrument a body acts by is its own: "The Council of Ministers approved the regulations on
    // the system by Resolution No. 841". What it acts under may be another's ("OFAC designated CEIEC
    // under Executive Order 13692", the President's).
    triggers: ['approve', 'list', 'designate', 'name', 'create', 'establish', 'adopt', 'impose', 'extend', 'maintain', 'renew', 'add', 'set'],
    subject: ['nsubj'], object: ['obl:by'],
    subjectTypes: ['State', 'Agency'], objectTypes: ['Law'],
    confidence: 0.65,
  },
];
