/**
 * @module readOfficeTitles: a person named with an office's title and its portfolio leads the one
 * body of the document whose name holds that portfolio, though the sentence does not name the body:
 * "Interior Minister Abdusalom Azizov" (the Ministry of Internal Affairs), "the then interior
 * minister, Nebojsa Stefanovic", "The Federal Minister for Interior, Chaudhry Nisar Ali Khan",
 * "Police Director Vladimir Rebić" (the Police Directorate). A title with no portfolio ("Secretary Gina
 * Raimondo"), a portfolio two bodies of the document share, or one none of them holds, is no fact; a
 * title whose body is named in the sentence is the leads-title pattern's.
 */
import { children, governors, treeOf, type Tree } from '../nlp/tree.ts';
import { defineStage } from '../stage.ts';
import { SECOND } from './patterns/leads.ts';
import { sentenceRelation } from './sentenceRelation.ts';
import type { Entity, ParsedSentence, Reference, Relation } from '../types.ts';

/** Titles that carry a portfolio. */
const TITLES = new Set(['minister', 'secretary', 'director']);
/** Words beside a title that name no portfolio. */
const GENERIC = new Set(['federal', 'cabinet', 'union', 'national', 'then', 'new', 'former', 'current', 'acting', 'affairs', 'general', 'prime', 'first', 'its', 'his', 'her', 'their', 'the', 'and']);
/** One portfolio, worded differently by the title and by the body's name. */
const SAME: Record<string, readonly string[]> = {
  interior: ['interior', 'internal', 'home'], internal: ['interior', 'internal', 'home'], home: ['interior', 'internal', 'home'],
  defence: ['defence', 'defense'], defense: ['defence', 'defense'],
};
const CONFIDENCE = 0.65;

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
    .filter((t) => TITLES.has(lemma(t)));
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

/** The one body whose name holds most of the portfolio's words, if one does. */
function bodyOf(portfolio: readonly string[], bodies: readonly Entity[]): Entity | undefined {
  const wanted = portfolio.map((w) => new Set(SAME[w] ?? [w]));
  const scored = bodies.map((b) => {
    const words = new Set([b.name, ...b.aliases].flatMap((n) => n.split(/[^\p{L}]+/u)).map(stem));
    return { b, score: wanted.filter((forms) => [...forms].some((f) => words.has(f))).length };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  return best > 0 && top.length === 1 ? top[0]!.b : undefined;
}

export function officeTitles(text: string, docId: string, sentences: readonly ParsedSentence[], entities: readonly Entity[], references: readonly Reference[]): Relation[] {
  const bodies = entities.filter((e) => e.type === 'Agency');
  const found: Relation[] = [];
  for (const sentence of sentences) {
    const tree = treeOf(sentence);
    const here = references.filter((r) => r.sentence === sentence.index);
    for (const person of here.filter((r) => r.type === 'Person' && !r.anaphor)) {
      for (const title of titlesOf(tree, person.head)) {
        const portfolio = portfolioOf(tree, title, here);
        const body = portfolio?.length ? bodyOf(portfolio, bodies) : undefined;
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
  run: (w) => officeTitles(w.text, w.docId, w.parse.sentences, w.resolution.entities, w.resolution.references),
});
