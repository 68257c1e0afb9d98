/**
 * @module resolveCoreference: pronouns and definite descriptions that point back to an entity named
 * before ("It was added...", "the company said", "the ministry's cameras"), resolved to the nearest
 * compatible entity within the last few sentences, preferring one that was the subject of its
 * sentence (writers keep talking about their subject); "whose" is the name its clause is set beside. Relation patterns then reach the entity
 * through the pronoun as if it were named there.
 */
import type { EntityType } from '../../cypher/ontology.ts';
import { placesNamed } from '../gazetteer.ts';
import { endsAsSentence, INFOBOX_LINE } from '../infobox.ts';
import { children, governors as governorsOf, treeOf, type Tree } from '../nlp/tree.ts';
import { defineStage } from '../stage.ts';
import type { ParsedSentence, Reference } from '../types.ts';

const NOUN_TAG = /^NN/;
const ORG_LIKE: readonly EntityType[] = ['Company', 'Agency', 'Organization'];

/** The word's lemma to the types it can stand for. */
const DESCRIPTIONS: Record<string, readonly EntityType[]> = {
  company: ['Company'], firm: ['Company'], vendor: ['Company'], manufacturer: ['Company'], maker: ['Company'],
  supplier: ['Company'], developer: ['Company', 'Organization'], contractor: ['Company'], integrator: ['Company'],
  startup: ['Company'], 'start-up': ['Company'], group: ['Company', 'Organization'], conglomerate: ['Company'],
  corporation: ['Company'], business: ['Company'], subsidiary: ['Company'], provider: ['Company'], operator: ['Company', 'Agency'],
  ministry: ['Agency'], department: ['Agency'], agency: ['Agency'], bureau: ['Agency'], office: ['Agency'],
  regulator: ['Agency'], authority: ['Agency'], commission: ['Agency'], committee: ['Agency'], administration: ['Agency'],
  service: ['Agency'], police: ['Agency'], force: ['Agency'], court: ['Agency'], watchdog: ['Agency', 'Organization'],
  country: ['State'], government: ['State'], state: ['State'], city: ['Place'], capital: ['Place'], region: ['Place'], province: ['Place'],
  system: ['Program', 'Product'], platform: ['Program', 'Product'], program: ['Program'], programme: ['Program'],
  project: ['Program'], network: ['Program'], initiative: ['Program'], complex: ['Program'],
  // A programme's parts stand for it: "the first phase was built by Vega", "the equipment was supplied by Huawei".
  phase: ['Program'], stage: ['Program'], equipment: ['Program'], hardware: ['Program'],
  university: ['Organization'], institute: ['Organization'], organisation: ['Organization'], organization: ['Organization'],
  ngo: ['Organization'], center: ['Organization'], centre: ['Organization'],
  law: ['Law'], order: ['Law'], act: ['Law'], rule: ['Law'], list: ['Law'],
};

/** What a notice calls itself: "this rule", "this notice", "this action". */
const SELF_NOUNS = new Set(['rule', 'notice', 'action']);

const PRONOUNS: Record<string, readonly EntityType[]> = {
  it: [...ORG_LIKE, 'Program', 'Product', 'Law'], its: [...ORG_LIKE, 'Program', 'Product', 'Law'],
  he: ['Person'], him: ['Person'], his: ['Person'], she: ['Person'], her: ['Person'],
};

const NUMBERS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5 };

/** How many things a plural description counts: "both companies" 2, "the three firms" 3. */
function plurality(tree: Tree, s: ParsedSentence, noun: number): number | undefined {
  // "both firms" after a date phrase comes back with "both" a loose dependent of the noun.
  const both = children(tree, noun, 'dep').filter((c) => c < noun && s.tokens[c]!.word.toLowerCase() === 'both');
  for (const c of [...children(tree, noun, 'det'), ...children(tree, noun, 'nummod'), ...children(tree, noun, 'det:predet'), ...children(tree, noun, 'cc:preconj'), ...both]) {
    const n = NUMBERS[s.tokens[c]!.word.toLowerCase()];
    if (n) return n;
  }
  return undefined;
}

/**
 * Whether a pronoun of these types can speak of an entity of that type within its own sentence: "it"
 * and "its" also speak of a government or a city that is the clause's subject ("the state
 * government operates its own platform"), though never reach back to one across sentences.
 */
function speaksOf(types: readonly EntityType[], type: EntityType): boolean {
  return types.includes(type) || (types.includes('Agency') && (type === 'State' || type === 'Place'));
}

