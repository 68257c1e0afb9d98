/**
 * @module FUNDS: money lent, granted or invested. The lender funds the borrower, whichever side the sentence
 * starts from: "MT borrowed US$73.7 million from the Export-Import Bank of China", "China Development
 * Bank agreed a US$40 million loan to Uzbektelecom".
 */
import type { PatternInput } from '../pattern.ts';

const MONEY = ['loan', 'loans', 'credit', 'credits', 'financing', 'finance', 'funding', 'funds', 'money', 'investment', 'grant', 'grants', 'capital', 'million', 'billion', '$', 'us$', 'usd', 'yuan', 'rmb', 'euro', 'euros', 'rouble', 'roubles', 'peso', 'pesos'];

export const funds: PatternInput[] = [
  {
    id: 'funds-borrowed-from', type: 'FUNDS', pos: 'verb',
    // The borrower takes the money "from" the lender: "the province took a US$24.1 million loan from BBVA".
    triggers: ['borrow', 'take', 'obtain', 'secure', 'receive', 'raise', 'get'],
    // "from the Hong Kong branch of Banco Bilbao Vizcaya Argentaria": the branch's bank lends.
    subject: ['obl:from', 'obj>nmod:from', 'obl:from>nmod:of', 'obj>nmod:from>nmod:of'], subjectInOrder: true, object: ['@agent'],
    requires: [{ path: 'obj', lemmas: MONEY }],
    confidence: 0.7,
  },
  {
    id: 'funds-lent-to', type: 'FUNDS', pos: 'verb',
    // "China Development Bank agreed a US$40 million loan to Uzbektelecom", "Exim lent Ecuador US$...".
    triggers: ['lend', 'loan', 'grant', 'extend', 'agree', 'provide', 'give', 'offer', 'approve', 'promise', 'advance'],
    // Not "for": "a package agreed for the Belt and Road Forum" names an occasion, not a borrower.
    subject: ['@agent'], object: ['obl:to', 'obj>nmod:to', 'iobj'],
    requires: [{ path: 'obj', lemmas: MONEY }],
    confidence: 0.7,
  },
  {
    id: 'funds-round-led', type: 'FUNDS', pos: 'verb',
    // An investor leading a funding round funds who raised it: "it co-led a funding round in Dedrone",
    // "AnyVision raised US$74 million in a round led by DFJ Growth"; with no one named raising it, the
    // company the page is about ("A US$600 million round in 2018 was led by Alibaba Group").
    triggers: ['lead', 'co-lead', 'colead'],
    subject: ['@agent'], object: ['^acl>^obl:in>nsubj', 'obj>nmod:in', 'obj>nmod:for', 'nsubj:pass>nmod:in', 'nsubj:pass>nmod:for'],
    fill: { end: 'object', from: 'topic' },
    requires: [{ path: '@patient', lemmas: ['round'] }],
    confidence: 0.7,
  },
  {
    id: 'funds-paid-by-loan', type: 'FUNDS', pos: 'noun',
    // What a loan or grant paid for, the lender named on the money: "It is financed through a
    // concessional loan from the Export-Import Bank of China", "Its cost was covered by a loan from the
    // Chinese government", "Payment was to come from a buyer's credit extended by China Eximbank". What
    // was paid for is the programme named with the cost, else the one the text is about.
    triggers: ['loan', 'credit', 'grant', 'financing', 'funding'],
    subject: ['nmod:from', 'acl>obl:agent', 'acl>obl:by', 'amod', 'nmod:poss'],
    object: ['^obl:*>nsubj:pass', '^obl:*>nsubj:pass>nmod:poss', '^obl:*>nsubj:pass>nmod:of', '^obl:*>nsubj>nmod:poss', '^obl:*>nsubj>nmod:of'],
    requires: [{ path: '^obl:*', lemmas: ['finance', 'cover', 'meet', 'pay', 'fund', 'come'] }],
    subjectTypes: ['State', 'Company', 'Organization', 'Agency'], objectTypes: ['Program'],
    fill: { end: 'object', from: 'programme' },
    confidence: 0.6,
  },
  {
    id: 'funds-invests-in', type: 'FUNDS', pos: 'verb',
    // "CITIC is to invest $300 million in the project", "Microsoft put $25 million into the company".
    triggers: ['invest', 'put', 'inject', 'commit'],
    // The parser may hang the company on the sum: "invested $800 million in G42".
    subject: ['@agent'], object: ['obl:in', 'obl:into', 'obj>nmod:in', 'obj>nmod:into'],
    requires: [{ path: 'obj', lemmas: MONEY }],
    fill: { end: 'object', from: 'programme' },
    confidence: 0.6,
  },
  {
    id: 'funds-backer', type: 'FUNDS', pos: 'noun',
    // Who is called a company's backer or investor: "Qualcomm was an earlier backer", "Its early
    // backers included Sistema Venture Capital", "private investors including Shunwei Capital", on a
    // page about the company when the sentence names no one backed.
    triggers: ['backer', 'investor', 'funder', 'financier'],
    subject: ['@holder', 'nsubj:xsubj', '^nsubj>obj', 'nmod:including', 'nmod:such_as', 'nmod:like'],
    object: ['nmod:poss', 'nmod:of', 'nmod:in', 'nmod:behind'],
    fill: { end: 'object', from: 'topic' },
    subjectTypes: ['Company', 'Organization', 'Person', 'State', 'Agency'], objectTypes: ['Company', 'Organization', 'Program'],
    confidence: 0.6,
  },
];
