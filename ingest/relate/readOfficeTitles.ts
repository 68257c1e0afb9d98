/**
 * @module readOfficeTitles: a person named with an office's title leads what the title names, though
 * the sentence does not name it.
 * - A portfolio's title leads the one body of the document whose name holds the portfolio: "Interior
 *   Minister Abdusalom Azizov" (the Ministry of Internal Affairs), "the then interior minister,
 *   Nebojsa Stefanovic", "Secretary of Commerce Gina M. Raimondo", "Police Director Vladimir Rebić"
 *   (the Police Directorate). A portfolio two bodies of the document share or none holds is no fact.
 * - A secretary or a chair with no portfolio heads the body a release comes from ("Secretary Gina
 *   Raimondo" in the Commerce Department's, "Chairwoman Jessica Rosenworcel" in the FCC's).
 * - A president or a prime minister heads the state the title's adjective names ("Chinese President
 *   Xi Jinping", "the Polish Prime Minister"); a president with none, and a mayor, head the
 *   one state or place the sentence names, else the one the document names most.
 * - A chief executive heads the company the title's other words name ("Safaricom Chief Executive
 *   Officer Bob Collymore"), else the company the page is about or the document names most
 *   ("Chief executive Alexander Minin").
 * A title whose body is named in the sentence ("Minister of Interior X", "Huawei's president") is the
 * leads-title pattern's.
 */
import type { EntityType } from '../../cypher/ontology.ts';
import { namesCountry, type Catalog } from '../catalog.ts';
import { nameKey } from '../names.ts';
import { children, governors, treeOf, type Tree } from '../nlp/tree.ts';
import { documentTopic, mostNamed } from '../resolve/resolveCoreference.ts';
import { defineStage } from '../stage.ts';
import { issuerOf } from './matchPatterns.ts';
import { SECOND } from './patterns/leads.ts';
import { sentenceRelation } from './sentenceRelation.ts';
import type { Entity, ParsedSentence, Reference, Relation } from '../types.ts';

/** The words of a company's chief executive's title: "Chief Executive Officer", "chief executive", "CEO". */
const CHIEF = new Set(['chief', 'executive', 'officer', 'ceo']);

/** Titles that carry a portfolio. */
const TITLES = new Set(['minister', 'secretary', 'director']);
/**
 * Titles that, bare, name the head of the body a release comes from: "Secretary Steven T. Mnuchin"
 * in a Treasury release, "Chairwoman Jessica Rosenworcel" in the FCC's.
 */
const ISSUER_HEADS = new Set(['secretary', 'chairwoman', 'chairman', 'chair']);
/** Titles of the head of a state or a place, and what they head. */
const HEADS: Record<string, EntityType> = { president: 'State', mayor: 'Place' };

/** What a head's title heads: a president or a prime minister the state, a mayor the place; no other title heads one. */
function headKind(tree: Tree, title: number): EntityType | undefined {
  const lemma = (i: number) => tree.sentence.tokens[i]!.lemma.toLowerCase();
  if (lemma(title) === 'minister') return [...children(tree, title, 'compound'), ...children(tree, title, 'amod')].some((m) => lemma(m) === 'prime') ? 'State' : undefined;
  return HEADS[lemma(title)];
}
/** Words beside a title that name no portfolio. */
const GENERIC = new Set(['federal', 'cabinet', 'union', 'national', 'then', 'new', 'former', 'current', 'acting', 'affairs', 'general', 'prime', 'first', 'its', 'his', 'her', 'their', 'the', 'and']);
/** One portfolio, worded differently by the title and by the body's name. */
const SAME: Record<string, readonly string[]> = {
  interior: ['interior', 'internal', 'home'], internal: ['interior', 'internal', 'home'], home: ['interior', 'internal', 'home'],
  defence: ['defence', 'defense'], defense: ['defence', 'defense'],
};
/** Below the patterns': the body is inferred from the document, so a pattern reading the same fact in the sentence is the better evidence. */
const CONFIDENCE = 0.5;

/** "technologies" and "technology", "affairs" and "affair" are one word here. */
function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** The titles a person's name is given: "Interior Minister X", "the minister, X", "X, the minister", "Minister of Government X". */
function titlesOf(tree: Tree, head: number): number[] {
  const lemma = (i: number) => tree.sentence.tokens[i]!.lemma.toLowerCase();
  return [...children(tree, head, 'compound'), ...governors(tree, head, 'appos'), ...children(tree, head, 'appos'), ...governors(tree, head, 'dep')]
    .filter((t) => TITLES.has(lemma(t)) || ISSUER_HEADS.has(lemma(t)) || lemma(t) in HEADS);
}

