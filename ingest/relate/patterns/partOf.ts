/**
 * @module PART_OF: a body inside another body. "the Office of Foreign Assets Control of the
 * Department of the Treasury", "the Treasury's Office of ...", "the bureau, part of the ministry".
 * A government body's own state is its country, not a PART_OF end.
 */
import type { PatternInput } from '../pattern.ts';

export const partOf: PatternInput[] = [
  {
    id: 'part-of-named-body', type: 'PART_OF', pos: 'noun',
    triggers: ['office', 'bureau', 'department', 'agency', 'directorate', 'service', 'division', 'unit', 'administration', 'committee', 'institute', 'laboratory', 'lab', 'center', 'centre', 'police', 'command'],
    subject: ['.'], object: ['nmod:of', 'nmod:poss', 'nmod:under', 'nmod:within'],
    subjectTypes: ['Agency', 'Organization'], objectTypes: ['Agency', 'Organization'],
    confidence: 0.7,
  },
  {
    id: 'part-of-noun', type: 'PART_OF', pos: 'noun',
    triggers: ['part', 'arm', 'branch', 'division', 'unit', 'subdivision', 'department', 'bureau', 'office'],
    subject: ['@holder'], object: ['nmod:of', 'nmod:poss', 'nmod:within', 'compound'],
    subjectTypes: ['Agency', 'Organization'], objectTypes: ['Agency', 'Organization'],
    confidence: 0.65,
  },
  {
    id: 'part-of-group-at', type: 'PART_OF', pos: 'noun',
    // A group or a lab described as at a university or a body: "the Citizen Lab, a research group at
    // the University of Toronto".
    triggers: ['group', 'lab', 'laboratory', 'centre', 'center', 'institute', 'team', 'unit', 'project', 'programme', 'program'],
    subject: ['@holder'], object: ['nmod:at'],
    subjectTypes: ['Agency', 'Organization'], objectTypes: ['Agency', 'Organization'],
    confidence: 0.65,
  },
  {
    id: 'part-of-answers-to', type: 'PART_OF', pos: 'verb',
    triggers: ['answer', 'report', 'operate', 'subordinate', 'function', 'work'],
    // A body that answers, reports or works under another: "The Delhi Police, which answers to the
    // Union Ministry of Home Affairs", "The National Cyber Security Centre (NKSC), which operates under
    // the Ministry of National Defence", "which is subordinate to the city's Department of Transport".
    subject: ['nsubj'], object: ['obl:to', 'obl:under', 'obl:under>nmod:of', 'obl:within'],
    subjectTypes: ['Agency', 'Organization'], objectTypes: ['Agency', 'Organization'],
    confidence: 0.65,
  },
];
