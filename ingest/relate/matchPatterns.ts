/**
 * @module matchPatterns: relation patterns (patterns/*.ts) over each sentence's dependencies. For a
 * trigger word, each end is reached by the pattern's paths and read as the entity whose mention (or
 * pronoun, or description) covers the token reached; enhanced dependencies already share an argument
 * among conjuncts, so "designated A, B and C" gives three facts. A generic noun reached stands for
 * the entity it introduces ("the city of Almaty", "the vendor, Hikvision"). Qualifiers (qualifiers.ts)
 * drop denied facts and attach status and year.
 */
import { allowsRelation, type EntityType } from '../../cypher/ontology.ts';
import { children, governors, treeOf, type Tree } from '../nlp/tree.ts';
import { documentTopic, mainProgramme } from '../resolve/resolveCoreference.ts';
import { defineStage } from '../stage.ts';
import type { ParsedSentence, Reference, Relation, Token } from '../types.ts';
import { MACROS, type RelationPattern } from './pattern.ts';
import { PATTERNS } from './patterns/index.ts';
import { TITLES } from './patterns/leads.ts';
import { qualify } from './qualifiers.ts';
import { sentenceRelation } from './sentenceRelation.ts';

/** Follows one path (`obj>nmod:to`, `^appos`, `.`) from a token; `spread` false keeps to the tokens the path names, without their conjuncts. */
export function follow(tree: Tree, from: number, path: string, spread = true): number[] {
  if (path === '.') return [from];
  let at = [from];
  for (const step of path.split('>')) {
    const up = step.startsWith('^');
    const rel = up ? step.slice(1) : step;
    at = at.flatMap((t) => (up ? governors(tree, t, rel) : children(tree, t, rel)));
    if (!at.length) return [];
    // Each conjunct of a step counts: "cameras and equipment manufactured by X" reaches X from either.
    if (spread) at = [...new Set([...at, ...at.flatMap((t) => children(tree, t, 'conj:*'))])];
  }
  return at;
}

/** A path with its macros spelled out: `@placement>nmod:poss` is `obl:*>nmod:poss`, `obj>nmod:*>nmod:poss`, ...; `obj>@maker` is `obj>compound`, `obj>acl>obl:by`, ... */
function expand(path: string): readonly string[] {
  return path.split('>').reduce<string[]>((paths, step) => {
    const options = MACROS[step] ?? [step];
    return paths.length ? paths.flatMap((p) => options.map((o) => `${p}>${o}`)) : [...options];
  }, []);
}

export function reach(tree: Tree, from: number, paths: readonly string[], spread = true): number[] {
  const out = new Set<number>();
  for (const p of paths) for (const path of expand(p)) for (const t of follow(tree, from, path, spread)) out.add(t);
  // Conjuncts the enhanced graph did not already share ("A, B and C" under a preposition it dropped);
  // not the trigger's own: in "the Department of Defence, ... the Attorney-General's Department and Home
  // Affairs" the other departments are not the one whose name holds the trigger.
  if (spread) for (const t of [...out]) if (t !== from) for (const c of children(tree, t, 'conj:*')) out.add(c);
  return [...out];
}

/** Head nouns that introduce the entity beside them: "the city of Almaty", "the vendor, Hikvision". */
const INTRODUCERS = new Set([
  'city', 'country', 'government', 'state', 'region', 'province', 'capital', 'authorities', 'ministry', 'company', 'firm',
  'vendor', 'supplier', 'manufacturer', 'maker', 'operator', 'group', 'system', 'platform', 'program', 'programme',
  'project', 'network', 'technology', 'software', 'cameras', 'camera', 'equipment', 'republic', 'municipality', 'administration', 'enforcement', 'police', 'military', 'army',
]);

/** Parts of a body that stand for it: "units of the IRGC", "the Hong Kong branch of BBVA". */
const PARTS = new Set(['unit', 'branch', 'division', 'arm', 'wing', 'section']);

