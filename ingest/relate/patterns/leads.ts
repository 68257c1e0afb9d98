/**
 * @module LEADS: a person heads an organisation, a state, a place or a program. Titles ("X, chief
 * executive of Y", "Y's director X", "Y chairman X") and verbs ("X heads Y", "X serves as director of Y").
 */
import type { PatternInput } from '../pattern.ts';

export const TITLES = [
  'ceo', 'president', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'chief', 'leader', 'minister',
  'secretary', 'governor', 'mayor', 'commander', 'manager', 'boss', 'premier', 'chancellor', 'commissioner',
  'administrator', 'superintendent', 'prosecutor', 'rector', 'dean', 'akim', 'general',
];

/** Words that make a title one below the head, or another office: a press secretary speaks for the body. */
export const SECOND = ['deputy', 'vice', 'assistant', 'under', 'associate', 'senior', 'press'];

/** Parts of a body a person may head without heading the body. */
const UNITS = ['department', 'practice', 'division', 'unit', 'team', 'section', 'desk', 'office', 'branch', 'service', 'operations', 'business', 'lab', 'laboratory', 'group', 'wing', 'centre', 'center'];

export const leads: PatternInput[] = [
  {
    id: 'leads-title', type: 'LEADS', pos: 'noun',
    triggers: TITLES,
    subject: ['@holder', '^compound', '^nsubj', 'appos', '^conj:*>^appos'], object: ['nmod:of', 'nmod:poss', 'compound', 'nmod:at', 'nmod:for', '^compound>compound'],
    // A deputy, an assistant or an under-secretary serves under the head ("Under Secretary of the
    // Treasury Brian Nelson"), also when the parser hangs "Deputy" on the title's first word ("Deputy
    // Party Secretary"); a plain executive is one of many ("a VisionLabs executive"). The head of a
    // part of a body heads the part, not the body: "head of legal practice at RosKomSvoboda", "head of
    // Protei's SORM department".
    forbids: [{ path: 'amod', lemmas: SECOND }, { path: 'compound', lemmas: SECOND }, { path: 'compound>compound', lemmas: SECOND }, { path: 'nmod:of', lemmas: UNITS, unnamed: true }],
    subjectTypes: ['Person'], objectInOrder: true,
    confidence: 0.75,
  },
  {
    id: 'leads-chief-executive', type: 'LEADS', pos: 'noun',
    triggers: ['executive'],
    // "chief executive" heads a company; "a VisionLabs executive" is one of its managers. "Axon's
    // founder and chief executive": the company is the first title's, and so is the name set beside
    // it ("its founder and chief executive, Eugene Kaspersky").
    subject: ['@holder', '^compound', '^nsubj', 'appos', '^conj:*>^appos', '^conj:*>appos'], object: ['nmod:of', 'nmod:poss', 'compound', 'nmod:at', '^compound>compound', '^conj:*>nmod:poss'],
    requires: [{ path: 'amod', lemmas: ['chief'] }],
    // A chief executive heads a company or an organisation, not the body a sentence names doing something to it.
    subjectTypes: ['Person'], objectTypes: ['Company', 'Organization', 'Program'], objectInOrder: true,
    confidence: 0.75,
  },
  {
    id: 'leads-title-under', type: 'LEADS', pos: 'noun',
    triggers: ['president', 'governor', 'mayor', 'premier', 'minister', 'chancellor'],
    // A state or place doing something under its head: "Under President Rafael Correa, Ecuador hired
    // CEIEC", "Jujuy ... began buying a Chinese-built security system under Governor Gerardo Morales".
    subject: ['^compound'], object: ['^compound>^obl:under>nsubj'],
    forbids: [{ path: 'amod', lemmas: SECOND }, { path: 'compound', lemmas: SECOND }],
    subjectTypes: ['Person'], objectTypes: ['State', 'Place'],
    confidence: 0.65,
  },
  {
    id: 'leads-verb', type: 'LEADS', pos: 'verb',
    triggers: ['lead', 'head', 'run', 'chair', 'direct', 'manage', 'oversee', 'command', 'govern', 'preside'],
    subject: ['@agent'], object: ['@patient', 'obl:over'],
    subjectTypes: ['Person'],
    confidence: 0.7,
  },
];