/** "The bureau" is most likely the one whose name says bureau ("Xinjiang Public Security Bureau"), wherever it was named. */
function namesItself(r: Reference, lemma: string): boolean {
  return lemma.length > 2 && /^[a-z]/.test(lemma) && new RegExp(`\\b(?:${NAME_WORDS[lemma] ?? lemma})\\b`, 'i').test(r.text);
}

/** Words a description's referent is named with other than the description's own: "the force" is a police force. */
const NAME_WORDS: Record<string, string> = { force: 'force|police|constabulary' };

/** Descriptions of a region: "the province" is a place reference data knows as one. */
const REGION_WORDS = new Set(['province', 'region']);
function isRegion(r: Reference): boolean {
  return r.type === 'Place' && placesNamed(r.text).some((p) => p.kind === 'region');
}

/**
 * "Both manufacturers" far from any name: the ones the text has named most so far, when exactly
 * that many stand out (each named at least twice, more often than any other of the kind).
 */
export function mostNamed(named: readonly Reference[], kinds: readonly EntityType[], before: number, count: number): string[] {
  const ranked = [...timesNamed(named, before, kinds)].sort((a, b) => b[1] - a[1]);
  const top = ranked.slice(0, count);
  const next = ranked[count]?.[1] ?? 0;
  return top.length === count && top.every(([, n]) => n >= 2 && n > next) ? top.map(([id]) => id) : [];
}

/** How often the text has named each entity before a sentence, of these kinds if given. */
function timesNamed(named: readonly Reference[], before: number, kinds?: readonly EntityType[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of named) if (!r.anaphor && r.sentence < before && (!kinds || kinds.includes(r.type))) counts.set(r.entityIds[0]!, (counts.get(r.entityIds[0]!) ?? 0) + 1);
  return counts;
}

/** The programme a text is about by a point: the only one it has named, or the one named most, at least twice, more than any other. */
export function mainProgramme(named: readonly Reference[], before: number): string | undefined {
  const programmes = new Set(named.filter((r) => !r.anaphor && r.type === 'Program' && r.sentence < before).map((r) => r.entityIds[0]!));
  return programmes.size === 1 ? [...programmes][0] : mostNamed(named, ['Program'], before, 1)[0];
}

const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);

/**
 * The last organisations named together as a list ("Hikvision and Dahua", "Huawei, ZTE and Hytera")
 * or spoken of together ("both companies") before a point, in this sentence or the one before:
 * conjuncts of one head, all named, all organisations (a company and an institute may be listed together).
 */
function lastGroup(sentences: readonly ParsedSentence[], named: readonly Reference[], sentence: number, before: number): { ids: string[]; type: EntityType } | undefined {
  const heads = named.filter((r) => ORG_LIKE.includes(r.type) && r.sentence <= sentence && r.sentence >= sentence - 1 && (r.sentence < sentence || r.end <= before))
    .sort((a, b) => b.sentence - a.sentence || b.start - a.start);
  for (const r of heads) {
    // "Both companies are based in Hangzhou. They ...": a plural already read is the group.
    if (r.entityIds.length >= 2) return { ids: [...r.entityIds], type: r.type };
    if (r.anaphor) continue;
    const ids = listedWith(sentences, named, r, ORG_LIKE);
    if (ids.length >= 2) return { ids, type: r.type };
  }
  return undefined;
}

/** The entities of these kinds named in one list with a named reference ("Hikvision and Dahua"), itself included. */
function listedWith(sentences: readonly ParsedSentence[], named: readonly Reference[], r: Reference, kinds: readonly EntityType[]): string[] {
  const tree = treeOf(sentences[r.sentence]!);
  const conjuncts = [...children(tree, r.head, 'conj:*'), ...governorsOf(tree, r.head, 'conj:*').flatMap((g) => [g, ...children(tree, g, 'conj:*')])];
  const members = named.filter((x) => !x.anaphor && x.sentence === r.sentence && kinds.includes(x.type) && (x === r || conjuncts.includes(x.head)));
  return [...new Set(members.map((x) => x.entityIds[0]!))];
}

/**
 * "Both manufacturers", paragraphs after "cameras made by Hikvision and Dahua", with other names
 * between: the last list of exactly that many of the kind.
 */
