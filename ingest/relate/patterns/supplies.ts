/**
 * @module SUPPLIES: vendor to customer. Verbs of selling and delivering, with the customer after
 * "to"/"for" (on the verb or on what was sold: "supplied cameras to Almaty"), or as the direct object
 * when the object is a customer ("equipped the police"); contracts won with or awarded by a customer;
 * and the nouns ("the main supplier of the ministry", "Y's supplier X").
 */
import { GOVERNMENTS } from '../../../cypher/ontology.ts';
import type { PatternInput } from '../pattern.ts';

/** The customer: "sold cameras to Almaty", "supplied the police", "sells its systems to providers in Bahrain". */
const CUSTOMER_SLOTS = ['obl:to', 'obl:for', 'iobj', 'obj>nmod:to', 'obj>nmod:for', 'nsubj:pass>nmod:to', 'obl:with', 'obl:to>nmod:in',
  // Who uses what was sold: "provides the technology used by Moscow".
  'obj>acl>obl:agent', 'obj>acl>obl:by', 'dep>obl:by'];
/** What a vendor wins or is awarded. */
const DEAL = ['contract', 'tender', 'deal', 'order', 'bid', 'auction', 'concession', 'project', 'ppp', 'partnership', 'lot'];
/** What a vendor and a customer sign together. */
const SIGNED = ['contract', 'deal', 'agreement', 'memorandum', 'accord', 'concession', 'ppp', 'order'];
/** Deals that move money, not goods. */
const LENDING = ['loan', 'credit', 'investment', 'financing', 'funding'];
/** What vendors make, for the customer's side of a sale: "purchased Dahua devices", "Huawei cameras were installed in Belgrade". */
const GOODS = ['camera', 'equipment', 'device', 'system', 'hardware', 'technology', 'software', 'server', 'chip', 'processor', 'gear',
  'product', 'recorder', 'terminal', 'platform', 'component', 'part', 'machine', 'radio', 'router', 'switch', 'cctv', 'sensor', 'algorithm', 'engine', 'solution'];
/** Who can be a customer. */
const CUSTOMERS = ['State', 'Place', 'Agency', 'Program', 'Organization', 'Company'] as const;
/** What is sold is not a customer, and a stake or business sold is ownership changing hands. */
const NOT_GOODS = ['stake', 'share', 'shares', 'business', 'unit', 'subsidiary', 'division', 'stock', 'holding', 'interest'];

