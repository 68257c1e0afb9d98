/**
 * @module OWNS: shareholder to company. "Y owns X", "Y acquired X", "Y holds a stake in X", "X is
 * owned by Y", "X's owner Y"; a stake sold is ownership ended.
 */
import type { PatternInput } from '../pattern.ts';

const STAKE = ['stake', 'share', 'shares', 'interest', 'holding', 'control', 'ownership', 'equity', 'percent', '%'];

export const owns: PatternInput[] = [
  {
    id: 'owns-stake-sold', type: 'OWNS', pos: 'verb',
    triggers: ['sell', 'divest', 'dispose', 'reduce', 'exit', 'transfer'],
    subject: ['@agent'], object: ['obj>nmod:in', 'obj>nmod:of', 'obl:of'],
    requires: [{ path: 'obj', lemmas: STAKE }],
    status: 'ended',
    confidence: 0.7,
  },
];
