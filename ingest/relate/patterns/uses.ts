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
];