/**
 * A list of legal names after a colon is parsed as names in apposition ("five companies: Huawei
 * Technologies (Mauritius) Co. Ltd, Teleconvergence Infosystems Mauritius Ltd, Rod Oto Ltd, ..."):
 * another company's name set beside a company's name is the next item, not the same thing again,
 * unless it is set against it ("Ipsidy Inc., a U.S. company, not CloudWalk").
 */
function listedBeside(sentence: ParsedSentence, tree: Tree, refs: readonly Reference[], named: readonly Reference[]): Reference[] {
  return named.filter((r) => !r.anaphor && r.type === 'Company').flatMap((r) => sentence.tokens.slice(r.tokenStart, r.tokenEnd)
    .flatMap((t) => children(tree, t.i, 'appos'))
    .filter((a) => !children(tree, a, 'advmod').some((m) => sentence.tokens[m]!.lemma.toLowerCase() === 'not'))
    .flatMap((a) => refs.filter((o) => !o.anaphor && o.type === 'Company' && a >= o.tokenStart && a < o.tokenEnd && o.entityIds[0] !== r.entityIds[0])));
}

/** The references a token stands for: a mention or pronoun covering it, else what a generic noun introduces. */
function refsAt(sentence: ParsedSentence, tree: Tree, refs: readonly Reference[], token: number): Reference[] {
  const t = sentence.tokens[token]!;
  const covered = (tokens: number[]) => refs.filter((r) => tokens.some((n) => n >= r.tokenStart && n < r.tokenEnd));
  // A plural noun and the names a colon lists after it ("eight further entities: SZ DJI Technology Co.,
  // Ltd., ..."), which the parser hangs on the noun, or on the verb whose object it is ("designated
  // four technology companies under E.O. 14024: Joint Stock Company Mikron, AO NII-Vektor, ..."): the
  // names, not the companies the noun would otherwise speak of again.
  const listedAfter = t.pos === 'NNS' ? covered([...children(tree, token, 'dep'), ...governors(tree, token, 'obj').flatMap((v) => children(tree, v, 'parataxis'))]) : [];
  const direct = refs.filter((r) => token >= r.tokenStart && token < r.tokenEnd);
  if (direct.length && !(listedAfter.length && direct.every((r) => r.anaphor))) return [...direct, ...listedBeside(sentence, tree, refs, direct)];
  if (!/^NN/.test(t.pos)) return [];
  // A description set beside a name is that name: "ZTE Corporation, a maker headquartered in Shenzhen".
  // So is a predicate noun: "iFlytek was among the companies that Commerce put on the list".
  // Not a negated one: "Thalestris Limited ... were not part of that action".
  const negated = children(tree, token, 'advmod').some((m) => ['not', 'never', "n't"].includes(sentence.tokens[m]!.lemma.toLowerCase()));
  const predicate = children(tree, token, 'cop').length && !negated ? children(tree, token, 'nsubj') : [];
  // Not the bracketed acronym of the place someone is at: in "a doctoral student at the University of
  // Science and Technology of China (USTC)" the parser sets "USTC" beside "student".
  const held = new Set(covered(children(tree, token, 'nmod:at')).map((r) => r.entityIds[0]));
  const described = [...covered([...governors(tree, token, 'appos'), ...children(tree, token, 'appos'), ...predicate]).filter((r) => !held.has(r.entityIds[0])), ...listedAfter];
  if (described.length) return [...described, ...(t.pos === 'NNS' ? listedBeside(sentence, tree, refs, described) : [])];
  const generic = INTRODUCERS.has(t.lemma.toLowerCase());
  // "the city of Almaty" introduces Almaty; "the cities of Kazakhstan" are not Kazakhstan. Plural
  // nouns introduce the names they list: "companies such as Hikvision, Dahua and Huawei".
  const listed = t.pos === 'NNS' ? ['nmod:such_as', 'nmod:like', 'nmod:including'].flatMap((rel) => children(tree, token, rel)) : [];
  if (listed.length) return covered(listed);
  // "sold products to units of the IRGC": a part of a body, singular or plural, is that body, not
  // the place that names the part ("the Hong Kong branch of BBVA").
  if (PARTS.has(t.lemma.toLowerCase())) return covered(children(tree, token, 'nmod:of'));
  const near = [...children(tree, token, 'compound'), ...children(tree, token, 'amod'), ...(generic && t.pos === 'NN' ? children(tree, token, 'nmod:of') : [])];
  // A modifier names the thing itself only for technologies and products ("facial recognition software").
  return covered(near).filter((r) => generic || ['Technology', 'Product', 'Program'].includes(r.type));
}

