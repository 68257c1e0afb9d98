/**
 * @module OWNS: shareholder to company. "Y owns X", "Y acquired X", "Y holds a stake in X", "X is
 * owned by Y", "X's owner Y"; a stake sold is ownership ended.
 */
import type { PatternInput } from '../pattern.ts';

const STAKE = ['stake', 'share', 'shares', 'interest', 'holding', 'control', 'ownership', 'equity', 'percent', '%'];

export const owns: PatternInput[] = [
  {
    id: 'owns-verb', type: 'OWNS', pos: 'verb',
    triggers: ['own', 'acquire', 'buy', 'purchase', 'control', 'absorb', 'takeover'],
    subject: ['@agent'], object: ['@patient', 'obj>nmod:in', 'obj>nmod:of'],
    objectTypes: ['Company', 'Organization'],
    forbids: [{ path: 'obj', lemmas: ['camera', 'equipment', 'chip', 'system', 'software', 'technology', 'server', 'product', 'license'] }],
    confidence: 0.75,
  },
  {
    id: 'owns-stake', type: 'OWNS', pos: 'verb',
    triggers: ['hold', 'have', 'take', 'increase', 'raise', 'keep', 'retain', 'gain'],
    subject: ['@agent'], object: ['obj>nmod:in', 'obj>nmod:of', 'obl:in'],
    requires: [{ path: 'obj', lemmas: STAKE }],
    confidence: 0.75,
  },
  {
    id: 'owns-stake-sold', type: 'OWNS', pos: 'verb',
    triggers: ['sell', 'divest', 'dispose', 'reduce', 'exit', 'transfer'],
    subject: ['@agent'], object: ['obj>nmod:in', 'obj>nmod:of', 'obl:of'],
    requires: [{ path: 'obj', lemmas: STAKE }],
    status: 'ended',
    confidence: 0.7,
  },
  {
    id: 'owns-stake-buyer', type: 'OWNS', pos: 'verb',
    triggers: ['sell', 'transfer'],
    subject: ['obl:to'], object: ['obj>nmod:in', 'obj>nmod:of'],
    requires: [{ path: 'obj', lemmas: STAKE }],
    confidence: 0.65,
  },
  {
    id: 'owns-owner-noun', type: 'OWNS', pos: 'noun',
    triggers: ['owner', 'shareholder', 'stakeholder', 'investor', 'stake'],
    subject: ['@holder', 'nmod:poss'], object: ['nmod:of', 'nmod:in', 'nmod:poss'],
    objectTypes: ['Company', 'Organization'],
    confidence: 0.7,
  },
];