function lastListOf(sentences: readonly ParsedSentence[], named: readonly Reference[], kinds: readonly EntityType[], before: number, count: number): string[] {
  const heads = named.filter((r) => !r.anaphor && kinds.includes(r.type) && r.sentence < before).sort((a, b) => b.sentence - a.sentence || b.start - a.start);
  for (const r of heads) {
    const ids = listedWith(sentences, named, r, kinds);
    if (ids.length === count) return ids;
  }
  return [];
}

/** Whether a token set beside a description (its apposition, a loose dependent, what it is apposed to) is a name: then the description is that name and points nowhere back. */
function namedBeside(tree: Tree, s: ParsedSentence, t: number, named: readonly Reference[], more: readonly number[] = []): boolean {
  // The name right after the noun is beside it too, however the parser hangs it: "the law firm
  // Covington & Burling to audit the claims", with the name made the subject of "audit". Not the
  // subject of a clause about the noun: "the company Huawei bought".
  const next = s.tokens[t + 1] && !governorsOf(tree, t + 1, 'nsubj').some((v) => governorsOf(tree, v, 'acl:relcl').includes(t)) ? [t + 1] : [];
  const beside = [...children(tree, t, 'appos'), ...children(tree, t, 'dep'), ...governorsOf(tree, t, 'appos'), ...next, ...more];
  return beside.some((b) => named.some((r) => r.sentence === s.index && !r.anaphor && b >= r.tokenStart && b < r.tokenEnd));
}

/**
 * The subjects of the clause a noun sits in, through the nouns and prepositions it hangs from: in
 * "Vodafone Group holds 40 per cent of the company", the company is not Vodafone Group.
 */
function clauseSubjects(tree: Tree, noun: number): number[] {
  let at = noun;
  for (let step = 0; step < 4; step++) {
    const up = (tree.up[at] ?? []).find((d) => d.gov >= 0 && /^(?:obj|iobj|obl|nmod)(?::|$)/.test(d.rel));
    if (!up) return [];
    at = up.gov;
    if (/^VB/.test(tree.sentence.tokens[at]!.pos)) return children(tree, at, 'nsubj');
  }
  return [];
}

/** How many sentences back an antecedent may be. */
const REACH = 3;

/** Whether a reference is a subject of its own clause: in "Airwave, which runs the network", Airwave is the subject only of the clause set beside it. */
function isSubject(sentences: readonly ParsedSentence[], r: Reference): boolean {
  const tree = treeOf(sentences[r.sentence]!);
  const relative = new Set(children(tree, r.head, 'acl:relcl'));
  return (tree.up[r.head] ?? []).some((d) => d.rel.startsWith('nsubj') && !relative.has(d.gov));
}

/** How strongly the document's topic draws a pronoun: as much as being one sentence nearer and a subject. */
const TOPIC_PULL = 15;
/** How strongly a page's topic draws a description in the first sentence under a section heading: over any name before the heading. */
const HEADING_PULL = 100;
/**
 * How strongly the city and the programme a report is about draw "the city" and "the system": as
 * much as three sentences nearer, so a city or a product named in passing just before does not take them.
 */
const ABOUT_PULL = 30;

/**
 * The entity a document is about: the one its title line names, when that name comes back in the body
 * ("Positive Technologies" over a page that goes on to say "it was added to the Entity List").
 */
export function documentTopic(sentences: readonly ParsedSentence[], named: readonly Reference[]): string | undefined {
  const title = sentences[0];
  const inTitle = named.filter((r) => r.sentence === title?.index && !r.anaphor && ORG_LIKE.includes(r.type));
  if (inTitle.length !== 1) return undefined;
  const id = inTitle[0]!.entityIds[0]!;
  return named.filter((r) => r.entityIds[0] === id && r.sentence > 0).length >= 2 ? id : undefined;
}

