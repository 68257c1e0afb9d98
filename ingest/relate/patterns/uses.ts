/**
 * @module USES: a customer or program uses a technology or product (no vendor named).
 */
import type { PatternInput } from '../pattern.ts';

export const uses: PatternInput[] = [
  {
    id: 'uses-verb', type: 'USES', pos: 'verb',
    triggers: ['use', 'employ', 'utilize', 'utilise', 'deploy', 'adopt', 'apply', 'rely', 'depend', 'integrate', 'incorporate', 'test', 'pilot', 'trial'],
    subject: ['@agent'], object: ['@patient', 'obl:on', 'obj>compound', 'obj>amod', 'obl:on>compound'],
    objectTypes: ['Technology', 'Product', 'Program'],
    confidence: 0.65,
  },
  {
    id: 'uses-used-in', type: 'USES', pos: 'verb',
    triggers: ['use', 'deploy', 'implement', 'introduce', 'roll', 'employ', 'install'],
    // The user as where a technology is put to use: "the platform is used in the Republican Public
    // Safety Monitoring System", "the facial recognition system, widely implemented in the capital".
    subject: ['obl:in', 'obl:across', 'obl:throughout'], object: ['@patient', '^dep'],
    // With a doer named ("used by the police in Xinjiang", "for Huawei to install CCTV in Kampala"),
    // the place is only where, and the doer is the user or the installer.
    forbids: [{ path: '@agent', types: ['Company', 'Agency', 'Organization', 'State', 'Place', 'Person'] }],
    // A programme put in place somewhere is run there, not used (operates.ts).
    subjectTypes: ['State', 'Place', 'Agency', 'Program'], objectTypes: ['Technology', 'Product'],
    confidence: 0.6,
  },
  {
    id: 'uses-goods-with', type: 'USES', pos: 'noun',
    // What a programme's cameras or software can do: "335 cameras with facial recognition", "body
    // cameras fitted with facial-recognition software". The programme is the one named with the goods,
    // else the one the text is about.
    triggers: ['camera', 'software', 'analytics'],
    subject: ['nmod:of', '^appos'], object: ['nmod:with', 'acl>obl:with'],
    subjectTypes: ['Program'], objectTypes: ['Technology'],
    fill: { end: 'subject', from: 'programme' },
    confidence: 0.6,
  },
  {
    id: 'uses-goods-perform', type: 'USES', pos: 'verb',
    // "The cameras carry facial-recognition software", "The platform's analytics support facial recognition",
    // "The cameras use number-plate recognition".
    triggers: ['carry', 'perform', 'support', 'feature', 'offer', 'run', 'provide', 'enable', 'use'],
    subject: ['nsubj>nmod:poss', 'nsubj>nmod:of'], object: ['obj', 'obj>compound', 'obj>amod'],
    requires: [{ path: 'nsubj', lemmas: ['camera', 'software', 'analytics', 'platform', 'system', 'equipment', 'device'] }],
    subjectTypes: ['Program'], objectTypes: ['Technology'],
    fill: { end: 'subject', from: 'programme' },
    confidence: 0.6,
  },
  {
    id: 'uses-use-noun', type: 'USES', pos: 'noun',
    triggers: ['use', 'deployment', 'adoption'],
    // "the use of automated facial recognition (AFR) by South Wales Police", "the force's use of
    // NeoFace". A use banned or halted is no use (restricts.ts reads the ban).
    subject: ['nmod:by', 'nmod:agent', 'nmod:poss', 'nmod:of>nmod:by'], object: ['nmod:of', 'nmod:of>compound', 'nmod:of>amod'],
    forbids: [{ path: '^obj', lemmas: ['ban', 'prohibit', 'bar', 'outlaw', 'forbid', 'restrict', 'halt', 'suspend', 'stop', 'end', 'limit', 'pause'] },
      { path: '^nmod:on', lemmas: ['ban', 'moratorium', 'prohibition', 'limit', 'restriction'] }],
    subjectTypes: ['State', 'Place', 'Agency', 'Organization', 'Company', 'Program'], objectTypes: ['Technology', 'Product', 'Program'],
    confidence: 0.6,
  },
];
