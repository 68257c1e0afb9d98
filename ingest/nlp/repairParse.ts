/**
 * @module Parser errors corrected before any stage reads the parse. CoreNLP reads "The Department of
 * the Treasury's Office of Foreign Assets Control designated ..." as "the Department of [the
 * Treasury's Office]", making the department the one who designates and the office part of it the
 * wrong way round. A possessive binds to the whole name before it when that name is a body's
 * ("Department of the Treasury", "Government of Serbia", "University of Toronto"), so the office is
 * the head, possessed by the department, and takes over what the department was governed by.
 *
 * It also reads "provides the technology used by Moscow" as a clause whose subject is the technology
 * and whose agent is Moscow. A past participle with a by-phrase and no auxiliary is a reduced
 * passive: its subject is what is done to, so that subject becomes the passive one.
 *
 * A verb's object followed by a participle ("banned the authorisation of new equipment made by Vexa",
 * "banned authorisations of new Hikvision and Dahua equipment used for security") is read as a loose
 * clause whose subject is the object. A participle with no auxiliary after its verb's object
 * describes that object: the object goes back to the verb, the participle onto the object.
 *
 * A name followed by its short name in brackets ("the National Intelligence Secretariat (Senain)")
 * may come back with the short name as the head; the name is the head again, the short name beside it.
 *
 * And it hangs the party of a deal on the deal's price: in "signed a contract worth EUR 98.6 million
 * with the Telecommunication Company of Iran" the company is the price's, and in "delivered
 * equipment worth EUR 11.3 million to the Tashkent region" the region is. A price takes no "with" or
 * "to"; what the parser hung there belongs to the noun the price is said of.
 *
 * It hangs a passive's agent on the date before it ("was founded in 2015 by Faisal al-Bannai"): the
 * by-phrase on a date of the verb's is the verb's agent.
 *
 * And it leaves some controlled verbs without the subject they share with the verb governing them
 * ("it stopped selling to customers in Hong Kong"), which it gives others ("agreed to sell"): the
 * governing verb's subject becomes the controlled verb's too.
 *
 * A subject followed by a participle and then the sentence's verb ("The list published on January 6
 * added SenseTime ...") can come back with the participle as the root, its subject the subject, and
 * the verb hung loosely on it. A participle with no auxiliary there describes the subject: the verb
 * becomes the root again, with the subject its own and the participle on the subject.
 *
 * A participle set off by a comma after a verb's object ("set up the Investigative Commission on
 * Pegasus, chaired by Magdalena Sroka") can come back hung loosely on the verb; with no subject or
 * auxiliary of its own it describes the phrase before the comma, the object or an oblique after it.
 *
 * A list of company names each ending in a legal form ("added Intellexa S.A., Intellexa Limited,
 * Cytrox AD and Cytrox Holdings Zrt. to the Entity List") can come back as one name: the earlier
 * items, joined to each other as conjuncts, all compounds of the last. Each item takes the last
 * one's place in the sentence too.
 *
 * "together with" can come back as two words, an adverb and a with-phrase ("OFAC designated Serniya
 * together with OOO Sertal ... and with other members of the network"), where the enhanced graph
 * usually reads one preposition: the with-phrases after the adverb are together_with's.
 */
import type { Dependency, ParsedSentence } from '../types.ts';

/** Head nouns of a body's name, which a following possessive belongs to as a whole. */
const BODY_NOUNS = new Set([
  'department', 'ministry', 'office', 'bureau', 'government', 'university', 'institute', 'commission', 'council', 'committee',
  'academy', 'agency', 'administration', 'bank', 'republic', 'state', 'people', 'service', 'directorate', 'authority', 'court',
]);

const PROPER = /^NNP/;

