/**
 * @module SANCTIONS: sanctions, Entity List and other designations, naming who designates. The order
 * or list, when the sentence names one, goes into the evidence's detail.
 */
import type { PatternInput } from '../pattern.ts';

/** What a body may be named as without being designated: the one who built, supplied or ran something. */
const ROLES = ['builder', 'supplier', 'contractor', 'developer', 'maker', 'manufacturer', 'provider', 'vendor', 'operator', 'partner', 'source', 'owner', 'author', 'winner', 'designer', 'creator', 'leader'];

export const sanctions: PatternInput[] = [
  {
    id: 'sanctions-verb', type: 'SANCTIONS', pos: 'verb',
    triggers: ['sanction', 'designate', 'blacklist', 'penalize', 'penalise', 'fine', 'identify', 'target'],
    // "fined the company GBP 7,552,800": the one fined is the first object of two. Names designated
    // with it: "designated the XPSB ..., together with Chen Quanguo, Zhu Hailun and ...".
    subject: ['@agent'], object: ['@patient', 'iobj', 'obl:together_with', 'obl:along_with'],
    // Named to do something or as the one who did it is no designation: "the ministry had designated
    // the firm to run a key laboratory", "had identified CETC as the builder of the platform".
    forbids: [{ path: 'xcomp>mark', lemmas: ['to'] }, { path: 'obl:as', lemmas: ROLES }],
    subjectTypes: ['State', 'Agency', 'Organization'],
    objectTypes: ['Company', 'Person', 'Agency', 'Organization'],
    confidence: 0.8,
  },
  {
    id: 'sanctions-listed', type: 'SANCTIONS', pos: 'verb',
    triggers: ['add', 'place', 'put', 'include', 'list', 'name', 'move', 'enter'],
    // Names listed with the one designated ("placed YITU on the list together with Hikvision, Dahua"), or
    // after a colon ("added four companies to the Entity List: NSO Group and Candiru, ...").
    // With no agent, the owner of the list designates: "was placed on the Commerce Department's Entity List".
    // A list unnamed is one when it is a blacklist or a sanctions list: "added Alexander Shatrov ... to its
    // Belarus sanctions list", two spyware vendors put on a trade blacklist.
    subject: ['@agent', '@placement>nmod:poss'], object: ['@patient', 'obl:together_with', 'obl:along_with', 'obl:alongside', 'parataxis'],
    requires: [{ path: '@placementWords', types: ['Law'], lemmas: ['blacklist', 'sanction', 'sanctions'] }],
    // Put under sanctions rather than on a list is sanctions-placed-under's, with the state whose sanctions they are.
    forbids: [{ path: 'obl:under', lemmas: ['sanction', 'sanctions', 'regime', 'embargo'] }],
    subjectTypes: ['State', 'Agency', 'Organization'], subjectInOrder: true,
    objectTypes: ['Company', 'Person', 'Agency', 'Organization'],
    confidence: 0.8,
  },
  {
    id: 'sanctions-decided-to-add', type: 'SANCTIONS', pos: 'verb',
    triggers: ['add'],
    // The body that decides additions to a list, the list left unnamed because the notice is about it:
    // "the ERC decided to add the XUAR People's Government Public Security Bureau", "The ERC determined
    // to add NSO Group, of Herzliya, Israel, and Candiru".
    subject: ['@agent'], object: ['obj', 'obj>dep', 'obl:together_with', 'obl:along_with'],
    requires: [{ path: '^xcomp', lemmas: ['decide', 'determine', 'agree', 'vote'] }],
    subjectTypes: ['State', 'Agency', 'Organization'],
    objectTypes: ['Company', 'Person', 'Agency', 'Organization'],
    confidence: 0.7,
  },
  {
    id: 'sanctions-body-added', type: 'SANCTIONS', pos: 'verb',
    // A government body adding names, the list left unsaid because the notice is about it: "the
    // Bureau of Industry and Security (BIS) added Intellexa S.A., Intellexa Limited, Cytrox AD and
    // Cytrox Holdings Zrt.", "BIS added ZTE and three affiliates". Added to something else is not this.
    triggers: ['add'],
    subject: ['@agent'], object: ['obj', 'obj>compound', 'obj>dep', 'obl:together_with', 'obl:along_with'],
    forbids: [{ path: 'obl:to' }, { path: 'obl:*', lemmas: ['portfolio', 'network', 'platform', 'system', 'board', 'team', 'partner'] }],
    subjectTypes: ['Agency'],
    objectTypes: ['Company', 'Person', 'Agency', 'Organization'],
    confidence: 0.7,
  },
  {
    id: 'sanctions-imposed-on', type: 'SANCTIONS', pos: 'verb',
    triggers: ['impose', 'levy', 'announce', 'slap', 'apply', 'extend'],
    subject: ['@agent'], object: ['obl:on', 'obj>nmod:on', 'obl:against', 'obj>nmod:against'],
    requires: [{ path: 'obj', lemmas: ['sanction', 'sanctions', 'penalty', 'penalties', 'restriction', 'restrictions', 'fine', 'measure', 'measures', 'designation'] }],
    subjectTypes: ['State', 'Agency', 'Organization'],
    confidence: 0.8,
  },
  {
    id: 'sanctions-lists', type: 'SANCTIONS', pos: 'verb',
    // A government body listing someone, no list named: "the Council of the European Union listed
    // Synesis under Implementing Regulation ...", "BIS also listed eight commercial companies:
    // Hangzhou Hikvision ...; Zhejiang Dahua ...". A body, not a report or a company, lists this way.
    triggers: ['list', 'blacklist'],
    subject: ['@agent'], object: ['obj', 'obj>dep', 'obl:together_with', 'obl:along_with', 'obl:alongside'],
    forbids: [{ path: 'obl:*', lemmas: ['exchange', 'market', 'board', 'index'] }, { path: 'obl:among', lemmas: ['client', 'customer', 'partner', 'supplier'] }],
    subjectTypes: ['State', 'Agency'],
    objectTypes: ['Company', 'Person', 'Agency', 'Organization'],
    confidence: 0.75,
  },
  {
    id: 'sanctions-listed-passive', type: 'SANCTIONS', pos: 'verb',
    // "Businessman Alexei Oleksin was also listed", "X was listed the same day": by the body named,
    // else the one the text has designating. A listing on an exchange is not a designation.
    triggers: ['list', 'blacklist'],
    subject: ['@agent'], object: ['nsubj:pass'],
    requires: [{ path: 'aux:pass', lemmas: ['be', 'get'] }],
    forbids: [{ path: 'obl:*', types: ['Place', 'State', 'Organization', 'Company'] }, { path: 'obl:*', lemmas: ['exchange', 'market', 'board', 'index'] }],
    subjectTypes: ['State', 'Agency', 'Organization'],
    objectTypes: ['Company', 'Person', 'Agency', 'Organization'],
    confidence: 0.7,
  },
  {
    id: 'sanctions-placed-under', type: 'SANCTIONS', pos: 'verb',
    // Put under sanctions rather than on a named list: "the US Treasury placed CEIEC under sanctions",
    // "the Council listed the company under its global human rights sanctions regime alongside ...".
    triggers: ['place', 'put', 'bring', 'list', 'add', 'include'],
    // With no one named doing it, the state whose sanctions they are: "were placed under UK sanctions".
    subject: ['@agent', 'obl:under>compound', 'obl:under>amod'], subjectInOrder: true,
    object: ['@patient', 'obl:together_with', 'obl:along_with', 'obl:alongside'],
    requires: [{ path: 'obl:under', lemmas: ['sanction', 'sanctions', 'regime', 'embargo'] }],
    subjectTypes: ['State', 'Agency', 'Organization'],
    objectTypes: ['Company', 'Person', 'Agency', 'Organization'],
    confidence: 0.75,
  },
  {
    id: 'sanctions-named-military-company', type: 'SANCTIONS', pos: 'verb',
    // The Pentagon's list of Chinese military companies, said as a naming: "The Department of Defense
    // named DJI a 'Chinese military company'", "named Inspur as a Chinese military company".
    triggers: ['name', 'designate', 'list', 'identify', 'label', 'add'],
    subject: ['@agent'], object: ['obj', 'iobj', 'xcomp>nsubj'],
    requires: [{ path: '@predicate>amod', lemmas: ['military'] }],
    subjectTypes: ['State', 'Agency', 'Organization'],
    objectTypes: ['Company', 'Organization'],
    confidence: 0.75,
  },
  {
    id: 'sanctions-those-listed', type: 'SANCTIONS', pos: 'verb',
    // Who the listed are, said with "are": "The listed parties are the XUAR People's Government Public
    // Security Bureau, ... and eight companies: ...", "The government bodies added are ...". By the body
    // named, else the one the notice has designating.
    triggers: ['list', 'add', 'designate', 'sanction', 'name'],
    subject: ['@agent'], object: ['@described>^nsubj'],
    requires: [{ path: '@described>^nsubj>cop', lemmas: ['be'] }, { path: '@described', lemmas: ['party', 'entity', 'company', 'organization', 'organisation', 'body', 'person', 'individual', 'firm', 'agency'] }],
    fill: { end: 'subject', from: 'issuer' },
    subjectTypes: ['State', 'Agency', 'Organization'],
    objectTypes: ['Company', 'Person', 'Agency', 'Organization'],
    confidence: 0.7,
  },
  {
    id: 'sanctions-on-list', type: 'SANCTIONS', pos: 'noun',
    // Being on a body's list: "Dahua has been on the U.S. Commerce Department's Entity List since
    // October 2019". The list's owner designates.
    triggers: ['list'],
    subject: ['nmod:poss'], object: ['nsubj'],
    requires: [{ path: '.', types: ['Law'] }, { path: 'case', lemmas: ['on'] }, { path: 'cop', lemmas: ['be', 'remain', 'stay'] }],
    subjectTypes: ['State', 'Agency', 'Organization'],
    objectTypes: ['Company', 'Person', 'Agency', 'Organization'],
    confidence: 0.7,
  },
];
