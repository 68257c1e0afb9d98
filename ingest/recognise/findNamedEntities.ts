/**
 * @module findNamedEntities: names the catalog does not know, from CoreNLP's NER spans and from runs
 * of proper nouns (which NER misses for many brand names), joined over "of" inside a name ("Office
 * of Foreign Assets Control") and extended over trailing legal forms ("Co., Ltd."). Each is typed by
 * the catalog when it knows the name, else by its words (vocabulary.ts), else by what the sentence
 * calls it ("FindFace, a consumer app"; "the LUNA platform"), else by the NER class, which often
 * takes a brand for a person or a place.
 */
import type { EntityType } from '../../cypher/ontology.ts';
import { namesCountry, stateNamed, type Catalog } from '../catalog.ts';
import { nameKey } from '../names.ts';
import { defineStage } from '../stage.ts';
import type { Mention, ParsedSentence, Token } from '../types.ts';
import { children, governors, headOf, treeOf } from '../nlp/tree.ts';
import { armParentKeys, coreKeys, hasLegalForm, scanKeys, spanMention, tokenKeys, typeByWords } from './spans.ts';
import { LEGAL_SUFFIXES, TYPE_WORDS } from './vocabulary.ts';
import { isKnownPlace } from '../gazetteer.ts';
import { INFOBOX_LINE } from '../infobox.ts';
import { periodRunsOn } from '../normalise/maskDatelines.ts';

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u;
/** A word of two to six capitals, which the tagger may take for a common noun ("NHS"). */
const CAPITALS = /^\p{Lu}{2,6}$/u;
const NER_CLASSES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']);
const PROPER = /^NNPS?$/;
const JOINERS = new Set(['of', 'for', 'de', 'on']);
const suffixes = new Set<string>(LEGAL_SUFFIXES);
/** Currency codes written before an amount ("fined the company GBP 7,552,800", "fined Clearview EUR 20 million"). */
const CURRENCIES = ['gbp', 'eur', 'usd', 'rmb', 'cny', 'rub', 'kes', 'jpy', 'inr', 'chf', 'hkd', 'sgd', 'brl', 'zar', 'ugx', 'kzt', 'uzs', 'pkr', 'myr', 'aed'];
/** Capitalised words that are never a name on their own. */
const NOT_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms', 'dr', 'president',
  'minister', 'secretary', 'director', 'chairman', 'ceo', 'deputy', 'general', 'chief', 'head', 'the', 'a', 'an', 'in',
  'on', 'at', 'under', 'from', 'by', 'and', 'or', 'it', 'this', 'that', 'these', 'those', 'press', 'release', 'summary',
  'background', 'history', 'products', 'customers', 'controversies', 'sanctions', 'notes', 'note', 'sources', 'see',
  ...CURRENCIES,
]);

/** The level a place's own government is written with: "the Moscow city government". */
const LOCAL_LEVELS = new Set(['city', 'state', 'provincial', 'regional', 'municipal', 'county', 'district', 'local', 'prefectural']);

/** Head words of a government body's name, which may go on "of the" what it belongs to. */
const BODY_HEADS = new Set(TYPE_WORDS.find((w) => w.type === 'Agency')!.words);

/** Portfolios written before a minister's or secretary's title, which NER takes for organisations. */
const PORTFOLIOS = new Set(['federal', 'interior', 'cabinet', 'union', 'home', 'foreign', 'defence', 'defense', 'justice', 'finance', 'health', 'industry', 'trade', 'energy', 'transport', 'education', 'security']);

/** Words that end a title rather than a name. */
const TITLES = new Set(['secretary', 'director', 'minister', 'chairman', 'chairwoman', 'president', 'ceo', 'chief', 'governor', 'mayor', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'official', 'officials']);

/** A legal form is written with a capital ("Co.", "Ltd", "AS"), so "as" and "sa" in prose are not one. */
const suffixWord = (t: Token | undefined) => Boolean(t && /^\p{Lu}/u.test(t.word) && suffixes.has(t.word.toLowerCase().replace(/\./g, ' ').trim().replace(/\s+/g, ' ')));

/** The token after `end` that continues a legal form: "Co." "," "Ltd." */
function legalTail(tokens: Token[], end: number): number {
  let e = end;
  for (;;) {
    if (suffixWord(tokens[e])) e += 1;
    else if (tokens[e]?.word === ',' && suffixWord(tokens[e + 1])) e += 2;
    else return e;
  }
}

/** Words that end a body's or a programme's name, and so a name a comma and "and" split: "... and Control System", "... and Development Affairs". */
const LISTED_NAME_HEADS = new Set([...BODY_HEADS, ...TYPE_WORDS.find((w) => w.type === 'Program')!.words, 'affairs', 'development', 'services', 'media']);