export function coreferences(sentences: readonly ParsedSentence[], named: readonly Reference[], text = ''): Reference[] {
  const found: Reference[] = [];
  // A value on an infobox line ("Major shareholder: China Mobile") is a field of the page, not the last
  // thing the prose spoke of: prose after the lines does not point back to it.
  // A line that reads as a sentence ("Notes to editors: Safaricom Limited is Kenya's largest operator.") is prose.
  const keyLines = new Set(sentences.filter((s) => INFOBOX_LINE.test(text.slice(s.start, s.end)) && !endsAsSentence(text.slice(s.start, s.end))).map((s) => s.index));
  const stateCounts = new Map<string, { n: number; ref: Reference }>();
  for (const r of named) if (r.type === 'State') stateCounts.set(r.entityIds[0]!, { n: (stateCounts.get(r.entityIds[0]!)?.n ?? 0) + 1, ref: r });
  const mainState = [...stateCounts.values()].sort((a, b) => b.n - a.n)[0]?.ref;
  // The city a report is about draws "the city" as the topic draws "it": "the city's Ministry", after
  // "NtechLab, a Moscow firm" in a report on Buenos Aires, is Buenos Aires's.
  const mainPlace = mostNamed(named, ['Place'], sentences.length, 1)[0];
  const topic = documentTopic(sentences, named);
  // A page's section heading ("Products", "History"): the first sentence under it starts afresh, and
  // its "the company" is the page's topic, not the last company the section before spoke of.
  const heading = (i: number) => {
    const before = sentences[i - 1];
    const line = before ? text.slice(before.start, before.end).trim() : '';
    return before !== undefined && i > 1 && before.tokens.length <= 4 && !endsAsSentence(line) && !INFOBOX_LINE.test(line) && /^\p{Lu}/u.test(line);
  };
  for (const s of sentences) {
    const tree = treeOf(s);
    const underHeading = heading(s.index);
    // "The system is run by the city's ministry", a sentence after a product was named: the programme the report is about.
    const programme = mainProgramme(named, s.index);
    const isName = (x: number) => named.some((n) => n.sentence === s.index && !n.anaphor && x >= n.tokenStart && x < n.tokenEnd);
    for (const t of s.tokens) {
      if (named.some((r) => r.sentence === s.index && t.i >= r.tokenStart && t.i < r.tokenEnd)) continue;
      const word = t.word.toLowerCase();
      /** This token, a pronoun or description, stands for those entities. */
      const pointTo = (entityIds: string[], type: EntityType) => found.push({
        entityIds, type, start: t.start, end: t.end, text: t.word, sentence: s.index, tokenStart: t.i, tokenEnd: t.i + 1, head: t.i, anaphor: true,
      });
      if (t.pos === 'WP$') {
        // "Hikvision, whose largest shareholder is CETC": whose is the name the clause is set beside.
        const beside = named.filter((r) => r.sentence === s.index && !r.anaphor && r.end <= t.start
          && /^\s*(?:\([^()]*\)\s*)?,?\s*$/.test(s.tokens.filter((x) => x.start >= r.end && x.end <= t.start).map((x) => x.word).join(' ')))
          .sort((a, b) => b.end - a.end)[0];
        if (beside) pointTo(beside.entityIds, beside.type);
        continue;
      }
      let types: readonly EntityType[] | undefined;
      if (/^PRP\$?$/.test(t.pos)) types = PRONOUNS[word];
      else if (t.pos === 'NN' && DESCRIPTIONS[t.lemma.toLowerCase()]) {
        // Only a definite description points back: "the company", "this system", not "a company".
        const det = children(tree, t.i, 'det').map((d) => s.tokens[d]!.word.toLowerCase());
        if (det.some((d) => d === 'the' || d === 'this' || d === 'that')) types = DESCRIPTIONS[t.lemma.toLowerCase()];
        // "This rule adds ...", "this notice": a notice speaking of itself, not of a regulation it named.
        if (det.includes('this') && SELF_NOUNS.has(t.lemma.toLowerCase())) continue;
        // "The largest Chinese technology company Huawei", "the Moscow company Norsi-Trans": a
        // description with its name beside it points nowhere back; it is that name.
        // "The contractor was Huawei Technologies Co., Ltd.": the subject of a named predicate is that name.
        const predicate = governorsOf(tree, t.i, 'nsubj').filter((g) => children(tree, g, 'cop').length);
        if (types && namedBeside(tree, s, t.i, named, predicate)) continue;
        // "the Chihuahua state government", "the Moscow city government": a body named by its own
        // place is that place, not the last government named before it; "the first phase of the
        // Naypyitaw Safe City programme" is that programme.
        const of = children(tree, t.i, 'nmod:of');
        const own = types && [...children(tree, t.i, 'compound'), ...children(tree, t.i, 'amod'), ...of, ...of.flatMap((o) => children(tree, o, 'compound'))]
          .flatMap((c) => named.filter((r) => r.sentence === s.index && c >= r.tokenStart && c < r.tokenEnd))
          .find((r) => types!.includes(r.type) || (types!.includes('State') && r.type === 'Place'));
        if (own) {
          pointTo(own.entityIds, own.type);
          continue;
        }
      }
      if (!types && (PLURAL_PRONOUNS.has(word) || (word === 'both' && (tree.up[t.i] ?? []).some((d) => d.rel.startsWith('nsubj'))))) {
        // "Hikvision and Dahua ... They are among the largest makers", "both have been restricted":
        // the last names written together as one list.
        const group = lastGroup(sentences, [...named, ...found], s.index, t.start);
        if (group) pointTo(group.ids, group.type);
        continue;
      }
      if (!types) {
        // "Both companies", "the two firms": the last entities of that kind named before.
        const count = plurality(tree, s, t.i);
        const kinds = count && t.pos === 'NNS' ? DESCRIPTIONS[t.lemma.toLowerCase()] : undefined;
        if (!kinds || !count) continue;
        // "Two Yangon-based integrators, Fisca and Naung Yoe, won": the names beside it are the ones meant.
        if (namedBeside(tree, s, t.i, named)) continue;
        const earlier = named.filter((r) => !r.anaphor && kinds.includes(r.type) && r.sentence < s.index && r.sentence >= s.index - REACH);
        // Of those named near, the ones the text has named most: "both firms" after a sentence on
        // Hikvision that cites Radio Free Europe is Hikvision and the Dahua of the sentence before.
        const times = timesNamed(named, s.index);
        const recent = [...new Set(earlier.sort((a, b) => b.start - a.start).map((r) => r.entityIds[0]!))];
        const near = [...recent].sort((a, b) => (times.get(b) ?? 0) - (times.get(a) ?? 0) || recent.indexOf(a) - recent.indexOf(b));
        const counted = near.length >= count ? near.slice(0, count) : mostNamed(named, kinds, s.index, count);
        const ids = counted.length ? counted : lastListOf(sentences, named, kinds, s.index, count);
        if (ids.length === count) {
          pointTo(ids, named.find((r) => r.entityIds[0] === ids[0])!.type);
        }
        continue;
      }
      // "Both NtechLab and VisionLabs have used its processors": a singular possessive is not a name of a list in its own sentence.
      const listed = (r: Reference) => word === 'its' && r.sentence === s.index
        && [...children(tree, r.head, 'conj:*'), ...governorsOf(tree, r.head, 'conj:*')].some(isName);
      if (t.pos === 'PRP$' && types) {
        // "designated the company and its co-founder", "Hikvision and its subsidiaries": a possessive in
        // a conjunct speaks of the conjunct before it.
        const sibling = governorsOf(tree, t.i, 'nmod:poss').flatMap((owner) => governorsOf(tree, owner, 'conj:*')).find((g) => g < t.i);
        const before = sibling === undefined ? undefined : [...named, ...found]
          .find((r) => r.sentence === s.index && sibling >= r.tokenStart && sibling < r.tokenEnd && speaksOf(types!, r.type));
        if (before) {
          pointTo(before.entityIds, before.type);
          continue;
        }
      }
      if (t.pos === 'PRP$') {
        // "the company opened an office and listed Changi Airport and Certis among its clients": a
        // possessive speaks of its clause's subject, named or itself a pronoun, before any name nearer.
        const subject = [...named, ...found]
          .filter((r) => r.sentence === s.index && r.end <= t.start && speaksOf(types!, r.type) && (tree.up[r.head] ?? []).some((d) => d.rel.startsWith('nsubj'))
            && !listed(r))
          .sort((a, b) => b.end - a.end)[0];
        if (subject) {
          pointTo(subject.entityIds, subject.type);
          continue;
        }
      }
      if (t.pos === 'PRP$' && t.i === 0 && types) {
        // "... fined Clearview EUR 30.5 million. Its chairman, Aleid Wolfsen, warned ...": a possessive
        // opening a sentence speaks of the last sentence's subject before the page's topic.
        const last = named.filter((r) => r.sentence === s.index - 1 && !r.anaphor && speaksOf(types!, r.type) && isSubject(sentences, r)).sort((a, b) => a.start - b.start)[0];
        if (last) {
          pointTo(last.entityIds, last.type);
          continue;
        }
      }
      if (t.pos === 'PRP' && types) {
        // "The government announced that it would buy ...": the subject of a reported clause is the
        // subject of the verb that reports it.
        const reporter = (tree.up[t.i] ?? []).filter((d) => d.rel === 'nsubj')
          .flatMap((d) => (tree.up[d.gov] ?? []).filter((u) => u.rel === 'ccomp'))
          .flatMap((u) => children(tree, u.gov, 'nsubj'))
          .flatMap((h) => [...named, ...found].filter((r) => r.sentence === s.index && h >= r.tokenStart && h < r.tokenEnd))
          .find((r) => speaksOf(types!, r.type));
        if (reporter) {
          pointTo(reporter.entityIds, reporter.type);
          continue;
        }
      }
      // A pronoun is not the subject of its own verb: in "Commerce placed it on the list", it is not
      // Commerce, nor is it Commerce under another of its names ("the Information Commissioner's Office
      // (ICO) ... ordered it to stop").
      const coArguments = new Set([...(tree.up[t.i] ?? []).flatMap((d) => (tree.down[d.gov] ?? []).map((c) => c.dep)), ...(NOUN_TAG.test(t.pos) ? clauseSubjects(tree, t.i) : [])]);
      const ownClause = new Set(named.filter((r) => r.sentence === s.index && coArguments.has(r.head)).map((r) => r.entityIds[0]!));
      // A pronoun that was a subject before passes its entity on to the next subject pronoun: "the
      // company bought a series of businesses: in 2016 it purchased Airwave ...; in 2018 it acquired
      // Avigilon" is the company each time, not the business bought in the sentence before.
      const chained = t.pos === 'PRP' ? found.filter((r) => r.sentence < s.index && r.type !== 'Program' && isSubject(sentences, r)) : [];
      const candidates = [...named, ...chained]
        .filter((r) => (!r.anaphor || chained.includes(r)) && types!.includes(r.type) && (r.sentence < s.index || (r.sentence === s.index && r.end <= t.start))
          // The programme a report is about is within reach however far back it was named, and so is the
          // entity a page is about, after its infobox lines ("The company was started in Hefei" on iFlytek's page).
          && (r.sentence >= s.index - REACH || (NOUN_TAG.test(t.pos) && types![0] === 'Program' && r.entityIds[0] === programme) || r.entityIds[0] === topic))
        .filter((r) => !ownClause.has(r.entityIds[0]!) && !listed(r) && (!keyLines.has(r.sentence) || keyLines.has(s.index)))
        .map((r) => ({ r, score: (s.index - r.sentence) * 10 - (isSubject(sentences, r) ? 5 : 0) - (NOUN_TAG.test(t.pos) && namesItself(r, t.lemma) ? 25 : 0) - (r.entityIds[0] === topic ? TOPIC_PULL : 0)
          - (NOUN_TAG.test(t.pos) && r.type === 'Place' && r.entityIds[0] === mainPlace ? ABOUT_PULL : 0)
          - (NOUN_TAG.test(t.pos) && r.type === 'Program' && r.entityIds[0] === programme ? ABOUT_PULL : 0)
          - (underHeading && r.sentence < s.index && r.entityIds[0] === topic ? HEADING_PULL : 0) - r.end / 1e6 }))
        .sort((a, b) => a.score - b.score);
      // "the government", "the country", with no state named nearby, is the state the document is about.
      // "The province" is the last region named, however far back, before any nearer city.
      const ofKind = REGION_WORDS.has(t.lemma) && NOUN_TAG.test(t.pos)
        ? named.filter((r) => !r.anaphor && (r.sentence < s.index || (r.sentence === s.index && r.end <= t.start)) && isRegion(r)).sort((a, b) => b.start - a.start)[0]
        : undefined;
      // "The network is run by the MVD", far from the programme's name: the programme the text is about.
      // "The National Police Service now runs the system", paragraphs after "the National Surveillance,
      // Communication and Control System": the one programme named before whose name says what it is.
      const farProgramme = !candidates.length && NOUN_TAG.test(t.pos) && types[0] === 'Program';
      const selfNamed = farProgramme
        ? [...new Set(named.filter((r) => !r.anaphor && r.type === 'Program' && r.sentence < s.index && namesItself(r, t.lemma)).map((r) => r.entityIds[0]!))]
        : [];
      const about = farProgramme ? (selfNamed.length === 1 ? selfNamed[0] : programme) : undefined;
      const aboutRef = about ? named.find((r) => r.entityIds[0] === about) : undefined;
      const best = ofKind ?? candidates[0]?.r ?? aboutRef ?? (types.includes('State') && (word === 'government' || word === 'country' || t.lemma === 'authority') ? mainState : undefined);
      if (!best) continue;
      pointTo(best.entityIds, best.type);
    }
  }
  return found;
}

export const resolveCoreference = defineStage({
  name: 'resolveCoreference',
  requires: ['parse', 'resolution', 'text'],
  assigns: 'coreferences',
  run: (w) => coreferences(w.parse.sentences, w.resolution.references, w.text),
});
