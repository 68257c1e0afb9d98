/**
 * @module RESTRICTS: bans, procurement prohibitions and blocking, by a law, a state or an agency.
 */
import type { PatternInput } from '../pattern.ts';

/** Dealings a buyer may be barred from, which make the other side of the deal the one restricted. */
const DEALINGS = ['buy', 'purchase', 'procure', 'contract', 'invest', 'acquire', 'deal', 'import', 'trade', 'source', 'do', 'use'];

export const restricts: PatternInput[] = [
  {
    id: 'restricts-verb', type: 'RESTRICTS', pos: 'verb',
    triggers: ['ban', 'bar', 'prohibit', 'restrict', 'block', 'exclude', 'forbid', 'outlaw', 'remove', 'rip', 'strip', 'phase', 'suspend', 'halt', 'stop', 'limit'],
    // With no one named, the country a thing is blocked in blocks it: "services such as Google are
    // blocked in China".
    subject: ['@agent', 'obl:in'], subjectInOrder: true,
    object: ['@patient', 'nsubj:pass>nmod:such_as',  'xcomp>obl:by', 'xcomp>obl:agent', 'advcl:*>obj', 'advcl:*>obj>compound', 'advcl:*>obj>nmod:from', 'advcl:*>obj>acl>obl:by', 'obl:from>acl>obl:by', 'obl:from>acl>obl:agent', 'obl:from>nmod:from', 'obl:from>nmod:of', 'obj>nmod:from', 'obj>nmod:by', 'obj>acl>obl:by', 'obj>acl>obl:agent', 'obj>nmod:of', 'obl:from>obj>nmod:from', 'obj>compound', 'nsubj:pass>compound',
      // What may no longer be bought or approved, and from whom: "prohibited from buying Hikvision products",
      // "stopped authorising new equipment from the five firms".
      'obl:from>obj>compound', 'obl:from>obj>nmod:poss', 'xcomp>obl:from', 'xcomp>obj>nmod:from', 'xcomp>obj>compound',
      // Whose goods may no longer be approved or sold: "banned authorisations of new Hikvision and Dahua
      // equipment", "prohibited new authorisations of its equipment".
      'obj>nmod:of>compound', 'obj>nmod:of>nmod:poss', 'obj>nmod:of>acl>obl:by'],
    objectTypes: ['Company', 'Product', 'Technology', 'Person'],
    // A buyer barred from dealing with a vendor is not the one restricted (restricts-from-dealing).
    forbids: [{ path: '@from', lemmas: DEALINGS }],
    status: 'banned',
    confidence: 0.75,
  },
  {
    id: 'restricts-from-dealing', type: 'RESTRICTS', pos: 'verb',
    triggers: ['ban', 'bar', 'prohibit', 'forbid', 'block', 'restrict', 'stop', 'preclude'],
    // Whom buyers are barred from buying from, contracting with or investing in: "Section 805 will
    // prohibit DoD from contracting with listed firms such as Hikvision and Dahua", "Executive Order
    // 14032 prohibits Americans from investing in the securities of both Hikvision and CETC", "the
    // NDAA had already barred federal agencies from buying their equipment".
    subject: ['@agent'],
    object: ['@from>obl:with', '@from>obl:in>nmod:of', '@from>obl:in', '@from>obj', '@from>obj>compound', '@from>obj>nmod:poss', '@from>obj>nmod:from', '@from>obl:from', '@from>obj>nmod:of'],
    requires: [{ path: '@from', lemmas: DEALINGS }],
    objectTypes: ['Company', 'Product'],
    status: 'banned',
    confidence: 0.7,
  },
  {
    id: 'restricts-ordered-to-stop', type: 'RESTRICTS', pos: 'verb',
    triggers: ['order', 'tell', 'instruct', 'direct', 'require', 'force', 'compel'],
    // An order to stop: "the Government of Canada has ordered Hikvision Canada Inc. to cease all of its
    // operations", "ordered it to stop processing UK residents' data"; or what may no longer be put in:
    // "departments were told to stop installing Chinese-made cameras".
    // Whose goods those are: "told its departments to stop installing cameras from Chinese makers such as Hikvision".
    subject: ['@agent'], object: ['obj', 'nsubj:pass', 'xcomp>xcomp>obj', 'xcomp>obj', 'xcomp>xcomp>obj>nmod:from', 'xcomp>xcomp>obj>nmod:from>nmod:such_as',
      'xcomp>xcomp>obj>compound', 'xcomp>xcomp>obj>acl>obl:by', 'xcomp>obj>nmod:from', 'xcomp>obj>nmod:from>nmod:such_as', 'xcomp>obj>compound', 'xcomp>obj>acl>obl:by'],
    requires: [{ path: 'xcomp', lemmas: ['stop', 'cease', 'end', 'close', 'halt', 'suspend', 'delete', 'remove', 'withdraw', 'wind', 'exit', 'divest', 'leave'] }],
    objectTypes: ['Company', 'Product', 'Technology', 'Person'],
    status: 'banned',
    confidence: 0.7,
  },
  {
    id: 'restricts-designated-under', type: 'RESTRICTS', pos: 'verb',
    triggers: ['designate', 'list', 'add', 'place', 'put', 'sanction', 'block', 'name', 'target', 'identify'],
    // The order a designation is made under restricts the one designated: "OFAC designated CEIEC under
    // Executive Order 13692", "placed CloudWalk on its list ... under Executive Order 14032", "blocked
    // the company's assets under Executive Order 14024".
    subject: ['obl:under', 'obl:pursuant_to'],
    object: ['@patient', 'obj>nmod:poss'],
    subjectTypes: ['Law'], objectTypes: ['Company', 'Person', 'Organization', 'Agency'],
    status: 'banned',
    confidence: 0.7,
  },
  {
    id: 'restricts-named-in', type: 'RESTRICTS', pos: 'verb',
    triggers: ['name', 'list', 'identify', 'specify', 'single'],
    // A law naming whom it bars: "Hytera is one of the five Chinese companies named in Section 889 of
    // the ... Act", "Hytera, Hikvision and Dahua were named in Section 889(f)(3) of the ... Act".
    subject: ['obl:in', 'obl:by'], object: ['nsubj:pass', '^acl>nsubj', '^acl'],
    subjectTypes: ['Law'], objectTypes: ['Company', 'Person', 'Product'],
    status: 'banned',
    confidence: 0.65,
  },
];