/** The words of a title's portfolio ("interior", "information technology", "commerce"); none for a second office. */
function portfolioOf(tree: Tree, title: number, refs: readonly Reference[]): string[] | undefined {
  const tokens = tree.sentence.tokens;
  const modifiers = [...children(tree, title, 'compound'), ...children(tree, title, 'amod')];
  if (modifiers.some((m) => SECOND.includes(tokens[m]!.lemma.toLowerCase()))) return undefined;
  const named = [...children(tree, title, 'nmod:of'), ...children(tree, title, 'nmod:for')];
  // A portfolio that is a name of its own ("Minister of Interior", where the ministry is named) is leads-title's.
  if (named.some((n) => refs.some((r) => n >= r.tokenStart && n < r.tokenEnd))) return undefined;
  const words: number[] = [];
  const take = (t: number) => {
    words.push(t);
    for (const c of children(tree, t, 'compound')) take(c);
  };
  for (const t of [...modifiers, ...named]) take(t);
  return words.map((t) => stem(tokens[t]!.word)).filter((w) => /^[a-z]{3,}$/.test(w) && !GENERIC.has(w));
}

/** The bodies each title heads, by the head word of their names: a minister heads a ministry, not a committee on the same portfolio. */
const TITLE_BODIES: Record<string, readonly string[]> = {
  minister: ['ministry'], secretary: ['department', 'ministry', 'office'], director: ['directorate', 'agency', 'office', 'bureau', 'service'],
};

