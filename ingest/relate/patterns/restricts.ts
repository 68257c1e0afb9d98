/**
 * @module RESTRICTS: bans, procurement prohibitions and blocking, by a law, a state or an agency.
 */
import type { PatternInput } from '../pattern.ts';

export const restricts: PatternInput[] = [
  {
    id: 'restricts-verb', type: 'RESTRICTS', pos: 'verb',
    triggers: ['ban', 'bar', 'prohibit', 'restrict', 'block', 'exclude', 'forbid', 'outlaw', 'remove', 'rip', 'strip', 'phase', 'suspend', 'halt', 'stop', 'limit'],
    subject: ['@agent'],
    object: ['@patient', 'xcomp>obl:by', 'xcomp>obl:agent', 'advcl:*>obj', 'advcl:*>obj>compound', 'advcl:*>obj>nmod:from', 'advcl:*>obj>acl>obl:by', 'obl:from>acl>obl:by', 'obl:from>acl>obl:agent', 'obl:from>nmod:from', 'obl:from>nmod:of', 'obj>nmod:from', 'obj>nmod:by', 'obj>acl>obl:by', 'obj>acl>obl:agent', 'obj>nmod:of', 'obl:from>obj>nmod:from', 'obj>compound', 'nsubj:pass>compound'],
    objectTypes: ['Company', 'Product', 'Technology', 'Person'],
    status: 'banned',
    confidence: 0.75,
  },
  {
    id: 'restricts-noun', type: 'RESTRICTS', pos: 'noun',
    triggers: ['ban', 'prohibition', 'restriction', 'embargo', 'removal', 'exclusion', 'moratorium'],
    subject: ['nmod:poss', '^obj>nsubj', '^obj>obl:agent', 'nmod:by', 'compound'],
    object: ['nmod:on', 'nmod:of', 'nmod:against', 'nmod:on>compound', 'nmod:of>compound', 'nmod:on>nmod:from', 'nmod:on>acl>obl:by'],
    objectTypes: ['Company', 'Product', 'Technology', 'Person'],
    status: 'banned',
    confidence: 0.7,
  },
  {
    id: 'restricts-covered-by', type: 'RESTRICTS', pos: 'verb',
    triggers: ['cover', 'apply', 'target', 'name', 'list', 'include', 'capture'],
    subject: ['@agent'], object: ['@patient', 'obl:to'],
    subjectTypes: ['Law'], objectTypes: ['Company', 'Product', 'Technology'],
    confidence: 0.6,
  },
];
