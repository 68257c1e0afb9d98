/**
 * @module LOCATED_IN: headquarters or seat, and a city within a state. "X is based in Y", "the
 * Hangzhou-based X", "X, headquartered in Y", "Y's X" is not this (that names an owner).
 */
import type { PatternInput } from '../pattern.ts';

export const locatedIn: PatternInput[] = [
  {
    id: 'located-based-in', type: 'LOCATED_IN', pos: 'verb',
    triggers: ['base', 'headquarter', 'locate', 'register', 'incorporate', 'situate'],
    // "two much larger competitors, Hikvision and Dahua, both likewise headquartered in Hangzhou": the
    // participle set beside the names as an apposition; in "Intel Corp and Nvidia Corp, both based in
    // Santa Clara" the parser reads "based in" as a preposition of the place.
    subject: ['nsubj:pass', '^acl', '^amod', 'nsubj', '^advcl>nsubj', '^appos', '^case>^nmod:in'],
    object: ['obl:in', 'obl', 'obl:npmod', 'compound', 'obl:out_of', '^case'],
    objectTypes: ['State', 'Place'],
    confidence: 0.8,
  },
  {
    id: 'located-founded-in', type: 'LOCATED_IN', pos: 'verb',
    // Where a body was set up is where it is: "was set up in Hong Kong in 2014 by Tang Xiao'ou", "Fortap,
    // an importer set up in St Petersburg in April". Said of what was founded, not of its founder.
    triggers: ['found', 'set', 'establish', 'create', 'form', 'launch', 'start'],
    subject: ['nsubj:pass', '^acl'], object: ['obl:in'],
    subjectTypes: ['Company', 'Organization', 'Agency', 'Program'], objectTypes: ['State', 'Place'],
    confidence: 0.7,
  },
  {
    id: 'located-programme-goods-in', type: 'LOCATED_IN', pos: 'verb',
    triggers: ['install', 'mount', 'place', 'deploy', 'erect', 'put', 'set', 'watch', 'cover', 'serve', 'go', 'operate', 'run', 'switch', 'turn'],
    // Where a programme's cameras went: "Crews installed the cameras first in Nairobi", "Cameras now
    // watch streets in Kampala", "The first phase serves La Paz and El Alto". The programme is the one
    // named with the cameras, else the one the text is about.
    subject: ['@patient>nmod:of', 'nsubj>nmod:of'], object: ['obl:in', 'obl:across', 'obl:throughout', 'obj>nmod:in', 'obl:in>nmod:of'],
    requires: [{ path: '@patient', lemmas: ['camera', 'cctv', 'equipment', 'system', 'device', 'phase', 'street', 'complex'] }],
    subjectTypes: ['Program'], objectTypes: ['State', 'Place'],
    fill: { end: 'subject', from: 'programme' },
    confidence: 0.6,
  },
  {
    id: 'located-programme-runs-in', type: 'LOCATED_IN', pos: 'verb',
    triggers: ['operate', 'run', 'work', 'appear', 'spread', 'expand', 'extend', 'arrive', 'launch', 'start', 'go', 'function'],
    // Where a programme itself is at work: "Sergek complexes have been operating in the biggest cities
    // of Kazakhstan", "Sergek appeared in the capital in 2017 and spread to Almaty, Shymkent and Semey".
    subject: ['nsubj', 'nsubj>compound', 'nsubj>nmod:of', 'nsubj:pass', 'nsubj:pass>compound'],
    object: ['obl:in', 'obl:to', 'obl:across', 'obl:throughout', 'obl:in>nmod:of'],
    subjectTypes: ['Program'], objectTypes: ['State', 'Place'],
    confidence: 0.6,
  },
  {
    id: 'located-headquarters', type: 'LOCATED_IN', pos: 'noun',
    triggers: ['headquarters', 'hq'],
    // Whose headquarters are where: "visited Huawei's headquarters in Shenzhen", "NSO Group, which has its headquarters in Israel".
    subject: ['nmod:poss'], object: ['nmod:in', '^obj>obl:in'],
    subjectTypes: ['Company', 'Organization', 'Agency'], objectTypes: ['State', 'Place'],
    confidence: 0.7,
  },
  {
    id: 'located-capital-of', type: 'LOCATED_IN', pos: 'noun',
    triggers: ['capital'],
    // "Dushanbe, the capital of Tajikistan", "Bokhtar, the capital of Khatlon province".
    subject: ['@holder'], object: ['nmod:of'],
    subjectTypes: ['Place'], objectTypes: ['State', 'Place'],
    confidence: 0.75,
  },
  {
    id: 'located-descriptor', type: 'LOCATED_IN', pos: 'noun',
    triggers: ['company', 'firm', 'group', 'maker', 'manufacturer', 'developer', 'startup', 'start-up', 'bank', 'operator', 'vendor', 'supplier', 'builder', 'specialist', 'provider', 'conglomerate', 'producer', 'lender', 'contractor', 'integrator', 'business', 'enterprise', 'corporation'],
    // "NtechLab, a Moscow company founded in 2015 by ...": the parser often hangs the description on
    // the participle as its subject and the clause on the name.
    // "the Moscow company Norsi-Trans", "the Shenzhen group Huawei Technologies Co., Ltd.": the name after its description.
    subject: ['@holder', '^nsubj>^parataxis', 'appos', 'dep'], object: ['compound', 'nmod:in', 'nmod:from', 'nmod:of'],
    // A word of a company's own name describes nothing: "NSO Group and Candiru, both of Israel; ...;
    // and COSEINC, of Singapore" does not put NSO Group in Singapore.
    forbids: [{ path: '.', named: true }],
    subjectTypes: ['Company', 'Organization'], objectTypes: ['State', 'Place'],
    confidence: 0.65,
  },
  {
    id: 'located-possessive-body', type: 'LOCATED_IN', pos: 'noun',
    triggers: ['department', 'ministry', 'office', 'police', 'agency', 'administration', 'authority', 'bureau', 'service', 'directorate', 'committee', 'council', 'court', 'municipality', 'hall'],
    // "Moscow's Department of Information Technologies" sits in Moscow; "China's Ministry of Public
    // Security" has China for its country, which is the body's attribute, not a seat (GUIDE.md).
    subject: ['.'], object: ['nmod:poss'],
    subjectTypes: ['Agency'], objectTypes: ['Place'],
    confidence: 0.65,
  },
  {
    id: 'located-listed-under-destination', type: 'LOCATED_IN', pos: 'noun',
    triggers: ['destination'],
    // An Entity List rule files each party under its country: "Under the destination of Israel, BIS is
    // adding NSO Group, located in Herzliya, and Candiru", "They are added under the destination of
    // China by the names Chengdu Haiguang Integrated Circuit, ...". Not countries given "respectively",
    // which pair off with the names.
    subject: ['^obl:under>@patient', '^obl:under>obl:agent'], object: ['nmod:of'],
    forbids: [{ path: '^obl:under>advmod', lemmas: ['respectively'] }, { path: 'advmod', lemmas: ['respectively'] }],
    subjectTypes: ['Company', 'Organization', 'Agency'], objectTypes: ['State'],
    confidence: 0.7,
  },
];