function holds(sentence: ParsedSentence, tree: Tree, refs: readonly Reference[], trigger: number, c: RelationPattern['requires'][number]): boolean {
  const reached = reach(tree, trigger, [c.path]);
  return reached.some((t) => {
    if (c.unnamed && refs.some((r) => t >= r.tokenStart && t < r.tokenEnd)) return false;
    if (c.named && !refs.some((r) => !r.anaphor && t >= r.tokenStart && t < r.tokenEnd)) return false;
    if (!c.lemmas && !c.types) return true;
    if (c.lemmas && c.lemmas.includes(sentence.tokens[t]!.lemma.toLowerCase())) return true;
    if (c.types && refsAt(sentence, tree, refs, t).some((r) => c.types!.includes(r.type))) return true;
    return false;
  });
}

const VERB = /^(?:VB|MD)/;
const NOUN = /^NN/;

function triggerFits(pattern: RelationPattern, pos: string): boolean {
  if (pattern.pos === 'name') return true;
  if (pattern.pos === 'verb') return VERB.test(pos) || pos === 'JJ';
  if (pattern.pos === 'noun') return NOUN.test(pos);
  return VERB.test(pos) || NOUN.test(pos);
}

const byLemma = new Map<string, RelationPattern[]>();
for (const p of PATTERNS.filter((x) => x.pos !== 'name')) for (const t of p.triggers) byLemma.set(t, [...(byLemma.get(t) ?? []), p]);
const NAME_PATTERNS = PATTERNS.filter((p) => p.pos === 'name');

/** The patterns a token triggers: by its lemma, and by the type of the name it heads (`names`: the sentence's own). */
function patternsAt(names: readonly Reference[], t: Token): RelationPattern[] {
  const headed = NAME_PATTERNS.length ? names.filter((r) => r.head === t.i) : [];
  return [...(byLemma.get(t.lemma.toLowerCase()) ?? []), ...NAME_PATTERNS.filter((p) => headed.some((r) => p.triggerTypes!.includes(r.type)))];
}

function typeFits(types: readonly EntityType[] | undefined, type: EntityType): boolean {
  return !types || types.includes(type);
}

/**
 * The parser reads "In 2023 Hikvision supplied cameras" as "in 2023 Hikvision", leaving the verb
 * without a subject: a verb with no subject of any kind takes the name attached to it from before it.
 */
function misparsedSubject(sentence: ParsedSentence, tree: Tree, refs: readonly Reference[], verb: number): Reference[] {
  if (!VERB.test(sentence.tokens[verb]!.pos) || (tree.down[verb] ?? []).some((d) => d.rel.startsWith('nsubj') || d.rel.startsWith('csubj'))) return [];
  // "The Ministry of Internal Affairs, which runs Safe City, started ...": a relative clause whose
  // pronoun the parser did not make its subject has the name it is set beside.
  if (['which', 'who', 'that'].includes(sentence.tokens[verb - 1]?.word.toLowerCase() ?? '')) {
    const beside = governors(tree, verb, 'acl:relcl').flatMap((g) => refsAt(sentence, tree, refs, g));
    if (beside.length) return beside;
  }
  const before = children(tree, verb, 'obl:*').filter((t) => t < verb && /^NNP/.test(sentence.tokens[t]!.pos));
  const named = before.flatMap((t) => refsAt(sentence, tree, refs, t));
  if (named.length) return named;
  // A clause the parser hung loosely on the main verb ("issued guidance that in effect excluded ...")
  // has that verb's subject.
  return governors(tree, verb, 'dep').filter((g) => VERB.test(sentence.tokens[g]!.pos))
    .flatMap((g) => children(tree, g, 'nsubj')).flatMap((t) => refsAt(sentence, tree, refs, t));
}