/** "A of (the) B 's C" parsed as nmod:of(A, C) + nmod:poss(C, B), with A, B and C proper nouns and A a body's head noun. */
function misreadPossessive(s: ParsedSentence, ofEdge: Dependency): { a: number; b: number; c: number; of: number; poss: number } | undefined {
  const [a, c] = [ofEdge.gov, ofEdge.dep];
  const at = (i: number) => s.tokens[i];
  if (!PROPER.test(at(a)?.pos ?? '') || !PROPER.test(at(c)?.pos ?? '') || !BODY_NOUNS.has(at(a)!.lemma.toLowerCase()) || c <= a) return undefined;
  const possEdge = s.deps.find((d) => d.rel === 'nmod:poss' && d.gov === c && d.dep > a && d.dep < c && PROPER.test(at(d.dep)!.pos));
  if (!possEdge) return undefined;
  const b = possEdge.dep;
  const of = s.deps.find((d) => d.rel === 'case' && d.gov === c && d.dep > a && d.dep < b && at(d.dep)!.word.toLowerCase() === 'of')?.dep;
  const poss = s.deps.find((d) => d.rel === 'case' && d.gov === b && d.dep > b && d.dep < c && at(d.dep)!.pos === 'POS')?.dep;
  return of === undefined || poss === undefined ? undefined : { a, b, c, of, poss };
}

/** Edges of a participle read as active though nothing makes it so: no auxiliary, a by-agent, a plain subject. */
function reducedPassiveSubjects(s: ParsedSentence): Set<Dependency> {
  const found = new Set<Dependency>();
  for (const d of s.deps) {
    if (d.rel !== 'nsubj' || s.tokens[d.gov]?.pos !== 'VBN') continue;
    const on = s.deps.filter((e) => e.gov === d.gov);
    if (on.some((e) => e.rel.startsWith('aux') || e.rel === 'cop')) continue;
    if (on.some((e) => e.rel === 'obl:by' || e.rel === 'obl:agent') && d.dep < d.gov) found.add(d);
  }
  return found;
}

/** Prepositions that name a deal's party or the goods' customer, never a price's. */
const PARTY = /^(?:nmod|obl):(?:with|to|for|from)$/;

/** Edges from inside "worth <price>" to a party after it, each with the noun the price is said of. */
function partiesOfPrice(s: ParsedSentence): Map<Dependency, number> {
  const moved = new Map<Dependency, number>();
  for (const amod of s.deps.filter((d) => d.rel === 'amod' && s.tokens[d.dep]?.lemma.toLowerCase() === 'worth')) {
    const inside = new Set([amod.dep]);
    for (let grew = true; grew;) {
      grew = false;
      for (const d of s.deps) {
        if (inside.has(d.gov) && !inside.has(d.dep) && d.dep !== amod.gov && !PARTY.test(d.rel) && d.dep > amod.dep) {
          inside.add(d.dep);
          grew = true;
        }
      }
    }
    for (const d of s.deps) if (inside.has(d.gov) && PARTY.test(d.rel) && d.dep > amod.dep) moved.set(d, amod.gov);
  }
  return moved;
}

/** Loose participles whose subject sits between them and the verb they hang from: each with its verb and that subject. */
function looseParticiples(s: ParsedSentence): { verb: number; participle: number; object: number }[] {
  const found: { verb: number; participle: number; object: number }[] = [];
  for (const d of s.deps) {
    if (d.rel !== 'dep' || !/^VB[DNZP]?$/.test(s.tokens[d.gov]?.pos ?? '') || s.tokens[d.dep]?.pos !== 'VBN' || d.dep < d.gov) continue;
    const on = s.deps.filter((e) => e.gov === d.dep);
    if (on.some((e) => e.rel.startsWith('aux') || e.rel === 'cop')) continue;
    if (s.deps.some((e) => e.gov === d.gov && (e.rel === 'obj' || e.rel === 'ccomp'))) continue;
    const subject = on.find((e) => (e.rel === 'nsubj' || e.rel === 'nsubj:pass') && e.dep > d.gov && e.dep < d.dep && /^NN/.test(s.tokens[e.dep]!.pos));
    if (subject) found.push({ verb: d.gov, participle: d.dep, object: subject.dep });
  }
  return found;
}

/**
 * "the National Intelligence Secretariat (Senain)": the parser may make the bracketed short name the
 * head and hang the name on it loosely. Each such bracket, by the short name's token and the name's head.
 */
function bracketHeads(s: ParsedSentence): { short: number; name: number }[] {
  const word = (i: number) => s.tokens[i]?.word;
  return s.deps.filter((d) => d.rel === 'dep' && d.dep === d.gov - 2 && ['(', '-LRB-'].includes(word(d.gov - 1) ?? '') && [')', '-RRB-'].includes(word(d.gov + 1) ?? ''))
    .filter((d) => PROPER.test(s.tokens[d.gov]!.pos) && PROPER.test(s.tokens[d.dep]!.pos))
    .map((d) => ({ short: d.gov, name: d.dep }));
}

