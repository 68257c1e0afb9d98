/**
 * @module PARTNERS_WITH: partnerships, cooperation and agreements between organisations, states and
 * places; symmetric in meaning, stored in the direction the sentence names them.
 */
import type { PatternInput } from '../pattern.ts';

export const partnersWith: PatternInput[] = [
  {
    id: 'partners-verb', type: 'PARTNERS_WITH', pos: 'verb',
    triggers: ['partner', 'cooperate', 'collaborate', 'team', 'ally', 'work', 'join'],
    subject: ['@agent'], object: ['obl:with', 'obl:alongside', 'obl:along_with', 'obl:together_with'],
    confidence: 0.7,
  },
  {
    id: 'partners-agreement', type: 'PARTNERS_WITH', pos: 'verb',
    triggers: ['sign', 'conclude', 'form', 'establish', 'create', 'launch', 'enter', 'announce', 'strike'],
    subject: ['@agent'], object: ['obj>nmod:with', 'obl:with', 'obl:into>nmod:with'],
    requires: [{ path: 'obj', lemmas: ['partnership', 'agreement', 'memorandum', 'venture', 'alliance', 'cooperation', 'collaboration', 'mou', 'pact', 'deal'] }],
    confidence: 0.7,
  },
  {
    id: 'partners-noun', type: 'PARTNERS_WITH', pos: 'noun',
    triggers: ['partner', 'partnership', 'venture', 'alliance', 'cooperation', 'collaboration'],
    subject: ['@holder', '^nsubj', 'nmod:poss', 'compound'], object: ['nmod:of', 'nmod:with', 'nmod:poss', 'nmod:between'],
    confidence: 0.65,
  },
];