/** Words of a head's title, the trigger's own and the ones a person may carry beside their name. */
const HEAD_TITLES = new Set([...TITLES, 'executive', 'officer']);

/**
 * A person named with a title of their own is not the holder of another title in the sentence: in
 * "Minister of Interior Nebojša Stefanović and Police Director Vladimir Rebić", the minister's title
 * reaches Rebić through the conjunction, but he is the police director.
 */
function ownTitle(tree: Tree, person: Reference, trigger: number): boolean {
  // The trigger's own conjuncts are the same person's titles ("deputy chairman ... and Minister of ...").
  const same = new Set([trigger, ...children(tree, trigger, 'conj:*'), ...governors(tree, trigger, 'conj:*')]);
  const near = [...children(tree, person.head, 'compound'), ...children(tree, person.head, 'appos'), ...children(tree, person.head, 'conj:*'), ...governors(tree, person.head, 'appos')]
    .filter((t) => !same.has(t) && (t < person.tokenStart || t >= person.tokenEnd));
  return near.some((t) => HEAD_TITLES.has(tree.sentence.tokens[t]!.lemma.toLowerCase()));
}

/** Designations and bans a notice states in the passive ("were added to the Entity List") are its issuer's. */
const ISSUED: readonly string[] = ['SANCTIONS', 'RESTRICTS'];

/** What a designation's subject may be when no one is named doing it: "An update added ...", "The same notice listed ...". */
const DOCUMENT_NOUNS = new Set(['update', 'revision', 'list', 'notice', 'rule', 'order', 'version', 'edition', 'batch', 'release', 'action', 'designation', 'announcement']);

function unnamedAgent(sentence: ParsedSentence, tree: Tree, verb: number): boolean {
  const subjects = children(tree, verb, 'nsubj');
  return subjects.length > 0 && subjects.every((s) => DOCUMENT_NOUNS.has(sentence.tokens[s]!.lemma.toLowerCase()));
}


/** Verbs that designate by themselves, and verbs that do so when what they place is on a list ("added 28 organizations to the Entity List"). */
const DESIGNATING = new Set(['designate', 'sanction', 'blacklist']);
const PLACING = new Set(['add', 'place', 'put', 'list', 'include']);

/**
 * A body named doing a designation whose names the sentence does not give: "BIS today added 28
 * Chinese government and commercial organizations to the Entity List" opens a release whose
 * "were placed on the Entity List" and "The listed parties are ..." are BIS's.
 */
function designatingBody(sentence: ParsedSentence, here: readonly Reference[]): Reference | undefined {
  const tree = treeOf(sentence);
  const at = (t: number) => here.filter((r) => !r.anaphor && t >= r.tokenStart && t < r.tokenEnd);
  for (const t of sentence.tokens) {
    if (!/^VB/.test(t.pos)) continue;
    const lemma = t.lemma.toLowerCase();
    const onList = PLACING.has(lemma) && reach(tree, t.i, ['@placement']).some((x) => at(x).some((r) => r.type === 'Law'));
    if (!DESIGNATING.has(lemma) && !onList) continue;
    const agent = reach(tree, t.i, ['@agent']).flatMap(at).find((r) => r.type === 'Agency' || r.type === 'State');
    if (agent) return agent;
  }
  return undefined;
}

/**
 * The body that issues a document: a government press release or notice names its agency (or state)
 * first, in its header or first paragraph. Passive designations with no agent are that body's.
 */