/**
 * A controlled verb the parser left without the subject it shares with the verb governing it: in "it
 * stopped selling to customers in Hong Kong" the parser gives "selling" no subject, though it gives
 * "agreed to sell" one ("nsubj:xsubj").
 */
function missingControlledSubjects(s: ParsedSentence): Dependency[] {
  const subjectOf = (v: number) => s.deps.find((d) => d.gov === v && (d.rel === 'nsubj' || d.rel === 'nsubj:xsubj'))?.dep;
  return s.deps.filter((d) => d.rel === 'xcomp' && /^VB/.test(s.tokens[d.dep]?.pos ?? '') && /^VB/.test(s.tokens[d.gov]?.pos ?? ''))
    .filter((d) => !s.deps.some((e) => e.gov === d.dep && (e.rel.startsWith('nsubj') || e.rel === 'expl')))
    .flatMap((d) => {
      const subject = subjectOf(d.gov);
      return subject === undefined ? [] : [{ rel: 'nsubj:xsubj', gov: d.dep, dep: subject }];
    });
}

/**
 * A passive's agent hung on the date before it: in "was founded in Abu Dhabi in 2015 by Faisal
 * al-Bannai" the parser makes the founder a modifier of 2015. A by-phrase on a date that is itself
 * the verb's is the verb's agent.
 */
function agentsOnDates(s: ParsedSentence): Map<Dependency, number> {
  const found = new Map<Dependency, number>();
  for (const d of s.deps) {
    if (d.rel !== 'nmod:by' && d.rel !== 'nmod:agent') continue;
    if (s.tokens[d.gov]?.ner !== 'DATE') continue;
    const verb = s.deps.find((e) => e.dep === d.gov && e.rel.startsWith('obl') && s.tokens[e.gov]?.pos === 'VBN')?.gov;
    if (verb !== undefined && s.deps.some((e) => e.gov === verb && e.rel === 'aux:pass')) found.set(d, verb);
  }
  return found;
}

/** Participles hung loosely on a verb after a comma that follows the verb's object: each with the phrase just before the comma. */
function participlesOfObjects(s: ParsedSentence): { verb: number; participle: number; object: number }[] {
  return s.deps.filter((d) => d.rel === 'dep' && /^VB/.test(s.tokens[d.gov]?.pos ?? '') && s.tokens[d.dep]?.pos === 'VBN' && s.tokens[d.dep - 1]?.word === ',')
    .filter((d) => !s.deps.some((e) => e.gov === d.dep && (e.rel.startsWith('aux') || e.rel.startsWith('nsubj') || e.rel === 'cop')))
    .flatMap((d) => {
      // The verb's last object or oblique before the comma: "blocked the assets under Executive Order 14024, signed by ..." describes the order.
      const before = s.deps.filter((e) => e.gov === d.gov && /^(?:obj|iobj|obl)(?::|$)/.test(e.rel) && e.dep < d.dep).map((e) => e.dep);
      if (!s.deps.some((e) => e.gov === d.gov && e.rel === 'obj' && e.dep < d.dep)) return [];
      return [{ verb: d.gov, participle: d.dep, object: Math.max(...before) }];
    });
}

/** Capitalised heads with two or more compounds that are conjuncts of one another: a list read as one name. */
function gluedLists(s: ParsedSentence): { head: number; items: number[] }[] {
  const out: { head: number; items: number[] }[] = [];
  for (let head = 0; head < s.tokens.length; head++) {
    // Names, not goods named by their makers: "Dahua and Hikvision devices" is one noun.
    if (!/^\p{Lu}/u.test(s.tokens[head]!.word)) continue;
    const compounds = s.deps.filter((d) => d.gov === head && d.rel === 'compound').map((d) => d.dep);
    const items = compounds.filter((c) => s.deps.some((d) => d.rel.startsWith('conj') && ((d.gov === c && compounds.includes(d.dep)) || (d.dep === c && compounds.includes(d.gov)))));
    if (items.length >= 2) out.push({ head, items });
  }
  return out;
}

