/**
 * @module DEVELOPS: who builds a product, technology or system.
 */
import type { PatternInput } from '../pattern.ts';

export const develops: PatternInput[] = [
  {
    id: 'develops-verb', type: 'DEVELOPS', pos: 'verb',
    triggers: ['develop', 'design', 'create', 'make', 'produce', 'engineer', 'invent', 'launch', 'release', 'unveil', 'market', 'manufacture', 'write', 'train', 'pioneer'],
    subject: ['@agent'], object: ['@patient', 'obj>compound', 'obj>amod', 'obj>nmod:for', 'obj>nmod:of'],
    objectTypes: ['Product', 'Technology', 'Program'],
    confidence: 0.7,
  },
  {
    id: 'develops-noun', type: 'DEVELOPS', pos: 'noun',
    triggers: ['developer', 'maker', 'designer', 'creator', 'manufacturer', 'producer', 'specialist', 'pioneer', 'provider', 'supplier', 'vendor', 'builder'],
    subject: ['@holder'], object: ['nmod:of', 'compound', 'amod', 'nmod:of>compound', 'nmod:of>amod', 'nmod:in'],
    objectTypes: ['Product', 'Technology'],
    confidence: 0.65,
  },
  {
    id: 'develops-possessive-product', type: 'DEVELOPS', pos: 'noun',
    triggers: ['platform', 'system', 'software', 'engine', 'algorithm', 'product', 'technology', 'camera', 'app', 'application', 'tool', 'solution'],
    subject: ['nmod:poss', 'nmod:by', 'nmod:from'], object: ['.', 'compound', 'appos'],
    subjectTypes: ['Company', 'Organization'], objectTypes: ['Product', 'Technology'],
    confidence: 0.6,
  },
  {
    id: 'develops-possessive-name', type: 'DEVELOPS', pos: 'name', triggers: ['*'], triggerTypes: ['Product'],
    // A product named with its maker's possessive or "of": "NtechLab's FindFace", "NEC's NeoFace Live
    // system", "the LUNA Platform of VisionLabs".
    subject: ['nmod:poss', 'nmod:of', '^compound>nmod:poss', '^compound>nmod:of'], object: ['.'],
    subjectTypes: ['Company', 'Organization'], objectTypes: ['Product'],
    confidence: 0.6,
  },
];