export function issuerOf(refs: readonly Reference[], text: string): Reference | undefined {
  // A Federal Register notice says who issues it on its "AGENCY:" line, under a header naming the department.
  const agencyLine = /^AGENCY:[^\n]*/m.exec(text);
  const named = agencyLine && refs.filter((r) => !r.anaphor && r.type === 'Agency' && r.start >= agencyLine.index && r.end <= agencyLine.index + agencyLine[0].length)
    .sort((a, b) => a.start - b.start)[0];
  if (named) return named;
  return refs.filter((r) => !r.anaphor && r.sentence < 4 && (r.type === 'Agency' || r.type === 'State')).sort((a, b) => a.start - b.start)[0];
}

/** What a sentence may leave unnamed because the document says it elsewhere. */
export interface DocumentContext {
  /** Who designates when no one is named doing it: the body last named designating, else the document's issuer. */
  issuer?: Reference;
  /** The entity the page is about, and the programme the text is about by this sentence (RelationPattern's `fill`). */
  topic?: Reference;
  programme?: Reference;
}

export function matchSentence(text: string, docId: string, sentence: ParsedSentence, refs: readonly Reference[], laws: readonly Reference[], context: DocumentContext = {}): Relation[] {
  const { issuer } = context;
  const tree = treeOf(sentence);
  const found: Relation[] = [];
  const names = refs.filter((r) => r.sentence === sentence.index && !r.anaphor);
  for (const t of sentence.tokens) {
    // The names the token is a word of ("Department" of "Department of Defense").
    const within = new Set(names.filter((r) => t.i >= r.tokenStart && t.i < r.tokenEnd).map((r) => r.entityIds[0]));
    for (const pattern of patternsAt(names, t)) {
      if (!triggerFits(pattern, t.pos)) continue;
      if (!pattern.requires.every((c) => holds(sentence, tree, refs, t.i, c))) continue;
      if (pattern.forbids.some((c) => holds(sentence, tree, refs, t.i, c))) continue;
      const ends = (paths: readonly string[], inOrder: boolean, spread = true) => (inOrder
        ? paths.map((path) => reach(tree, t.i, [path], spread).flatMap((x) => refsAt(sentence, tree, refs, x))).find((found) => found.length) ?? []
        : reach(tree, t.i, paths, spread).flatMap((x) => refsAt(sentence, tree, refs, x)));
      // A singular description is said of one name, not of the names listed with it: in "Hytera
      // (Hytera), a Shenzhen manufacturer of two-way radios, Hikvision and Dahua were named", only Hytera
      // is in Shenzhen. So is a participle after a comma, unless it says "both" or "all": in "AO
      // Kaspersky Lab and OOO Kaspersky Group, both in Russia, and Kaspersky Labs Limited, registered in
      // the United Kingdom", only the last is registered there, whichever conjunct the parser hung it on.
      const participle = /^VB[NG]$/.test(t.pos) && [...governors(tree, t.i, 'acl'), ...governors(tree, t.i, 'amod')].some((g) => g < t.i)
        && sentence.tokens[t.i - 1]?.word === ','
        && !sentence.tokens.some((w) => w.i < t.i && w.i >= t.i - 3 && ['both', 'all', 'each'].includes(w.word.toLowerCase()));
      let subjects = ends(pattern.subject, pattern.subjectInOrder, !(pattern.pos === 'noun' && t.pos === 'NN'));
      if (participle) {
        const nearest = Math.max(...subjects.filter((r) => r.end <= t.start).map((r) => r.start));
        subjects = subjects.filter((r) => r.end > t.start || r.start === nearest);
      }
      if (!subjects.length && pattern.subject.includes('@agent')) subjects = misparsedSubject(sentence, tree, refs, t.i);
      // A designation with no one named doing it ("was listed the same day", "An update added Dahua")
      // is by the body the text has designating, else by the document's issuer.
      if (!subjects.length && issuer && ISSUED.includes(pattern.type) && (children(tree, t.i, 'aux:pass').length || unnamedAgent(sentence, tree, t.i))) subjects = [{ ...issuer, anaphor: true }];
      let objects = ends(pattern.object, pattern.objectInOrder);
      const filler = pattern.fill && context[pattern.fill.from];
      if (filler && pattern.fill!.end === 'subject' && !subjects.length) subjects = [{ ...filler, anaphor: true }];
      if (filler && pattern.fill!.end === 'object' && !objects.length) objects = [{ ...filler, anaphor: true }];
      // A noun that is a word of a name ("Department" of "Department of Defense") is that name, not a
      // description of something else: the name is not what the noun is of. It may still be the one
      // described ("Lorex Corporation in the United States").
      if (within.size && pattern.pos === 'noun' && !pattern.object.includes('.')) objects = objects.filter((r) => !within.has(r.entityIds[0]));
      if (!subjects.length || !objects.length) continue;
      const qualifiers = qualify(sentence, tree, t.i, text);
      if (qualifiers.denied) continue;
      for (const s of subjects) {
        if (!typeFits(pattern.subjectTypes, s.type)) continue;
        if (pattern.type === 'LEADS' && pattern.pos === 'noun' && s.type === 'Person' && ownTitle(tree, s, t.i)) continue;
        for (const o of objects) {
          if (!typeFits(pattern.objectTypes, o.type) || !allowsRelation(pattern.type, s.type, o.type)) continue;
          const [source, target] = [s.entityIds[0]!, o.entityIds[0]!];
          if (source === target) continue;
          const confidence = Math.round(pattern.confidence * (s.anaphor || o.anaphor ? 0.85 : 1) * 100) / 100;
          const detail = pattern.type === 'SANCTIONS' || pattern.type === 'RESTRICTS'
            ? laws.find((l) => l.entityIds[0] !== target && l.entityIds[0] !== source)?.text : undefined;
          found.push(sentenceRelation(text, docId, sentence, source, pattern.type, target, {
            rule: pattern.id, confidence,
            ...(qualifiers.year ? { year: qualifiers.year } : {}),
            ...(qualifiers.status ?? pattern.status ? { status: qualifiers.status ?? pattern.status } : {}),
            ...(detail ? { detail } : {}),
          }));
        }
      }
    }
  }
  return found;
}