/** The one body whose name holds most of the portfolio's words, if one does; of several, the one kind of body the title heads. */
function bodyOf(portfolio: readonly string[], bodies: readonly Entity[], title?: string): Entity | undefined {
  const wanted = portfolio.map((w) => new Set(SAME[w] ?? [w]));
  const scored = bodies.map((b) => {
    const words = new Set([b.name, ...b.aliases].flatMap((n) => n.split(/[^\p{L}]+/u)).map(stem));
    return { b, score: wanted.filter((forms) => [...forms].some((f) => words.has(f))).length };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  if (best === 0) return undefined;
  if (top.length === 1) return top[0]!.b;
  const heads = TITLE_BODIES[title ?? ''] ?? [];
  const headed = top.filter((s) => heads.some((h) => s.b.name.toLowerCase().split(/\s+/).includes(h)));
  return headed.length === 1 ? headed[0]!.b : undefined;
}

/**
 * What a head's title heads: the state its adjective names ("Chinese President X"), else the state
 * or place the document names most. A title with anything else beside it ("Huawei's president",
 * "the company president", "President of Ecuador") is the leads-title pattern's, or no head's.
 */
function headedBy(tree: Tree, title: number, kind: EntityType, entities: readonly Entity[], references: readonly Reference[], catalog: Catalog): Entity | undefined {
  const tokens = tree.sentence.tokens;
  // "founder and president" in a company's key people is the company's.
  if (children(tree, title, 'conj:*').length || governors(tree, title, 'conj:*').length) return undefined;
  const beside = [...children(tree, title, 'compound'), ...children(tree, title, 'amod'), ...children(tree, title, 'nmod:*'), ...children(tree, title, 'det')]
    .filter((t) => !['the', 'then', 'former', 'late', 'new', 'prime'].includes(tokens[t]!.word.toLowerCase()));
  if (beside.some((t) => SECOND.includes(tokens[t]!.lemma.toLowerCase()))) return undefined;
  const adjectives = beside.filter((t) => namesCountry(catalog, tokens[t]!.word));
  if (beside.length > adjectives.length) return undefined;
  if (adjectives.length) {
    const country = catalog.countryByAdjective.get(nameKey(tokens[adjectives[0]!]!.word)) ?? tokens[adjectives[0]!]!.word;
    return kind === 'State' ? entities.find((e) => e.type === 'State' && nameKey(e.name) === nameKey(country)) : undefined;
  }
  // A prime minister's state only by its adjective: prime ministers of other states visit and meet
  // (an Israeli prime minister, not named as such, meeting the Polish one in an article about
  // Poland; Spain's prime minister in one about Greece).
  if (tokens[title]!.lemma.toLowerCase() === 'minister') return undefined;
  // The one state the sentence names, before the one the document names most: a sentence set in
  // Belarus naming its president, in a release about Egypt. Not one only its adjective
  // names: "President Emmerson Mnangagwa's state visit ... presented by Chinese state media".
  const here = new Set(references.filter((r) => r.sentence === tree.sentence.index && !r.anaphor && r.type === kind && !catalog.countryByAdjective.has(nameKey(r.text.split(/\s+/)[0]!)))
    .map((r) => r.entityIds[0]));
  const id = here.size === 1 ? [...here][0] : mostNamed(references, [kind], Infinity, 1)[0];
  return entities.find((e) => e.id === id);
}

/**
 * A company's head named by a chief executive's title before the name, with no body in the sentence
 * that leads-title reads: "Safaricom Chief Executive Officer Bob Collymore" (the company whose name
 * the title's other words hold), "Chief executive Alexander Minin" (the company the page is about,
 * else the one the document names most). Returns no company for any other title.
 */
function chiefOf(tree: Tree, person: Reference, entities: readonly Entity[], references: readonly Reference[], topic: string | undefined): Entity | undefined {
  const tokens = tree.sentence.tokens;
  const phrase = new Set<number>();
  const take = (t: number) => {
    for (const c of [...children(tree, t, 'compound'), ...children(tree, t, 'amod')]) {
      if (c >= person.tokenStart || phrase.has(c)) continue;
      phrase.add(c);
      take(c);
    }
  };
  take(person.head);
  const lemmas = [...phrase].map((t) => tokens[t]!.lemma.toLowerCase());
  if (!lemmas.includes('ceo') && !(lemmas.includes('chief') && (lemmas.includes('executive') || lemmas.includes('officer')))) return undefined;
  if (lemmas.some((l) => SECOND.includes(l) || l === 'operating' || l === 'financial' || l === 'technology')) return undefined;
  const companies = entities.filter((e) => e.type === 'Company' || e.type === 'Organization');
  const words = [...phrase].filter((t) => !CHIEF.has(tokens[t]!.lemma.toLowerCase())).map((t) => stem(tokens[t]!.word)).filter((w) => /^[a-z]{3,}$/.test(w));
  if (words.length) return bodyOf(words, companies);
  // "Safaricom chief executive Bob Collymore", where the parser hung the company elsewhere: the name written just before the title.
  const first = Math.min(...phrase);
  const before = references.find((r) => r.sentence === tree.sentence.index && !r.anaphor && r.tokenEnd === first && (r.type === 'Company' || r.type === 'Organization'));
  if (before) return companies.find((c) => c.id === before.entityIds[0]);
  const id = (topic && companies.some((c) => c.id === topic) ? topic : undefined) ?? mostNamed(references, ['Company'], Infinity, 1)[0];
  return companies.find((c) => c.id === id);
}

export function officeTitles(text: string, docId: string, sentences: readonly ParsedSentence[], entities: readonly Entity[], references: readonly Reference[], catalog: Catalog): Relation[] {
  const bodies = entities.filter((e) => e.type === 'Agency');
  const topic = documentTopic(sentences, references);
  const issuer = issuerOf(references, text);
  const found: Relation[] = [];
  for (const sentence of sentences) {
    const tree = treeOf(sentence);
    const here = references.filter((r) => r.sentence === sentence.index);
    for (const person of here.filter((r) => r.type === 'Person' && !r.anaphor)) {
      const company = chiefOf(tree, person, entities, references, topic);
      if (company) found.push(sentenceRelation(text, docId, sentence, person.entityIds[0]!, 'LEADS', company.id, { rule: 'office-title', confidence: CONFIDENCE }));
      for (const title of titlesOf(tree, person.head)) {
        const kind = headKind(tree, title);
        const portfolio = kind ? undefined : portfolioOf(tree, title, here);
        // Bare: no word beside the title at all ("Cabinet Secretary" is another government's office).
        const bare = portfolio?.length === 0 && ISSUER_HEADS.has(sentence.tokens[title]!.lemma.toLowerCase()) && issuer?.type === 'Agency'
          && !children(tree, title, 'compound').length && !children(tree, title, 'amod').length;
        const body = kind ? headedBy(tree, title, kind, entities, references, catalog)
          : portfolio?.length ? bodyOf(portfolio, bodies, sentence.tokens[title]!.lemma.toLowerCase()) : bare ? bodies.find((b) => b.id === issuer!.entityIds[0]) : undefined;
        if (body) found.push(sentenceRelation(text, docId, sentence, person.entityIds[0]!, 'LEADS', body.id, { rule: 'office-title', confidence: CONFIDENCE }));
      }
    }
  }
  return found;
}

export const readOfficeTitles = defineStage({
  name: 'readOfficeTitles',
  requires: ['parse', 'text', 'docId', 'resolution'],
  assigns: 'titleCandidates',
  run: (w, o) => officeTitles(w.text, w.docId, w.parse.sentences, w.resolution.entities, w.resolution.references, o.catalog),
});
