/**
 * @module OWNS: shareholder to company. "Y owns X", "X is controlled by Y", "Y holds a stake in X",
 * the shareholder nouns ("Y is the majority shareholder of X", "X, whose largest shareholder is Y",
 * "Y, the owner of X"); a stake sold is ownership ended.
 */
import type { PatternInput } from '../pattern.ts';

const STAKE = ['stake', 'share', 'shares', 'interest', 'holding', 'shareholding', 'control', 'ownership', 'equity', 'percent', 'cent', '%'];

/** What is controlled that is not a company: markets, exports, a territory. */
const NOT_HOLDINGS = ['market', 'export', 'access', 'price', 'territory', 'area', 'region', 'border', 'flow', 'supply', 'data'];

export const owns: PatternInput[] = [
  {
    id: 'owns-verb', type: 'OWNS', pos: 'verb',
    triggers: ['own', 'control', 'co-own'],
    subject: ['@agent'], object: ['@patient', 'iobj'],
    forbids: [{ path: '@patient', lemmas: NOT_HOLDINGS }],
    confidence: 0.75,
  },
  {
    id: 'owns-stake-held', type: 'OWNS', pos: 'verb',
    triggers: ['hold', 'have', 'own', 'keep', 'retain', 'take', 'acquire', 'buy', 'purchase'],
    subject: ['@agent'], object: ['obj>nmod:in', 'obj>nmod:of', 'obl:in'],
    requires: [{ path: 'obj', lemmas: STAKE }],
    // A stake is held in a company; "the Government of Kenya 35 per cent", gapped after a stake, is a second holder.
    objectTypes: ['Company', 'Organization'],
    confidence: 0.75,
  },
  {
    id: 'owns-shareholder-noun', type: 'OWNS', pos: 'noun',
    triggers: ['shareholder', 'owner', 'stakeholder', 'co-owner', 'stockholder'],
    // "Fu Liquan, who remains its largest shareholder": the one who remains or becomes it.
    subject: ['nsubj', 'nsubj:xsubj', '^nsubj', '^appos', 'appos', '^xcomp>nsubj', '^xcomp>nsubj>appos'], object: ['nmod:of', 'nmod:in', 'nmod:poss'],
    confidence: 0.75,
  },
  {
    id: 'owns-counted-among', type: 'OWNS', pos: 'verb',
    triggers: ['count', 'include', 'list', 'number'],
    // "NtechLab counts RT-Business Development, a unit of state corporation Rostec, among its
    // shareholders", "The firm counts state conglomerate Rostec and billionaire Roman Abramovich among
    // its investors" (the parser makes the first name a modifier of the second).
    subject: ['obj', 'obj>compound', 'obj>dep'], object: ['nsubj', 'obl:among>nmod:poss'],
    requires: [{ path: 'obl:among', lemmas: ['shareholder', 'investor', 'owner', 'backer', 'stakeholder', 'co-owner'] }],
    objectTypes: ['Company'],
    confidence: 0.7,
  },
  {
    id: 'owns-company-bought', type: 'OWNS', pos: 'verb',
    triggers: ['acquire', 'buy', 'purchase'],
    // A company bought whole is owned by its buyer: "In 2018 it acquired Avigilon Corporation",
    // "VisionLabs agreed to be acquired by Intema", "Sun Corporation, the Japanese company that bought
    // Cellebrite in 2007". A stake bought is owns-stake-held's.
    subject: ['@agent'], object: ['@patient'],
    forbids: [{ path: 'obj', lemmas: STAKE }],
    subjectTypes: ['Company', 'Organization', 'Person'], objectTypes: ['Company'],
    confidence: 0.7,
  },
  {
    id: 'owns-stake-sold', type: 'OWNS', pos: 'verb',
    triggers: ['sell', 'divest', 'dispose', 'reduce', 'exit', 'transfer'],
    subject: ['@agent'], object: ['obj>nmod:in', 'obj>nmod:of', 'obl:of'],
    requires: [{ path: 'obj', lemmas: STAKE }],
    status: 'ended',
    confidence: 0.7,
  },
];
