/**
 * @module The words that type a name the NER does not type for us, and the terms no NER knows:
 * legal forms make a Company, "Ministry of ..." an Agency, "University" an Organization, "Executive
 * Order 13959" a Law. Kept as data; each list says why it is there.
 */
import type { EntityType } from '../../cypher/ontology.ts';

/**
 * Legal forms that end a company's name ("Zhejiang Dahua Technology Co., Ltd.") and are not part of
 * how it is known: dropped when names are compared, kept in the name shown.
 */
export const LEGAL_SUFFIXES = [
  'co', 'ltd', 'limited', 'llc', 'l l c', 'inc', 'incorporated', 'corp', 'corporation', 'plc', 'llp', 'lp',
  'gmbh', 'ag', 's a', 'sa', 'n v', 'nv', 'b v', 'bv', 'oy', 'ab', 'as', 'asa', 'pte', 'pty', 's p a', 'spa', 'srl', 's r l',
  'jsc', 'pjsc', 'ojsc', 'cjsc', 'ooo', 'ao', 'pao', 'company', 'co ltd',
  // Central and Eastern European, French, Latin American and Malaysian forms ("Cytrox AD", "Cytrox Holdings Zrt.").
  'ad', 'zrt', 'kft', 'sro', 's r o', 'doo', 'd o o', 'sarl', 'sas', 'ltda', 'bhd', 'sdn bhd', 'kk', 'k k',
] as const;

/** Legal forms written before the name, mostly Russian ones spelled out ("Joint Stock Company NtechLab"). */
export const LEGAL_PREFIXES = [
  'limited liability company', 'public joint stock company', 'joint stock company', 'closed joint stock company',
  'open joint stock company', 'federal state unitary enterprise', 'state corporation', 'jsc', 'pjsc', 'ojsc', 'cjsc', 'llc', 'ooo', 'ao', 'pao',
] as const;

/** A word of the name that makes it a type, checked from the last word backwards (the head decides). */
export const TYPE_WORDS: readonly { type: EntityType; words: readonly string[] }[] = [
  { type: 'Agency', words: [
    'ministry', 'department', 'office', 'agency', 'bureau', 'service', 'committee', 'commission', 'administration',
    'directorate', 'authority', 'police', 'government', 'parliament', 'court', 'prosecutor', 'procuratorate', 'treasury',
    'senate', 'congress', 'duma', 'assembly', 'cabinet', 'municipality', 'maslikhat', 'akimat', 'mayoralty', 'guard',
    'army', 'forces', 'inspectorate', 'regulator', 'presidency', 'customs', 'council', 'secretariat', 'command', 'hall',
  ] },
  { type: 'Organization', words: [
    'university', 'institute', 'institution', 'foundation', 'watch', 'international', 'center', 'centre', 'academy',
    'association', 'society', 'laboratory', 'lab', 'forum', 'coalition', 'union', 'federation', 'press', 'news', 'times',
    'post', 'journal', 'media', 'observatory', 'alliance', 'trust', 'school', 'college', 'reuters', 'tank',
  ] },
  // Words of a place's own name that NER often takes for a person's ("Ciudad Juarez"); "city" is not
  // one, since "Safe City" is a program.
  { type: 'Place', words: ['ciudad', 'county', 'province', 'oblast', 'krai', 'prefecture', 'region', 'township', 'governorate', 'district'] },
  { type: 'Program', words: ['program', 'programme', 'project', 'initiative', 'platform', 'system', 'network'] },
  { type: 'Law', words: ['act', 'law', 'regulation', 'directive', 'decree', 'order', 'code', 'strategy', 'list', 'rule'] },
  { type: 'Company', words: [
    'technology', 'technologies', 'tech', 'telecom', 'telecommunications', 'electronics', 'systems', 'communications',
    'networks', 'solutions', 'industries', 'industry', 'software', 'semiconductor', 'semiconductors', 'microelectronics',
    'bank', 'capital', 'ventures', 'digital', 'group', 'holding', 'holdings', 'enterprises', 'manufacturing', 'motors',
    'instruments', 'devices', 'security', 'robotics', 'intelligence', 'vision', 'labs', 'corporation', 'company', 'fund',
  ] },
];

/**
 * Names of laws, orders and lists, which no NER class covers: numbered orders and sections, named
 * acts, and the designation lists sanctions reporting names. Matched on the sentence text.
 */
export const LAW_PATTERNS: readonly RegExp[] = [
  /\b(?:Executive Order|E\.O\.)\s*(?:\(E\.O\.\)\s*)?\d{4,5}\b/g,
  /\bSection \d+[A-Z]?\b/g,
  /\bPublic Law(?: No\.)? \d+-\d+\b/g,
  /\bFederal Law(?: No\.)? \d+-FZ\b/g,
  // Numbered instruments: "Presidential Decree No. 187", "Resolution No. 1318", and the EU's
  // "Implementing Regulation (EU) 2020/2129", "Decision (CFSP) 2021/353", "Regulation (EC) No 765/2006".
  /\b(?:(?:Presidential|Government|Cabinet|Council|Ministerial)\s+)?(?:Decree|Resolution|Decision|Order|Ordinance|Directive|Regulation)\s+No\.?\s*\d+(?:[-/]\d+)*\b/g,
  /\b(?:Council\s+)?(?:Implementing\s+)?(?:Regulation|Decision|Directive)\s+\((?:EU|EC|CFSP)\)(?:\s+No\.?)?\s+\d{2,4}\/\d+\b/g,
  // British titles carry bracketed words and a year: "the Telecommunications (Security) Act 2021", "the
  // Republic of Belarus (Sanctions) (EU Exit) Regulations 2019".
  /\b(?:(?:[A-Z][\w'-]*|\([A-Z][\w' -]*\))\s+(?:of\s+|and\s+|for\s+)?){1,8}(?:Act|Law|Regulations?|Directive|Decree|Strategy)\b(?: of \d{4}| (?:19|20)\d\d\b)?/g,
  /\b(?:[A-Z][\w-]*\s+){0,6}(?:Entity|Covered|Consolidated|Unverified|Military End[- ]User|SDN|Sanctions) List\b/g,
  /\bSpecially Designated Nationals(?: and Blocked Persons)? List\b/g,
];

/**
 * Technologies named by common nouns, which NER never marks and the catalog may not list: an
 * analyst asks who supplies facial recognition as often as who supplies a city.
 */
export const TECHNOLOGY_TERMS = [
  'facial recognition', 'face recognition', 'video surveillance', 'video analytics', 'cctv', '5g', 'deep packet inspection',
  'dpi', 'artificial intelligence', 'biometrics', 'biometric identification', 'licence plate recognition',
  'license plate recognition', 'number plate recognition', 'voice recognition', 'speech recognition', 'voice biometrics',
  'semiconductors', 'microelectronics', 'lawful interception', 'spyware', 'drones', 'emotion recognition',
  'gait recognition', 'surveillance cameras', 'thermal imaging', 'cloud computing', 'big data',
] as const;

/** Heads of a phrase that name a government program (the "Safe City" project, a "Smart City" system). */
export const PROGRAM_TERMS = ['safe city', 'smart city', 'safe cities', 'smart cities'] as const;