/** Roots that are participles with no auxiliary: a reduced relative clause the parser made the sentence's head. */
function bareParticipleRoots(s: ParsedSentence): number[] {
  return s.deps.filter((d) => d.gov < 0 && s.tokens[d.dep]?.pos === 'VBN').map((d) => d.dep)
    .filter((p) => !s.deps.some((d) => d.gov === p && d.rel.startsWith('aux')));
}

/** Roots that are participles describing their subject, each with the finite verb hung on it that is the sentence's. */
function reducedRelativeRoots(s: ParsedSentence): { participle: number; verb: number; subject: number }[] {
  return bareParticipleRoots(s).flatMap((p) => {
    const subject = s.deps.find((d) => d.gov === p && d.rel === 'nsubj')?.dep;
    const verb = s.deps.find((d) => d.gov === p && d.rel === 'dep' && d.dep > p && /^VB[DZP]$/.test(s.tokens[d.dep]?.pos ?? ''))?.dep;
    if (subject === undefined || verb === undefined || subject > p) return [];
    if (s.deps.some((d) => d.gov === verb && d.rel.startsWith('nsubj'))) return [];
    return [{ participle: p, verb, subject }];
  });
}

/**
 * Roots that are participles describing their subject, with the copula after them hung on what they
 * seem to govern: "The government bodies added are the XUAR People's Government Public Security
 * Bureau and ..." is "the bodies added" being that bureau and the rest.
 */
function reducedRelativeCopulas(s: ParsedSentence): { participle: number; predicate: number; subject: number }[] {
  return bareParticipleRoots(s).flatMap((p) => {
    const subject = s.deps.find((d) => d.gov === p && d.rel === 'nsubj' && d.dep < p)?.dep;
    const predicate = s.deps.find((d) => d.rel === 'cop' && d.dep === p + 1)?.gov;
    if (subject === undefined || predicate === undefined || !s.deps.some((d) => d.gov === p && d.rel === 'obj' && d.dep === predicate)) return [];
    return [{ participle: p, predicate, subject }];
  });
}

/**
 * Relative clauses whose antecedent the parser made the verb's object when an aside stands between
 * the pronoun and the verb ("the Safe City system, which according to the minister would use facial
 * recognition"; "Intellexa S.A., ... that, in Treasury's account, sold its surveillance tools"): with
 * another object after the verb and no subject, the antecedent is the subject.
 */
function relativeSubjects(s: ParsedSentence): Set<Dependency> {
  const out = new Set<Dependency>();
  for (const relcl of s.deps.filter((d) => d.rel === 'acl:relcl')) {
    const verb = relcl.dep;
    const own = s.deps.filter((d) => d.gov === verb);
    if (own.some((d) => d.rel.startsWith('nsubj')) || !own.some((d) => d.rel === 'obj' && d.dep > verb)) continue;
    const edge = own.find((d) => d.rel === 'obj' && d.dep === relcl.gov);
    if (edge) out.add(edge);
  }
  return out;
}

/** With-phrases after a "together" of the same verb: "designated Serniya together with OOO Sertal". */
function splitTogetherWith(s: ParsedSentence): Set<Dependency> {
  const together = new Map(s.deps.filter((d) => d.rel === 'advmod' && s.tokens[d.dep]?.lemma.toLowerCase() === 'together').map((d) => [d.gov, d.dep]));
  return new Set(s.deps.filter((d) => d.rel === 'obl:with' && together.has(d.gov) && together.get(d.gov)! < d.dep));
}