export const supplies: PatternInput[] = [
  {
    id: 'supplies-verb', type: 'SUPPLIES', pos: 'verb',
    triggers: ['supply', 'sell', 'provide', 'deliver', 'ship', 'export', 'furnish', 'equip', 'install', 'deploy', 'build', 'construct', 'implement', 'upgrade'],
    subject: ['@agent', '^nsubj:pass>nmod:agent'], object: CUSTOMER_SLOTS,
    // A company sold to a buyer ("Google sold it to Lenovo", "agreed to sell Lorex to Skywatch") is
    // ownership changing hands, not goods.
    forbids: [{ path: 'obj', lemmas: NOT_GOODS }, { path: 'obj', types: ['Company'] }],
    confidence: 0.8,
  },
  {
    id: 'supplies-builds-program', type: 'SUPPLIES', pos: 'verb',
    triggers: ['build', 'install', 'deploy', 'construct', 'implement', 'supply', 'deliver', 'set', 'roll', 'equip', 'upgrade', 'expand', 'extend'],
    // A state or a place putting in a programme runs its own ("In Kazakhstan ... has been implemented
    // the Smart City projects"): operates-program, not a supply.
    subject: ['@agent'], object: ['@patient'],
    subjectTypes: ['Company', 'Agency', 'Organization'], objectTypes: ['Program'],
    confidence: 0.7,
  },
  {
    id: 'supplies-provided-with', type: 'SUPPLIES', pos: 'verb',
    triggers: ['provide', 'supply', 'furnish', 'equip', 'arm'],
    // The customer as the object, the goods after "with": "the company provided the Belarusian
    // authorities with a platform that can search video footage".
    subject: ['@agent'], object: ['obj'],
    requires: [{ path: 'obl:with', lemmas: GOODS, types: ['Product', 'Technology'] }],
    subjectTypes: ['Company', 'Organization'], objectTypes: [...CUSTOMERS],
    confidence: 0.7,
  },
  {
    id: 'supplies-bought-from', type: 'SUPPLIES', pos: 'verb',
    triggers: ['buy', 'purchase', 'procure', 'order', 'acquire', 'import', 'source', 'obtain', 'lease', 'rent', 'get'],
    subject: ['obl:from', 'obj>nmod:from'], object: ['@agent'],
    subjectTypes: ['Company', 'Organization', 'State', 'Agency'],
    forbids: [{ path: 'obj', lemmas: NOT_GOODS }],
    confidence: 0.75,
  },
  {
    id: 'supplies-contract-awarded', type: 'SUPPLIES', pos: 'verb',
    triggers: ['award', 'grant', 'give', 'choose', 'select', 'hire', 'contract', 'subcontract', 'commission'],
    subject: ['obl:to', 'iobj', 'nsubj:pass', 'obj'], object: ['nsubj', 'obl:agent', 'obl:by'],
    subjectTypes: ['Company', 'Organization'],
    confidence: 0.7,
  },
  {
    id: 'supplies-vendor-goods-in', type: 'SUPPLIES', pos: 'noun',
    triggers: ['camera', 'equipment', 'system', 'server', 'chip', 'technology', 'software', 'hardware', 'device', 'terminal', 'gear', 'product', 'radio', 'switch', 'router'],
    subject: ['compound', 'nmod:poss', 'nmod:from', 'nmod:by', 'acl>obl:by', 'acl>obl:agent'], object: ['nmod:in', 'nmod:for', 'nmod:at', 'nmod:across', 'nmod:throughout'],
    subjectTypes: ['Company'], objectTypes: ['State', 'Place', 'Agency', 'Program'],
    confidence: 0.6,
  },
  {
    id: 'supplies-contract-won', type: 'SUPPLIES', pos: 'verb',
    triggers: ['win', 'secure', 'land', 'obtain', 'clinch', 'take', 'sign'],
    // The customer: the contract's party or place ("contracts with local governments in Xinjiang",
    // "a PPP in Pishan County"), or what the contract is to build and for whom ("a contract to build
    // the Moyu County system", "won a contract to build a network for the National Police Service").
    subject: ['@agent'],
    object: ['obj>nmod:with', 'obj>nmod:from', 'obj>nmod:for', 'obj>nmod:in', 'obj>nmod:with>nmod:in', 'obl:in', 'obl:with', 'obl:from',
      'obj>acl:*>obj', 'obj>acl:*>obj>nmod:for', 'xcomp>obj', 'xcomp>obj>nmod:for', 'xcomp>obl:for'],
    requires: [{ path: 'obj', lemmas: DEAL }],
    subjectTypes: ['Company', 'Organization'], objectTypes: ['State', 'Place', 'Agency', 'Program', 'Organization'],
    confidence: 0.7,
  },
  {
    id: 'supplies-contract-signed', type: 'SUPPLIES', pos: 'verb',
    triggers: ['sign', 'ink', 'conclude', 'close', 'renew', 'extend', 'agree', 'strike', 'reach'],
    // A deal signed between a company and a government, whichever signs: "the government signed a
    // second-phase contract with CEIEC", "Huawei closed a deal with the Uzbek government", "the
    // Police Force had signed an agreement with Mauritius Telecom". The company is the vendor.
    subject: ['@agent', 'obj>nmod:with', 'obl:with'], object: ['@agent', 'obj>nmod:with', 'obl:with'],
    requires: [{ path: 'obj', lemmas: SIGNED }],
    // A loan or an investment signed with a bank is money lent (funds.ts), not goods sold.
    forbids: [{ path: 'obj>compound', lemmas: LENDING }, { path: 'obj>amod', lemmas: LENDING }],
    subjectTypes: ['Company'], objectTypes: [...GOVERNMENTS],
    confidence: 0.65,
  },
  {
    id: 'supplies-customer-acquires-goods', type: 'SUPPLIES', pos: 'verb',
    triggers: ['buy', 'purchase', 'procure', 'acquire', 'order', 'import', 'install', 'deploy', 'use', 'adopt', 'receive', 'source', 'operate', 'field'],
    // The customer's verb, the vendor named on what was bought: "Ciudad Juarez purchased Dahua and
    // Hikvision devices", "the police use cameras made by Hikvision".
    subject: ['obj>@maker'], object: ['@agent'],
    requires: [{ path: 'obj', lemmas: GOODS }],
    subjectTypes: ['Company'], objectTypes: [...CUSTOMERS],
    confidence: 0.65,
  },
  {
    id: 'supplies-verb-where', type: 'SUPPLIES', pos: 'verb',
    triggers: ['supply', 'sell', 'deliver', 'install', 'deploy', 'provide', 'equip', 'furnish', 'market'],
    // The customer as the place the goods went: "In Moscow, the infrastructure is supplied by Cisco",
    // "a deal for Huawei to install CCTV systems in Kampala". Where goods are made is not this, so
    // making verbs are not triggers.
    subject: ['@agent'], object: ['obl:in', 'obl:across', 'obl:throughout'],
    forbids: [{ path: 'obj', lemmas: NOT_GOODS }],
    subjectTypes: ['Company', 'Organization'], objectTypes: ['State', 'Place'],
    confidence: 0.65,
  },
  {
    id: 'supplies-goods-by', type: 'SUPPLIES', pos: 'verb',
    triggers: ['supply', 'provide', 'deliver', 'install', 'furnish'],
    // A programme's goods and who supplied them, no customer named: "The software was supplied by
    // Danaide S.A.", "The Safe City equipment ... was provided by Huawei Technologies (Kenya)". The
    // programme is the one named with the goods, else the one the text is about; a customer named
    // is supplies-verb's.
    subject: ['obl:agent', 'obl:by'], object: ['nsubj:pass>compound', 'nsubj:pass>nmod:of', 'nsubj:pass>nmod:poss', 'nsubj:pass>nmod:for'],
    requires: [{ path: 'nsubj:pass', lemmas: GOODS }],
    forbids: [...CUSTOMER_SLOTS.filter((path) => !path.startsWith('nsubj:pass')), 'obl:agent>nmod:to', 'obl:agent>nmod:for'].map((path) => ({ path, types: [...CUSTOMERS] })),
    subjectTypes: ['Company', 'Organization'], objectTypes: ['Program'],
    fill: { end: 'object', from: 'programme' },
    confidence: 0.6,
  },
  {
    id: 'supplies-supplier-noun', type: 'SUPPLIES', pos: 'noun',
    triggers: ['supplier', 'provider', 'vendor', 'contractor'],
    // "companies such as Hikvision are among the main providers of ... in developing countries",
    // "one of the principal suppliers of recognition software to the department is NtechLab".
    // A sentence opening on an adjective ("Leading Chinese companies such as ...") is parsed as a
    // clause whose object is the companies.
    subject: ['@holder', '^nsubj', 'csubj>obj'],
    object: ['nmod:to', 'nmod:for', 'nmod:of', 'nmod:in', 'nmod:of>nmod:in', 'nmod:of>nmod:to', 'nmod:of>nmod:for'],
    subjectTypes: ['Company', 'Organization'], objectTypes: [...CUSTOMERS],
    confidence: 0.65,
  },
  {
    id: 'supplies-the-contractor', type: 'SUPPLIES', pos: 'noun',
    triggers: ['contractor', 'builder', 'integrator'],
    // The one contractor of the programme the text is about: "The contractor was Huawei Technologies
    // Co., Ltd.", "The prime contractor was CEIEC", "That contractor is Shenzhen Sunwin". "The largest
    // supplier was Macchina Security" ranks one supplier of many, of no one programme.
    subject: ['^nsubj'], object: ['nmod:for', 'nmod:of', 'nmod:on'],
    requires: [{ path: 'det', lemmas: ['the', 'that', 'this'] }, { path: '^nsubj>cop', lemmas: ['be'] }],
    subjectTypes: ['Company', 'Organization'], objectTypes: ['Program'],
    fill: { end: 'object', from: 'programme' },
    confidence: 0.6,
  },
  {
    id: 'supplies-customer-relies-on', type: 'SUPPLIES', pos: 'verb',
    triggers: ['depend', 'rely', 'run', 'base'],
    // The customer's systems resting on a vendor's goods: "Moscow's video analytics systems depend on
    // products from Nvidia", "the network relies on Huawei cameras".
    subject: ['obl:on>@maker', 'obl:upon>@maker'], object: ['nsubj', 'nsubj>nmod:poss', 'nsubj:pass', 'nsubj:pass>nmod:poss'],
    requires: [{ path: 'obl:*', lemmas: GOODS }],
    subjectTypes: ['Company'], objectTypes: [...CUSTOMERS],
    confidence: 0.65,
  },
  {
    id: 'supplies-sales-to', type: 'SUPPLIES', pos: 'noun',
    triggers: ['sale', 'delivery', 'shipment', 'export'],
    // Sales named by their noun, the seller the one whose sales they are or who makes, halts or
    // promotes them: "Intel halted its deliveries to Russia", a forensics vendor halting its sales to
    // Russian and Belarusian law enforcement, "Tiandy Iran used its website to promote sales to the
    // country's security services". Whether they stopped is the qualifiers' to say.
    subject: ['nmod:poss', 'nmod:by', '^obj>@agent'], object: ['nmod:to', '^obj>obl:to', 'nmod:to>nmod:in', '^obj>obl:to>nmod:in'],
    subjectTypes: ['Company', 'Organization'], objectTypes: [...CUSTOMERS],
    confidence: 0.6,
  },
  {
    id: 'supplies-sales-in', type: 'SUPPLIES', pos: 'noun',
    triggers: ['sale', 'business'],
    // The country a seller's sales or business are in: "its continued sales in Russia", "Cisco halted
    // all of its business in Russia and Belarus", "it ended all sales in Russia and Belarus".
    // "all of its business" hangs the noun under its quantifier.
    subject: ['nmod:poss', '^obj>@agent', '^nmod:of>^obj>@agent'], object: ['nmod:in', '^obj>obl:in', '^nmod:of>^obj>obl:in'],
    subjectTypes: ['Company'], objectTypes: ['State', 'Place'],
    confidence: 0.6,
  },
  {
    id: 'supplies-client-noun', type: 'SUPPLIES', pos: 'noun',
    triggers: ['client', 'customer', 'user', 'buyer'],
    // Who is named a vendor's client: "Mexico was the company's largest customer", "Positive's clients
    // included Russian government agencies", "listed Changi Airport and Certis among its clients", "At
    // home its best-known user is the city of Moscow"; on a page about the vendor, its topic.
    subject: ['nmod:poss', 'nmod:of'],
    object: ['@holder', '^nsubj', '^nsubj>obj', 'nmod:including', 'nmod:such_as', '^obl:among>obj'],
    fill: { end: 'subject', from: 'topic' },
    subjectTypes: ['Company', 'Organization'], objectTypes: [...CUSTOMERS],
    confidence: 0.6,
  },
];
