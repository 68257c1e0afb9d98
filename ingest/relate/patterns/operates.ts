/**
 * @module OPERATES: who runs a program, system or technology.
 */
import type { PatternInput } from '../pattern.ts';

export const operates: PatternInput[] = [
  {
    id: 'operates-verb', type: 'OPERATES', pos: 'verb',
    triggers: ['operate', 'run', 'manage', 'launch', 'roll', 'introduce', 'maintain', 'administer', 'implement', 'oversee', 'control', 'host'],
    subject: ['@agent'], object: ['@patient'],
    // A company that launches or runs a product is its maker or seller ("SenseTime introduced
    // SenseNova"; NSO says its customers, not NSO, operate Pegasus): a company is read as running a
    // programme only where a line names it the operator (readInfobox).
    subjectTypes: ['State', 'Place', 'Agency', 'Organization', 'Person', 'Program'],
    objectTypes: ['Program', 'Technology', 'Product'],
    confidence: 0.7,
  },
  {
    id: 'operates-program-of', type: 'OPERATES', pos: 'noun',
    triggers: ['system', 'program', 'programme', 'project', 'platform', 'network', 'initiative'],
    subject: ['nmod:poss', 'nmod:of', 'compound'], object: ['.'],
    subjectTypes: ['State', 'Place', 'Agency'], objectTypes: ['Program', 'Product'],
    confidence: 0.6,
  },
];