export const matchPatterns = defineStage({
  name: 'matchPatterns',
  requires: ['parse', 'text', 'docId', 'resolution', 'coreferences'],
  assigns: 'candidates',
  run: (w) => {
    // A reference to several entities ("both companies", "their") stands for each of them, with its own type.
    const types = new Map(w.resolution.entities.map((e) => [e.id, e.type]));
    const refs = [...w.resolution.references, ...w.coreferences].flatMap((r) => r.entityIds.map((id) => ({ ...r, entityIds: [id], type: types.get(id) ?? r.type })));
    const issuer = issuerOf(w.resolution.references, w.text);
    const topicId = documentTopic(w.parse.sentences, w.resolution.references);
    const topic = w.resolution.references.find((r) => r.entityIds[0] === topicId && !r.anaphor);
    // The body last named designating someone, which a following "was listed the same day" continues.
    let designator: Reference | undefined;
    return w.parse.sentences.flatMap((s) => {
      const here = refs.filter((r) => r.sentence === s.index);
      const programmeId = mainProgramme(w.resolution.references, s.index + 1);
      const programme = w.resolution.references.find((r) => r.entityIds[0] === programmeId && !r.anaphor);
      const found = matchSentence(w.text, w.docId, s, here, here.filter((r) => r.type === 'Law'), { issuer: designator ?? issuer, topic, programme });
      const by = found.filter((r) => r.type === 'SANCTIONS')
        .flatMap((r) => here.filter((h) => h.entityIds[0] === r.source && !h.anaphor))[0] ?? designatingBody(s, here);
      if (by) designator = by;
      return found;
    });
  },
});