/**
 * Where a name a comma and "and" split for the tagger ends, from the comma after its first words:
 * "the National Surveillance, Communication and Control System", "Foreign, Commonwealth and
 * Development Affairs". The words between the commas are single capitalised words the tagger names
 * nothing, and the last part ends as a body's or a programme's name does, so a list of names
 * ("Hikvision, Dahua and Uniview Technologies") stays a list.
 */
function listedNameEnd(tokens: readonly Token[], at: number): number | undefined {
  let k = at;
  while (tokens[k]?.word === ',' && PROPER.test(tokens[k + 1]?.pos ?? '') && tokens[k + 1]!.ner === 'O' && /^\p{Lu}/u.test(tokens[k + 1]!.word)) k += 2;
  if (k === at || tokens[k]?.word !== 'and') return undefined;
  let end = k + 1;
  while (PROPER.test(tokens[end]?.pos ?? '')) end += 1;
  return end > k + 1 && LISTED_NAME_HEADS.has(tokens[end - 1]!.word.toLowerCase()) ? end : undefined;
}

/**
 * Runs of proper nouns, joined over "of" (then "and") inside a name, with their legal forms. A name
 * the catalog knows is not joined to the place after it: "the Unified Video Monitoring System of
 * Almaty" is the system, in Almaty.
 */