export function repairParse(sentence: ParsedSentence): ParsedSentence {
  const passive = reducedPassiveSubjects(sentence);
  const priced = partiesOfPrice(sentence);
  const relative = relativeSubjects(sentence);
  const together = splitTogetherWith(sentence);
  let deps = passive.size || priced.size || relative.size || together.size
    ? sentence.deps.map((d): Dependency => {
      if (passive.has(d)) return { ...d, rel: 'nsubj:pass' };
      if (together.has(d)) return { ...d, rel: 'obl:together_with' };
      if (relative.has(d)) return { ...d, rel: sentence.deps.some((a) => a.gov === d.gov && a.rel === 'aux:pass') ? 'nsubj:pass' : 'nsubj' };
      const noun = priced.get(d);
      return noun === undefined ? d : { rel: `nmod:${d.rel.split(':')[1]}`, gov: noun, dep: d.dep };
    })
    : sentence.deps;
  for (const { short, name } of bracketHeads(sentence)) {
    // The name takes the place the short name held, and the short name stands beside it.
    deps = deps.filter((d) => !(d.gov === short && d.dep === name && d.rel === 'dep'))
      .map((d): Dependency => (d.dep === short ? { ...d, dep: name } : d.gov === short && d.dep !== name ? { ...d, gov: name } : d));
    deps.push({ rel: 'appos', gov: name, dep: short });
  }
  for (const { verb, participle, object } of looseParticiples(sentence)) {
    deps = deps.filter((d) => !(d.gov === verb && d.dep === participle && d.rel === 'dep') && !(d.gov === participle && d.dep === object && d.rel.startsWith('nsubj')));
    deps.push({ rel: 'obj', gov: verb, dep: object }, { rel: 'acl', gov: object, dep: participle });
  }
  for (const ofEdge of sentence.deps.filter((d) => d.rel === 'nmod:of')) {
    const m = misreadPossessive({ ...sentence, deps }, ofEdge);
    if (!m) continue;
    const { a, b, c, of, poss } = m;
    const dropped = (d: Dependency) => (d.gov === a && d.dep === c && d.rel === 'nmod:of') || (d.gov === c && d.dep === b && d.rel === 'nmod:poss')
      || (d.gov === c && d.dep === of && d.rel === 'case') || (d.gov === b && d.dep === poss && d.rel === 'case');
    deps = deps.filter((d) => !dropped(d)).map((d): Dependency => {
      // What governed the department now governs the office, the whole phrase's head.
      if (d.dep === a && d.gov !== c) return { ...d, dep: c };
      // What hangs loosely off the department after the office (a bracketed acronym) is the office's.
      if (d.gov === a && d.dep > c && ['dep', 'appos', 'acl', 'acl:relcl', 'punct'].includes(d.rel)) return { ...d, gov: c };
      return d;
    });
    deps.push({ rel: 'nmod:poss', gov: c, dep: a }, { rel: 'case', gov: a, dep: poss }, { rel: 'nmod:of', gov: a, dep: b }, { rel: 'case', gov: b, dep: of });
  }
  const dated = agentsOnDates(sentence);
  if (dated.size) deps = deps.map((d): Dependency => (dated.has(d) ? { rel: 'obl:agent', gov: dated.get(d)!, dep: d.dep } : d));
  for (const { participle, verb, subject } of reducedRelativeRoots(sentence)) {
    deps = deps.filter((d) => !(d.gov < 0 && d.dep === participle) && !(d.gov === participle && (d.dep === verb || d.dep === subject)));
    deps.push({ rel: 'ROOT', gov: -1, dep: verb }, { rel: 'nsubj', gov: verb, dep: subject }, { rel: 'acl', gov: subject, dep: participle });
  }
  for (const { participle, predicate, subject } of reducedRelativeCopulas(sentence)) {
    deps = deps.filter((d) => !(d.gov < 0 && d.dep === participle) && !(d.gov === participle && (d.rel === 'obj' || d.dep === subject)));
    deps.push({ rel: 'ROOT', gov: -1, dep: predicate }, { rel: 'nsubj', gov: predicate, dep: subject }, { rel: 'acl', gov: subject, dep: participle });
  }
  for (const { verb, participle, object } of participlesOfObjects(sentence)) {
    deps = deps.filter((d) => !(d.gov === verb && d.dep === participle && d.rel === 'dep'));
    deps.push({ rel: 'acl', gov: object, dep: participle });
  }
  for (const { head, items } of gluedLists(sentence)) {
    const places = deps.filter((d) => d.dep === head && d.gov >= 0 && d.rel !== 'compound');
    deps = [...deps.filter((d) => !(d.gov === head && d.rel === 'compound' && items.includes(d.dep))), ...places.flatMap((p) => items.map((dep): Dependency => ({ ...p, dep })))];
  }
  const controlled = missingControlledSubjects(sentence);
  if (controlled.length) deps = [...deps, ...controlled];
  return deps === sentence.deps ? sentence : { ...sentence, deps };
}
