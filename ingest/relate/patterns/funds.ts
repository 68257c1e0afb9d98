/**
 * @module FUNDS: money given. "Y financed X", "X was funded by a loan from Y", "Y invested in X",
 * "Y lent X", "a loan from Y".
 */
import type { PatternInput } from '../pattern.ts';

export const funds: PatternInput[] = [
  {
    id: 'funds-verb', type: 'FUNDS', pos: 'verb',
    triggers: ['fund', 'finance', 'bankroll', 'sponsor', 'subsidize', 'subsidise', 'underwrite', 'pay'],
    subject: ['@agent', 'obl:agent>nmod:from', 'obl:with>nmod:from', 'obl:through>nmod:from'], object: ['@patient', 'obl:for'],
    confidence: 0.75,
  },
  {
    id: 'funds-invest-lend', type: 'FUNDS', pos: 'verb',
    triggers: ['invest', 'lend', 'loan', 'grant', 'allocate', 'provide', 'extend', 'give'],
    subject: ['@agent'], object: ['obl:in', 'obl:to', 'iobj', 'obj>nmod:to', 'obl:for'],
    requires: [{ path: 'obj', lemmas: ['loan', 'credit', 'funding', 'financing', 'grant', 'money', 'million', 'billion', 'investment', 'fund', 'funds', 'capital', 'dollar', 'yuan', 'rouble', 'ruble', 'euro', 'tranche'] }],
    confidence: 0.7,
  },
  {
    id: 'funds-loan-noun', type: 'FUNDS', pos: 'noun',
    triggers: ['loan', 'credit', 'financing', 'funding', 'grant', 'investment'],
    subject: ['nmod:from', 'nmod:by', 'nmod:poss', 'compound'], object: ['nmod:to', 'nmod:for', '^obj>nsubj', '^obl:with>nsubj:pass'],
    confidence: 0.6,
  },
];