function properRuns(tagged: readonly Token[], known: (start: number, end: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  const tokens = [...tagged];
  // The tagger takes the parts of a hyphenated brand ("T-Platforms") for common nouns; capitals joined
  // by a hyphen are a name.
  const capital = (t: Token | undefined) => Boolean(t && /^\p{Lu}/u.test(t.word));
  const hyphenated = (i: number) => capital(tokens[i]) && ((tokens[i + 1]?.word === '-' && capital(tokens[i + 2])) || (tokens[i - 1]?.word === '-' && capital(tokens[i - 2])));
  // It takes some acronyms for common nouns too ("NHS England", whose "NHS" it tags NN): a word of two to
  // six capitals is a name's.
  const acronym = (t: Token) => t.pos === 'NN' && CAPITALS.test(t.word);
  for (const [i, t] of tokens.entries()) if (!PROPER.test(t.pos) && (hyphenated(i) || acronym(t))) tokens[i] = { ...t, pos: 'NNP' };
  let i = 0;
  while (i < tokens.length) {
    if (!PROPER.test(tokens[i]!.pos)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    let joined = false;
    let listedEnd: number | undefined;
    // A person's name is not joined to the words around it ("Sberbank CEO Herman Gref"), nor is a title.
    const person = (t: Token | undefined) => t?.ner === 'PERSON';
    const breaks = (t: Token | undefined) => !t || NOT_NAMES.has(t.word.toLowerCase()) || person(t) !== person(tokens[end - 1]);
    for (;;) {
      const next = tokens[end];
      // A title joined by a hyphen is a word of the name: "Attorney-General".
      if (next && (!breaks(next) || tokens[end - 1]?.word === '-') && (PROPER.test(next.pos) || (next.word === '-' && PROPER.test(tokens[end + 1]?.pos ?? '')))) end += 1;
      // A name in another language goes on through the words the tagger marks foreign: "Garante per la
      // protezione dei dati personali", "Commission nationale de l'informatique et des libertés".
      else if (next && next.pos === 'FW' && /^\p{L}[\p{L}'’]*$/u.test(next.word)) end += 1;
      // A number that belongs to the name: "VEN 911", "ECU 911", "Mi 10T".
      else if (next && next.pos === 'CD' && /^\d[\dA-Za-z-]*$/.test(next.word) && !/^(?:19|20)\d\d$/.test(next.word) && next.ner !== 'DATE') end += 1;
      else if (next && next.word === '-' && tokens[end + 1]?.pos === 'CD') end += 2;
      // A name complete with its legal form is not joined to what follows: "Avigilon Corporation of Vancouver".
      else if (next && JOINERS.has(next.word) && PROPER.test(tokens[end + 1]?.pos ?? '') && !breaks(tokens[end + 1]) && !person(tokens[end - 1]) && !known(i, end) && !suffixWord(tokens[end - 1])) { end += 2; joined = true; }
      else if (next && joined && (next.word === 'and' || next.word === '&') && PROPER.test(tokens[end + 1]?.pos ?? '')) end += 2;
      else if (next?.word === ',' && !known(i, end) && (listedEnd = listedNameEnd(tokens, end)) !== undefined) end = listedEnd;
      // An office-holder's body is one name, possessive and all: "the Attorney-General's Department",
      // "the Prosecutor General's Office".
      else if (next?.pos === 'POS' && OFFICE_HOLDERS.has(tokens[end - 1]!.word.toLowerCase()) && PROPER.test(tokens[end + 1]?.pos ?? '') && BODY_HEADS.has(tokens[end + 1]!.word.toLowerCase())) end += 2;
      // A body "of the" place or union it belongs to: "the Council of the EU", "the Ministry of Internal
      // Affairs of the Republic of Uzbekistan"; not a possessive after it ("of the People's Republic"),
      // and a body of another body is two ("the Department of Digitalization of the Akimat of Almaty").
      else if (next?.word === 'of' && tokens[end + 1]?.word === 'the' && PROPER.test(tokens[end + 2]?.pos ?? '') && !breaks(tokens[end + 2])
        && !BODY_HEADS.has(tokens[end + 2]!.word.toLowerCase()) && tokens[end + 3]?.pos !== 'POS'
        && tokens.slice(i, end).some((x) => BODY_HEADS.has(x.word.toLowerCase()))) { end += 3; joined = true; }
      else break;
    }
    // A country in brackets before the legal form is part of the name: "Huawei Technologies (Mauritius) Co. Ltd".
    if (tokens[end]?.word === '(' && PROPER.test(tokens[end + 1]?.pos ?? '') && tokens[end + 2]?.word === ')' && suffixWord(tokens[end + 3])) end += 3;
    runs.push([i, legalTail(tokens, end)]);
    i = end;
  }
  return runs;
}

/** Office-holders whose possessive names a body: "the Attorney-General's Department", "the Prosecutor General's Office". */
const OFFICE_HOLDERS = new Set(['general', 'mayor', 'president', 'governor', 'prosecutor', 'ombudsman', 'auditor', 'attorney', 'commissioner', 'chancellor']);

/** Words whose possessive is part of a name: "People's Government", "People's Bank of China". */
const NAME_POSSESSORS = new Set(['people', 'children', 'women', 'workers']);

/**
 * NER spans: consecutive tokens of one class. A possessive ends a span: in "the Treasury Department's
 * Office of Foreign Assets Control" NER runs one organisation over two, the office and its
 * department; but not the possessive a name holds ("Region People's Government Public Security Bureau"). A bracket
 * ends a span too, and so does a currency code NER draws into the name before an amount, an "and"
 * after a legal form, and a verb.
 */
function nerRuns(tokens: Token[]): [number, number, string][] {
  const runs: [number, number, string][] = [];
  // A bracket the tagger draws into the name ends it: "Export-Import Bank of China (China Eximbank)" is a name and its short form.
  const splits = (at: number) => (tokens[at]!.pos === 'POS' && !NAME_POSSESSORS.has(tokens[at - 1]?.word.toLowerCase() ?? '')) || /^[()]$/.test(tokens[at]!.word)
    || CURRENCIES.includes(tokens[at]!.word.toLowerCase())
    // A legal form ends a company's name, so an "and" after one starts the next name: "Corvid Labs Limited and Talon Optics AD".
    || (tokens[at]!.word === 'and' && suffixWord(tokens[at - 1]))
    // No name holds a verb in lower case: "The partner of Korvan Telecom is Vexa Vision Co., Ltd." is two names.
    // ("Huawei-built", "Hong Kong-listed" are read as names with their participle elsewhere).
    || (/^VB/.test(tokens[at]!.pos) && /^[a-z]/.test(tokens[at]!.word) && !tokens[at - 1]?.word.endsWith('-'));
  let i = 0;
  while (i < tokens.length) {
    const ner = tokens[i]!.ner;
    if (!NER_CLASSES.has(ner) || splits(i)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (tokens[end]?.ner === ner && !splits(end)) end += 1;
    runs.push([i, ner === 'ORGANIZATION' ? legalTail(tokens, end) : end, ner]);
    i = end;
  }
  return runs;
}

/**
 * Drops a leading article or title word, so "the Treasury" is named "Treasury"; a word written
 * joined to the next is part of the name ("In-Q-Tel").
 */
function trim(tokens: Token[], start: number, end: number): [number, number] {
  let s = start;
  while (s < end - 1 && NOT_NAMES.has(tokens[s]!.word.toLowerCase()) && tokens[s + 1]!.pos !== 'POS' && tokens[s]!.end !== tokens[s + 1]!.start) s += 1;
  return [s, end];
}

/** What a name is called beside it, and the type that makes it. */
const CONTEXT_TYPES: Record<string, EntityType> = {
  platform: 'Product', app: 'Product', application: 'Product', software: 'Product', engine: 'Product', browser: 'Product',
  phone: 'Product', smartphone: 'Product', handset: 'Product', camera: 'Product', model: 'Product', chip: 'Product', processor: 'Product',
  spyware: 'Product', malware: 'Product', implant: 'Product',
  product: 'Product', tool: 'Product', service: 'Product', algorithm: 'Product', suite: 'Product', device: 'Product',
  program: 'Program', programme: 'Program', project: 'Program', initiative: 'Program', network: 'Program', system: 'Program',
  company: 'Company', firm: 'Company', maker: 'Company', manufacturer: 'Company', vendor: 'Company', developer: 'Company',
  startup: 'Company', 'start-up': 'Company', supplier: 'Company', operator: 'Company', subsidiary: 'Company', bank: 'Company',
  lender: 'Company', corporation: 'Company', conglomerate: 'Company', specialist: 'Company', integrator: 'Company',
  contractor: 'Company', brand: 'Company', provider: 'Company', group: 'Company', producer: 'Company', builder: 'Company', unit: 'Company', designer: 'Company',
  parent: 'Company', importer: 'Company', exporter: 'Company', distributor: 'Company', reseller: 'Company', wholesaler: 'Company',
  retailer: 'Company', carrier: 'Company', telco: 'Company', fund: 'Company', holding: 'Company',
  agency: 'Agency', ministry: 'Agency', department: 'Agency', regulator: 'Agency', police: 'Agency', authority: 'Agency', watchdog: 'Agency',
  institute: 'Organization', university: 'Organization', ngo: 'Organization', organisation: 'Organization', organization: 'Organization',
  newspaper: 'Organization', outlet: 'Organization', 'think-tank': 'Organization',
  city: 'Place', town: 'Place', region: 'Place', province: 'Place', district: 'Place', capital: 'Place',
  law: 'Law', act: 'Law', regulation: 'Law', decree: 'Law', list: 'Law', standard: 'Technology', technology: 'Technology',
};

/**
 * The type the sentence gives a span: its appositive ("FindFace, a consumer app"), the noun it
 * modifies ("the LUNA platform"), the noun a list after a colon elaborates ("five Chinese companies:
 * Huawei, ZTE, Hytera"), or the catalog type of a name it is listed with ("Hikvision and Hytera").
 */
function contextType(sentence: ParsedSentence, start: number, end: number, catalog: Catalog, text: string): EntityType | undefined {
  // In an infobox line the key says what its values are: "Subsidiaries: Sepura, Teltronic"; but the town
  // written after a contractor is still a town ("Contractor: CEIEC, Beijing"), and a bracket is an
  // aside ("Parent: Positive Group PJSC (listed on the Moscow Exchange)").
  const lineText = text.slice(sentence.start, sentence.end);
  const line = INFOBOX_LINE.exec(lineText);
  const name = text.slice(sentence.tokens[start]!.start, sentence.tokens[end - 1]!.end);
  const bracket = line ? lineText.indexOf('(', line[0].length) : -1;
  const inBracket = bracket >= 0 && sentence.tokens[start]!.start > sentence.start + bracket;
  if (line && sentence.tokens[start]!.start > sentence.start + line[1]!.length && !inBracket && !isKnownPlace(name, { strict: true })) {
    const key = line[1]!.toLowerCase().replace(/\s*\(.*\)$/, '').split(/\s+/).pop()!.replace(/(?:ies)$/, 'y').replace(/s$/, '');
    const type = CONTEXT_TYPES[key];
    if (type) return type;
  }
  const tree = treeOf(sentence);
  const head = headOf(tree, start, end);
  for (const sibling of [...children(tree, head, 'conj:*'), ...governors(tree, head, 'conj:*')]) {
    const known = catalog.byKey.get(nameKey(sentence.tokens[sibling]!.word));
    const type = known?.length ? catalog.byId.get(known[0]!)!.type : undefined;
    if (type === 'Company' || type === 'Organization' || type === 'Person') return type;
  }
  // "Canada-based Sandvine": what is based somewhere is a business, not the person or place NER may take it for.
  if (children(tree, head, 'amod').some((a) => a < start && sentence.tokens[a]!.lemma.toLowerCase() === 'base' && children(tree, a, 'obl').length)) return 'Company';
  const nouns = [...children(tree, head, 'appos'), ...governors(tree, head, 'appos'), ...governors(tree, head, 'compound'), ...governors(tree, head, 'nsubj'), ...governors(tree, head, 'dep')]
    .filter((t) => t < start || t >= end)
    .map((t) => sentence.tokens[t]!)
    .filter((t) => /^NN/.test(t.pos) && t.pos !== 'NNP');
  for (const n of nouns) {
    const type = CONTEXT_TYPES[n.lemma.toLowerCase()];
    if (type) return type;
  }
  return undefined;
}

/**
 * The type a name's own words or its sentence give it: the catalog, its words, what the sentence
 * calls it. Firm evidence, unlike the NER class.
 */
function firmTypeOf(name: string, catalog: Catalog, context: EntityType | undefined): EntityType | undefined {
  const known = catalog.byKey.get(coreKeys(name).join(' ')) ?? catalog.byKey.get(nameKey(name));
  if (known?.length) return catalog.byId.get(known[0]!)!.type;
  // What a programme's name is called beside it says more than a word inside the name: "the Urumqi
  // Hi-Tech Zone Safe City project" is a programme, not a company for its "Tech".
  if (context === 'Program' && !hasLegalForm(name)) return context;
  return typeByWords(name) ?? context;
}

/** "Dahua Mexico", "Tiandy Iran": a company's name and then a country's is the company's arm there, a company. */
function armType(name: string, catalog: Catalog, elsewhere: DocumentTypes): EntityType | undefined {
  const parent = armParentKeys(name, catalog)?.join(' ');
  if (!parent) return undefined;
  return (firmTypeOf(parent, catalog, undefined) ?? elsewhere.firm(parent) ?? elsewhere.wordOf(parent)) === 'Company' ? 'Company' : undefined;
}

/** The type guessed from the NER class, which often takes a brand for a person or a place, or from the name's shape. */
function guessedTypeOf(name: string, ner: string | undefined, catalog: Catalog): EntityType | undefined {
  // NER takes many places for persons ("Santa Clara", "Taraz"); a name the gazetteer knows as a region
  // or a large city is that place, and one word only as a city of a quarter million ("Jackson" stays
  // the person).
  if (ner === 'PERSON') return isKnownPlace(name, { strict: !/\s/.test(name) }) ? 'Place' : 'Person';
  if (ner === 'LOCATION') return stateNamed(catalog, name) ? 'State' : 'Place';
  if (ner === 'ORGANIZATION') return 'Company';
  // A brand the NER did not know: one word in CamelCase or with digits ("NtechLab", "VisionLabs").
  if (ner === undefined && /^\p{Lu}[\p{Ll}\d]+\p{Lu}[\p{L}\d]*$/u.test(name)) return 'Company';
  if (ner === undefined && isKnownPlace(name)) return 'Place';
  return undefined;
}

/** What the rest of the document calls a name: the same name typed firmly or by a guess, or a word of a longer name. */
export interface DocumentTypes {
  firm(name: string): EntityType | undefined;
  /** Whether the document names it with a legal form ("Synesis LLC" for "Synesis"). */
  registered(name: string): boolean;
  guessed(name: string): EntityType | undefined;
  wordOf(name: string): EntityType | undefined;
}

const NO_DOCUMENT: DocumentTypes = { firm: () => undefined, registered: () => false, guessed: () => undefined, wordOf: () => undefined };

/** Types that a short form of the name shares ("Sistema" in a text that names "Sistema PJSFC"). */
const SHORTENED: readonly EntityType[] = ['Company', 'Organization', 'Agency'];
const ACTORS: readonly EntityType[] = [...SHORTENED, 'Person', 'Place', 'State'];

interface Typed { mention: Mention; firm: boolean }

/**
 * What the rest of the document calls a name the sentence alone types weakly or not at all: the
 * same name typed elsewhere ("Sistema" at the start of a sentence, where NER saw nothing, is the
 * company named before), or a word of a longer organisation name ("Protei", which NER takes for a
 * person, in a page about the "Research and Technical Center PROTEI").
 */
function documentTypes(named: readonly Typed[], catalog: Catalog): DocumentTypes {
  const firm = new Map<string, EntityType>();
  const guessed = new Map<string, EntityType>();
  const words = new Map<string, EntityType>();
  const registered = new Set<string>();
  for (const t of named) {
    const keys = coreKeys(t.mention.name);
    if (hasLegalForm(t.mention.name)) registered.add(keys.join(' '));
    // Only names of actors and places: a word typed a technology by its context ("Western
    // technology") is not a name elsewhere.
    if (ACTORS.includes(t.mention.type)) (t.firm ? firm : guessed).set(keys.join(' '), t.mention.type);
    // A country's name or adjective inside a longer name ("Chinese Academy of Sciences") names the country, not the body.
    if (t.firm && SHORTENED.includes(t.mention.type) && keys.length > 1) for (const k of keys) if (k.length > 3 && !words.has(k) && !namesCountry(catalog, k)) words.set(k, t.mention.type);
  }
  const key = (name: string) => coreKeys(name).join(' ');
  return {
    firm: (name) => firm.get(key(name)),
    registered: (name) => registered.has(key(name)),
    guessed: (name) => guessed.get(key(name)),
    wordOf: (name) => (coreKeys(name).length === 1 ? words.get(key(name)) : undefined),
  };
}

/** A name that opens with digits and letters run together: "24x7 Panoptes". */
const DIGIT_WORD = /^\d+[a-z]\d+$/;

function typedMentions(text: string, sentence: ParsedSentence, catalog: Catalog, elsewhere: DocumentTypes): Typed[] {
  const t = sentence.tokens;
  const found: Typed[] = [];
  // An infobox line's key ("Operator / supplier: 24x7 Panoptes LLC") names a field, not an entity,
  // unless NER reads a name there ("Uganda: In August 2019 ...").
  const keyEnd = sentence.start + (INFOBOX_LINE.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0);
  const add = (start: number, end: number, ner: string | undefined, rule: string) => {
    const [first, e] = trim(t, start, end);
    // What is left of a title NER ran into the name after it ("[Minister] of Economics German Gref") is no name.
    if (JOINERS.has(t[first]!.word)) return;
    if (t[first]!.start < keyEnd && t.slice(first, e).every((x) => !NER_CLASSES.has(x.ner))) return;
    const s = first > 0 && DIGIT_WORD.test(t[first - 1]!.word) ? first - 1 : first;
    if (e - s === 1 && NOT_NAMES.has(t[s]!.word.toLowerCase())) return;
    // A legal form's period inside a sentence, which the parser was given as a space (maskDatelines),
    // is still the name's: "Cytrox Holdings Zrt. (Hungary)". One that ends the sentence is the sentence's.
    const after = t[e - 1]!.end;
    const name = text.slice(t[s]!.start, after) + (suffixWord(t[e - 1]) && periodRunsOn(text, after) ? '.' : '');
    // "the Argentine province of Jujuy": a country's adjective alone is no place of its own.
    if (e - s === 1 && catalog.countryByAdjective.has(nameKey(name))) return;
    const words = name.toLowerCase().split(/\s+/);
    // "Communist Party Secretary", "Deputy Director": a title is not a name, nor is the portfolio written
    // before one ("Interior Secretary Eduardo Año", "Cabinet Secretary", "Union Minister") unless NER
    // or the catalog knows it as a name ("Sberbank CEO Herman Gref").
    if (TITLES.has(words[words.length - 1]!)) return;
    // "Federal Minister for Interior", "Secretary of State": a title with its portfolio is no name
    // either; a commissioner's is an office ("Commissioner for Information of Public Importance").
    const joiner = words.findIndex((w) => JOINERS.has(w));
    // NER's person run over a title ("Mayor of London Sadiq Khan") stays the person's.
    if (joiner > 0 && TITLES.has(words[joiner - 1]!) && words[joiner - 1] !== 'commissioner' && ner !== 'PERSON') return;
    if (TITLES.has(t[e]?.word.toLowerCase() ?? '') && e - s === 1 && (t[s]!.ner === 'O' || PORTFOLIOS.has(words[0]!)) && !catalog.byKey.has(nameKey(name))) return;
    // "Kipod, the Synesis platform": a product's noun beside a name the document calls a company
    // elsewhere ("Synesis LLC", "Cellebrite, an Israeli company") names the company's platform or
    // tools ("Cellebrite tools were used"), not a product called Synesis.
    const context = contextType(sentence, s, e, catalog, text);
    const maker = context === 'Product' && (elsewhere.registered(name) || elsewhere.firm(name) === 'Company' || elsewhere.firm(name) === 'Organization');
    const firm = firmTypeOf(name, catalog, maker ? undefined : context) ?? elsewhere.firm(name) ?? armType(name, catalog, elsewhere);
    // NER takes many brands for persons or places ("Clearview" in a text that names "Clearview AI
    // Inc."); a word of an organisation's name in the same text is that organisation, unless the
    // gazetteer knows the word as a place.
    const brand = ner === 'PERSON' || (ner === 'LOCATION' && !isKnownPlace(name));
    // So is a name NER saw nothing in here ("Cellebrite" in a headline) that it took for a person or a
    // place elsewhere.
    const guess = elsewhere.guessed(name);
    const type = firm ?? (brand ? elsewhere.wordOf(name) : undefined) ?? guessedTypeOf(name, ner, catalog)
      ?? (guess === 'Person' || guess === 'Place' ? elsewhere.wordOf(name) ?? guess : guess ?? elsewhere.wordOf(name));
    // An acronym is kept untyped-as-yet: resolveEntities ties it to the name it abbreviates, or drops it.
    if (!type && e - s === 1 && ACRONYM.test(name)) {
      found.push({ mention: spanMention(text, sentence, s, e, { type: 'Organization', catalogKeys: [], name, origin: 'discovered', rule: 'acronym' }), firm: false });
      return;
    }
    if (!type || !/\p{Lu}/u.test(name)) return;
    found.push({ mention: spanMention(text, sentence, s, e, { type, catalogKeys: [], name, origin: 'discovered', rule }), firm: Boolean(firm) });
  };
  for (const [s, e, ner] of nerRuns(t)) add(s, e, ner, `ner-${ner.toLowerCase()}`);
  const known = (s: number, e: number) => Boolean(catalog.byKey.get(nameKey(text.slice(t[s]!.start, t[e - 1]!.end)))?.length);
  for (const [s, e] of properRuns(t, known)) {
    // The NER class of the run's last name token, when NER saw it: "Office of Foreign Assets Control" is an
    // ORGANIZATION; a run opening on an organisation's acronym is the organisation's ("NHS England").
    const opening = t[s]!.ner === 'ORGANIZATION' && CAPITALS.test(t[s]!.word) ? 'ORGANIZATION' : undefined;
    const ner = opening ?? [...t.slice(s, e)].reverse().find((x) => NER_CLASSES.has(x.ner))?.ner;
    add(s, e, ner, 'proper-noun');
    // "the Mandalay Region government", "the Moscow city government": a place's own government is a
    // body of its own, not the place and not the state's government.
    const level = LOCAL_LEVELS.has(t[e]?.word ?? '') ? 1 : 0;
    const place = found.find((f) => f.mention.tokenStart === s && f.mention.tokenEnd === e && f.mention.type === 'Place');
    if (place && t[e + level]?.word === 'government') {
      found.push({ mention: spanMention(text, sentence, s, e + level + 1, { type: 'Agency', catalogKeys: [], name: text.slice(t[s]!.start, t[e + level]!.end), origin: 'discovered', rule: 'local-government' }), firm: true });
    }
  }
  return found;
}

export function findNamedMentions(text: string, sentence: ParsedSentence, catalog: Catalog, elsewhere: DocumentTypes = NO_DOCUMENT): Mention[] {
  return typedMentions(text, sentence, catalog, elsewhere).map((t) => t.mention);
}

/** A one-word name of capitals and digits ("G42", "M12"), no word of the language, so a name wherever it is written. */
const CODE_NAME = /^\p{Lu}[\p{Lu}\d]*\d[\p{Lu}\d]*$/u;

/**
 * A name of several words read firmly in one sentence, written again where the tagger saw less of it:
 * the title line "Positive Technologies", whose first word the tagger takes for an adjective, is the
 * company the body names. Only capitalised, so the words in prose stay words. A one-word name of
 * capitals and digits ("G42"), which no tagger reads twice alike, is found again however it was typed.
 */
function sameNamesAgain(text: string, sentences: readonly ParsedSentence[], named: readonly Typed[]): Mention[] {
  const byFirst = new Map<string, { keys: string[]; type: EntityType }[]>();
  for (const t of named) {
    const code = CODE_NAME.test(t.mention.name);
    if ((!t.firm && !code) || !SHORTENED.includes(t.mention.type)) continue;
    const keys = coreKeys(t.mention.name);
    if (keys.length < 2 && !code) continue;
    const list = byFirst.get(keys[0]!) ?? byFirst.set(keys[0]!, []).get(keys[0]!)!;
    if (!list.some((e) => e.keys.join(' ') === keys.join(' '))) list.push({ keys, type: t.mention.type });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const found: Mention[] = [];
  for (const s of sentences) {
    scanKeys(tokenKeys(s), (key) => byFirst.get(key) ?? [], (entry, first, last) => {
      const words = s.tokens.slice(first, last + 1);
      if (!words.every((w) => /^\p{Lu}/u.test(w.word) || DIGIT_WORD.test(w.word) || JOINERS.has(w.word) || w.word === 'and' || w.word === '&' || w.word === '-')) return;
      const name = text.slice(words[0]!.start, words[words.length - 1]!.end);
      found.push(spanMention(text, s, first, last + 1, { type: entry.type, catalogKeys: [], name, origin: 'discovered', rule: 'document-name' }));
    });
  }
  return found;
}

/**
 * The title line of a page names its topic even where the tagger reads its words as a verb and a noun
 * ("Face Pay (Moscow Metro)"): two to five capitalised words alone on the first line, written again in
 * the body, are a name wherever they are written, typed by what the body calls them ("Face Pay is a
 * fare-payment system"). Without such a word in the body they stay words.
 */
function titleNames(text: string, sentences: readonly ParsedSentence[], catalog: Catalog): Mention[] {
  const title = sentences[0];
  if (!title) return [];
  const bracket = title.tokens.findIndex((t) => t.word === '(');
  const words = title.tokens.slice(0, bracket < 0 ? title.tokens.length : bracket).map((t) => t.word);
  if (words.length < 2 || words.length > 5 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return [];
  const places = sentences.flatMap((s) => s.tokens
    .filter((t) => words.every((w, k) => s.tokens[t.i + k]?.word === w))
    .map((t) => ({ s, first: t.i, end: t.i + words.length })));
  const type = places.filter((p) => p.s !== title).map((p) => contextType(p.s, p.first, p.end, catalog, text)).find(Boolean);
  if (!type) return [];
  const name = words.join(' ');
  return places.map((p) => spanMention(text, p.s, p.first, p.end, { type, catalogKeys: [], name, origin: 'discovered', rule: 'title-name' }));
}

/** The acronyms a sentence defines in brackets, each with its opening bracket: "... System (NSCCS)". */
function bracketedAcronyms(s: ParsedSentence): { open: Token; acronym: string }[] {
  return s.tokens
    .filter((x) => x.word === '(' && s.tokens[x.i + 2]?.word === ')' && ACRONYM.test(s.tokens[x.i + 1]?.word ?? ''))
    .map((open) => ({ open, acronym: s.tokens[open.i + 1]!.word }));
}

/** Words a name may hold between the capitals its acronym spells: "Bureau of Industry and Security (BIS)". */
const INSIDE_NAMES = new Set([...JOINERS, 'and', '&', ',', '-', 'the']);

/**
 * A name its bracketed acronym defines: the words before "(NSCCS)" whose capitals spell it are one
 * name, even where a comma and "and" split it for the tagger ("the National Surveillance,
 * Communication and Control System (NSCCS)" is not a company "National Surveillance" and a
 * "Control System"), and so it is wherever the text writes it again in full. The shortest such run
 * wins, so "the United States and the European Union (EU)" defines only the union. Typed by its own
 * words or its sentence, else as the last name inside it.
 */
function acronymDefinedNames(text: string, sentences: readonly ParsedSentence[], named: readonly Typed[], catalog: Catalog): Mention[] {
  const defined: { words: string[]; name: string; type: EntityType }[] = [];
  for (const s of sentences) {
    const t = s.tokens;
    for (const { open, acronym } of bracketedAcronyms(s)) {
      const letters = acronym.replace(/[^\p{Lu}]/gu, '');
      let capitals = '';
      let first: number | undefined;
      for (let k = open.i - 1; k >= 0 && capitals.length < letters.length; k -= 1) {
        const word = t[k]!.word;
        if (/^\p{Lu}/u.test(word)) capitals = word[0] + capitals;
        else if (!INSIDE_NAMES.has(word.toLowerCase())) break;
        if (capitals === letters && /^\p{Lu}/u.test(word)) first = k;
      }
      if (first === undefined || open.i - first < 2) continue;
      const inside = named.filter((n) => n.mention.sentence === s.index && n.mention.tokenStart >= first! && n.mention.tokenEnd <= open.i);
      // Only where the tagger split the name: one mention already spanning it needs nothing.
      if (inside.length === 1 && inside[0]!.mention.tokenStart === first && inside[0]!.mention.tokenEnd === open.i) continue;
      const last = inside.filter((n) => n.mention.tokenEnd === open.i)[0]?.mention.type;
      const name = text.slice(t[first]!.start, t[open.i - 1]!.end);
      const type = firmTypeOf(name, catalog, contextType(s, first, open.i, catalog, text)) ?? last;
      if (type) defined.push({ words: t.slice(first, open.i).map((x) => x.word), name, type });
    }
  }
  // The name is the same name wherever it is written again in full: the title line, a later sentence.
  return defined.flatMap((d) => sentences.flatMap((s) => s.tokens
    .filter((x) => d.words.every((w, k) => s.tokens[x.i + k]?.word === w))
    .map((x) => spanMention(text, s, x.i, x.i + d.words.length, { type: d.type, catalogKeys: [], name: d.name, origin: 'discovered', rule: 'acronym-defined' }))));
}

/**
 * An acronym a bracket defined is a name wherever it is written again, even where the tagger takes
 * it for a common noun ("the NSCCS will be run by ..."). Kept untyped, as any acronym:
 * resolveEntities ties it to the name it abbreviates.
 */
function definedAcronymsAgain(text: string, sentences: readonly ParsedSentence[]): Mention[] {
  const defined = new Set(sentences.flatMap((s) => bracketedAcronyms(s).map((b) => b.acronym)));
  return sentences.flatMap((s) => s.tokens
    .filter((x) => defined.has(x.word) && !PROPER.test(x.pos))
    .map((x) => spanMention(text, s, x.i, x.i + 1, { type: 'Organization', catalogKeys: [], name: x.word, origin: 'discovered', rule: 'acronym' })));
}

export const findNamedEntities = defineStage({
  name: 'findNamedEntities',
  requires: ['parse', 'text'],
  assigns: 'namedMentions',
  run: (w, o) => {
    // Twice: the first reading tells the second what the document calls each name.
    const first = w.parse.sentences.flatMap((s) => typedMentions(w.text, s, o.catalog, NO_DOCUMENT));
    const elsewhere = documentTypes(first, o.catalog);
    const second = w.parse.sentences.flatMap((s) => typedMentions(w.text, s, o.catalog, elsewhere));
    return [...second.map((t) => t.mention), ...sameNamesAgain(w.text, w.parse.sentences, second), ...titleNames(w.text, w.parse.sentences, o.catalog),
      ...acronymDefinedNames(w.text, w.parse.sentences, second, o.catalog), ...definedAcronymsAgain(w.text, w.parse.sentences)];
  },
});
